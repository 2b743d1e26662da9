#include "ReferenceLabels.h"

#include "database/Statement.h"

bool ReferenceLabels::read(const QSqlDatabase& db, const QString& table)
{
    Statement rows(db, QStringLiteral("SELECT code, label_fr FROM %1").arg(table));
    while (rows.next())
        m_labels.emplace(rows.text(0), rows.text(1));
    m_error = rows.error();
    return m_error.isEmpty();
}

const std::string* ReferenceLabels::label(std::string_view code) const
{
    const auto found = m_labels.find(code);
    return found == m_labels.cend() ? nullptr : &found->second;
}
