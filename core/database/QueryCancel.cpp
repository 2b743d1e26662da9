#include "QueryCancel.h"

#include "SqliteHandle.h"

namespace {

// SQLite's virtual-machine steps between two questions: some microseconds.
constexpr int kStepsBetweenChecks = 4000;

} // namespace

QueryCancel::QueryCancel(const QSqlDatabase& db, std::function<bool()> stop)
    : m_handle(sqliteHandle(db))
    , m_stop(std::move(stop))
{
    if (m_handle)
        sqlite3_progress_handler(m_handle, kStepsBetweenChecks, &QueryCancel::check, this);
}

QueryCancel::~QueryCancel()
{
    if (m_handle)
        sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
}

int QueryCancel::check(void* self)
{
    auto* cancel = static_cast<QueryCancel*>(self);
    if (!cancel->m_stop())
        return 0;
    cancel->m_stopped = true;
    return 1;
}
