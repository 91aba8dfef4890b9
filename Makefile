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

# PGXN: `make dist` writes the upload, $(DIST_NAME).zip — the committed tree
# (git archive of HEAD) under one top-level folder $(DIST_NAME)/. The version
# is META.json's (SemVer: the control file's default_version, 1.2 -> 1.2.0).
DIST_VERSION = $(shell python3 -c 'import json; print(json.load(open("META.json"))["version"])')
DIST_NAME = $(EXTENSION)-$(DIST_VERSION)
DIST_DIR ?= .

.PHONY: dist
dist:
	git archive --format=zip --prefix=$(DIST_NAME)/ -o $(DIST_DIR)/$(DIST_NAME).zip HEAD
	@echo "$(DIST_DIR)/$(DIST_NAME).zip"
