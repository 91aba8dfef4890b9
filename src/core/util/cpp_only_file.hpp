// cpp_only_file.hpp — sentinel included by every core header.
// Layer: core. The core must never see PostgreSQL server headers: a server
// header pulled in before a core header would let ereport()/longjmp reach C++
// frames (STYLE.md §2). This fails the build if that ever happens.
#pragma once

#ifdef POSTGRES_H
static_assert(false,
              "pgschemadiff core headers must not be compiled with PostgreSQL server headers");
#endif
