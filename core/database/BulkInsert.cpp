#include "BulkInsert.h"
#include "SqlErrors.h"

#include <QSqlError>
#include <QSqlQuery>

BulkInsert::BulkInsert(const QSqlDatabase& db, const QString& table, const QStringList& columns,
                       const QString& tail, BulkInsert* parent)
    : m_db(db)
    , m_table(table)
    , m_head(QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(QLatin1String(", "))))
    , m_tail(tail.isEmpty() ? QString() : QLatin1Char(' ') + tail)
    , m_parent(parent)
{
    m_rows.reserve(kRowsPerStatement);
}

QString BulkInsert::literal(const QVariant& value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return QString::number(value.toLongLong());
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', 17);
    default: {
        QString text = value.toString();
        text.replace(QLatin1Char('\''), QLatin1String("''"));
        return QLatin1Char('\'') + text + QLatin1Char('\'');
    }
    }
}

Status BulkInsert::add(const QVariantList& values)
{
    QStringList literals;
    literals.reserve(values.size());
    for (const QVariant& value : values)
        literals << literal(value);
    m_rows << QLatin1Char('(') + literals.join(QLatin1Char(',')) + QLatin1Char(')');
    return m_rows.size() >= kRowsPerStatement ? finish() : Status();
}

Status BulkInsert::finish()
{
    if (m_rows.isEmpty())
        return {};
    if (m_parent) {
        if (Status parentWritten = m_parent->finish(); !parentWritten)
            return parentWritten;
    }
    QSqlQuery query(m_db);
    const bool ok = query.exec(m_head + m_rows.join(QLatin1Char(',')) + m_tail);
    m_rows.clear();
    if (!ok)
        return SqlErrors::failure(tr("The rows could not be written into %1").arg(m_table),
                                  query.lastError());
    return {};
}
