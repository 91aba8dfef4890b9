// compat.hpp — every PG_VERSION_NUM #if of the server adapters lives here.
// Layer: pg (server headers allowed). Include inside the adapters' extern "C"
// block, after postgres.h.
#pragma once

#include "utils/wait_event.h"

// Wait event shown in pg_stat_activity while we wait for the remote server.
// PostgreSQL 17 can register a named one (WaitEventExtensionNew); older
// servers have only the generic "Extension" event.
#if PG_VERSION_NUM >= 170000
#define PSD_WAIT_EVENT() WaitEventExtensionNew("PgSchemaDiffRemote")
#else
#define PSD_WAIT_EVENT() PG_WAIT_EXTENSION
#endif
