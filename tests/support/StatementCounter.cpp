#include "StatementCounter.h"

#include "database/SqliteHandle.h"

#include <catch2/catch.hpp>

StatementCounter::StatementCounter(const QSqlDatabase& db, const QByteArray& fragment)
    : m_handle(sqliteHandle(db))
    , m_fragment(fragment)
{
    REQUIRE(m_handle);
    sqlite3_trace_v2(
        m_handle, SQLITE_TRACE_STMT,
        [](unsigned, void* context, void*, void* sql) {
            auto* counter = static_cast<StatementCounter*>(context);
            const char* text = static_cast<const char*>(sql);
            if (std::strstr(text, counter->m_fragment.constData()))
                counter->m_statements.append(QString::fromUtf8(text));
            return 0;
        },
        this);
}

StatementCounter::~StatementCounter()
{
    stop();
}

void StatementCounter::stop()
{
    if (m_handle)
        sqlite3_trace_v2(m_handle, 0, nullptr, nullptr);
    m_handle = nullptr;
}
