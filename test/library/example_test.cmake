# example_test.cmake — the library as its users get it (ctest: library_example).
# Installs the build (BUILD_DIR) to a fresh prefix under WORK_DIR, checks the
# files a consumer needs are there, configures and builds
# examples/diff_two_catalogs against that prefix (find_package through
# CMAKE_PREFIX_PATH, nothing from the source tree), runs it and checks the
# statements it prints. Run as: cmake -DBUILD_DIR=… -DSOURCE_DIR=…
# -DWORK_DIR=… [-DCXX=…] -P example_test.cmake
foreach(var BUILD_DIR SOURCE_DIR WORK_DIR)
  if(NOT ${var})
    message(FATAL_ERROR "example_test.cmake: -D${var}=... is required")
  endif()
endforeach()

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed (${rc}): ${ARGN}\n${out}\n${err}")
  endif()
endfunction()

set(prefix ${WORK_DIR}/prefix)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
run(${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix})

# What a consumer needs: the archive, the headers, the package config.
file(GLOB_RECURSE archive ${prefix}/lib*/libpgschemadiff.a)
file(GLOB_RECURSE config ${prefix}/lib*/cmake/pgschemadiff/pgschemadiffConfig.cmake)
file(GLOB_RECURSE config_version
  ${prefix}/lib*/cmake/pgschemadiff/pgschemadiffConfigVersion.cmake)
foreach(item archive config config_version)
  if(NOT ${item})
    message(FATAL_ERROR "not installed under ${prefix}: ${item}")
  endif()
endforeach()
foreach(header pgschemadiff/pgschemadiff.hpp pgschemadiff/core/api.hpp)
  if(NOT EXISTS ${prefix}/include/${header})
    message(FATAL_ERROR "not installed: include/${header}")
  endif()
endforeach()

set(build ${WORK_DIR}/example)
set(compiler)
if(CXX)
  set(compiler -DCMAKE_CXX_COMPILER=${CXX})
endif()
run(${CMAKE_COMMAND} -S ${SOURCE_DIR}/examples/diff_two_catalogs -B ${build}
  -DCMAKE_PREFIX_PATH=${prefix} ${compiler})
# The package was found in the prefix, not elsewhere on the machine.
file(STRINGS ${build}/CMakeCache.txt found REGEX "^pgschemadiff_DIR:")
get_filename_component(expected_dir ${config} DIRECTORY)
if(NOT found MATCHES "=${expected_dir}$")
  message(FATAL_ERROR "find_package(pgschemadiff) found ${found}, not ${expected_dir}")
endif()
run(${CMAKE_COMMAND} --build ${build})

execute_process(COMMAND ${build}/diff_two_catalogs RESULT_VARIABLE rc OUTPUT_VARIABLE out
  ERROR_VARIABLE err)
message(STATUS "diff_two_catalogs exited ${rc}:\n${out}${err}")
if(NOT rc EQUAL 2)
  message(FATAL_ERROR "diff_two_catalogs: exit status ${rc}, expected 2 (differences)")
endif()
foreach(statement
    "CREATE TABLE \"public\".\"orders\""
    "ALTER TABLE \"public\".\"users\" ADD COLUMN \"email\" text;")
  string(FIND "${out}" "${statement}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "diff_two_catalogs did not print: ${statement}")
  endif()
endforeach()
string(FIND "${out}" "DROP" at)
if(NOT at EQUAL -1)
  message(FATAL_ERROR "diff_two_catalogs printed a DROP")
endif()
