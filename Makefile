# PGXS build of the pgschemadiff extension (the core's unit tests build with CMake).
MODULE_big = pgschemadiff
EXTENSION = pgschemadiff
DATA = pgschemadiff--1.0.sql pgschemadiff--1.0--1.1.sql pgschemadiff--1.1--1.2.sql pgschemadiff--1.2--1.3.sql pgschemadiff--1.3.sql
PGFILEDESC = "pgschemadiff - schema diff between two PostgreSQL databases"

CORE_SRCS := $(sort $(shell find src/core -name '*.cpp'))
PG_SRCS := $(sort $(wildcard src/pg/*.cpp))
OBJS = $(CORE_SRCS:.cpp=.o) $(PG_SRCS:.cpp=.o)

REGRESS = $(sort $(basename $(notdir $(wildcard sql/*.sql))))
REGRESS_OPTS = --load-extension=pgschemadiff

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)

PG_CPPFLAGS = -Isrc -I$(libpq_srcdir)

# Bitcode for JIT inlining is of no use here and needs clang; g++ builds all.
override with_llvm = no

include $(PGXS)

override CXXFLAGS := $(filter-out -Werror=%,$(CXXFLAGS)) -std=c++17 -Wall -Wextra -Wno-register \
	-Wno-missing-field-initializers -Wno-unused-parameter -MMD -MP $(PSD_WERROR)
-include $(OBJS:.o=.d)
EXTRA_CLEAN += $(OBJS:.o=.d)
SHLIB_LINK_INTERNAL += $(libpq)
SHLIB_LINK += -lstdc++

# Server headers as system headers: their warnings are not ours.
override CPPFLAGS := $(patsubst -I$(includedir_server),-isystem $(includedir_server),$(CPPFLAGS))

.PHONY: format
format:
	git clang-format --extensions cpp,hpp
