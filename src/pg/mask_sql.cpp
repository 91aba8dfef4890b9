// mask_sql.cpp — the SQL-callable mask_connection_string(text): a connection
// string or URI with every password it contains replaced by ********, for the
// drift history's "remote" column and the header of schema_diff_script().
// Layer: pg ("C discipline": only trivially destructible locals). The finding
// and masking are the core's (core/util/mask.cpp), reached through MaskText,
// the same door the remote reader's messages go through.
#include "core/api.hpp"

extern "C" {
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"
}

extern "C" {
PG_FUNCTION_INFO_V1(pgschemadiff_mask_connection_string);
Datum pgschemadiff_mask_connection_string(PG_FUNCTION_ARGS);
}

Datum
pgschemadiff_mask_connection_string(PG_FUNCTION_ARGS)
{
	char *conninfo = text_to_cstring(PG_GETARG_TEXT_PP(0));
	// MaskText's documented bound: 8 * strlen(text) + 16 always suffices.
	size_t size = strlen(conninfo) * 8 + 16;
	char *out = (char *)palloc(size);
	pgschemadiff::MaskText(conninfo, conninfo, NULL, 0, out, size);
	PG_RETURN_TEXT_P(cstring_to_text(out));
}
