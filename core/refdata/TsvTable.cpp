#include "TsvTable.h"

#include <QFile>

std::optional<TsvTable> TsvTable::read(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1 cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty()) {
        if (error)
            *error = tr("%1 is empty.").arg(path);
        return std::nullopt;
    }
    TsvTable table;
    const QStringList header = lines.first().split(QLatin1Char('\t'));
    for (int i = 0; i < header.size(); ++i)
        table.m_columns.insert(header.at(i), i);
    table.m_rows.reserve(lines.size() - 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QStringList cells = lines.at(i).split(QLatin1Char('\t'));
        if (cells.size() != header.size()) {
            if (error)
                *error = tr("%1, line %2: %3 columns instead of %4.")
                             .arg(path)
                             .arg(i + 1)
                             .arg(cells.size())
                             .arg(header.size());
            return std::nullopt;
        }
        table.m_rows.append(std::move(cells));
    }
    return table;
}
