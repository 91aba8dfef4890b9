// boundary.cpp — where the C++ core's status becomes a PostgreSQL error.
// Layer: pg. Called only after a core call has returned (every C++ object of
// that call is gone), so ereport's longjmp never crosses a C++ frame.
#include "pg/boundary.hpp"

extern "C" {
#include "postgres.h"

#include "miscadmin.h"
}

namespace pgschemadiff::pg {

int
SqlStateFor(StatusKind kind)
{
	switch (kind) {
	case StatusKind::kInvalidArgument:
		return ERRCODE_INVALID_PARAMETER_VALUE;
	case StatusKind::kCatalogDrift:
		return ERRCODE_DATA_EXCEPTION;
	case StatusKind::kUnsupportedVersion:
	case StatusKind::kDependencyCycle:
		return ERRCODE_FEATURE_NOT_SUPPORTED;
	case StatusKind::kDropsRefused:
	case StatusKind::kHazardsRefused:
		return ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE;
	case StatusKind::kCancelled:
		return ERRCODE_QUERY_CANCELED;
	case StatusKind::kOutOfMemory:
		return ERRCODE_OUT_OF_MEMORY;
	case StatusKind::kOk:
	case StatusKind::kInternal:
		break;
	}
	return ERRCODE_INTERNAL_ERROR;
}

void
ReportCoreStatus(const CoreStatus *status)
{
	if (status->kind == StatusKind::kCancelled) {
		CHECK_FOR_INTERRUPTS();
	}
	ereport(ERROR, (errcode(SqlStateFor(status->kind)), errmsg_internal("%s", status->message),
	                status->detail[0] != '\0' ? errdetail_internal("%s", status->detail) : 0,
	                status->hint[0] != '\0' ? errhint("%s", status->hint) : 0));
	pg_unreachable();
}

bool
CancelPending()
{
	return QueryCancelPending || ProcDiePending;
}

} // namespace pgschemadiff::pg
