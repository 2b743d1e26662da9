#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A tab-separated file with a header line, as the reference-data generator writes them
// (UTF-8, LF, no quoting: values never hold tabs or line breaks).
class TsvTable
{
    Q_DECLARE_TR_FUNCTIONS(TsvTable)

public:
    static std::optional<TsvTable> read(const QString& path, QString* error = nullptr);

    const QList<QStringList>& rows() const { return m_rows; }
    // The index of a header column, or -1.
    int column(const QString& name) const { return m_columns.value(name, -1); }

private:
    QHash<QString, int> m_columns;
    QList<QStringList> m_rows;
};
