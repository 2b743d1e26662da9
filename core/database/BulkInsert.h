#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

// Inserts many rows through Qt Sql quickly: rows are gathered into multi-row INSERT statements
// with the values written as SQL literals. Binding each value costs more in Qt Sql than SQLite's
// own work (see docs/performance.md), and loading the reference data binds 300,000 values.
// Values are escaped here, so use it for data, not for building queries from user input.
class BulkInsert
{
    Q_DECLARE_TR_FUNCTIONS(BulkInsert)

public:
    // `tail` is appended to each statement, e.g. "ON CONFLICT (code) DO NOTHING". Rows that
    // refer to the rows of another BulkInsert (links to a record) name it as `parent`: its pending
    // rows are written first, so that foreign keys hold at every statement.
    BulkInsert(const QSqlDatabase& db, const QString& table, const QStringList& columns,
               const QString& tail = QString(), BulkInsert* parent = nullptr);

    // Adds one row (one value per column); writes a batch when it is full.
    Status add(const QVariantList& values);
    // Writes what is left. Call it before committing.
    Status finish();

    static QString literal(const QVariant& value);

private:
    static constexpr int kRowsPerStatement = 400;

    QSqlDatabase m_db;
    QString m_table;
    QString m_head;
    QString m_tail;
    QStringList m_rows;
    BulkInsert* m_parent;
};
