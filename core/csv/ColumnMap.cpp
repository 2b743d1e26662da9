#include "ColumnMap.h"

#include "common/Remembered.h"
#include "common/TextFolding.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

ColumnMap::ColumnMap(QList<Field> fields)
    : m_fields(std::move(fields))
{
}

void ColumnMap::build(const QStringList& header, const QHash<QString, QString>& mapping,
                      const ValueChoices& choices)
{
    m_header = header;
    m_columns.clear();
    m_unknown.clear();
    m_duplicates.clear();
    QHash<QString, QString> byFolded;
    for (const Field& field : std::as_const(m_fields)) {
        QStringList names = QString::fromUtf8(field.aliases).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        names << QString::fromUtf8(field.key) << QString::fromUtf8(field.french)
              << QString::fromUtf8(field.english);
        for (const QString& name : std::as_const(names))
            byFolded.insert(TextFolding::key(name), QString::fromLatin1(field.key));
    }
    QHash<QString, QString> mapped;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        mapped.insert(TextFolding::key(it.key()), it.value());
    for (int i = 0; i < header.size(); ++i) {
        const QString folded = TextFolding::key(header.at(i));
        if (mapped.contains(folded) && mapped.value(folded).isEmpty())
            continue; // a column the user chose not to import
        QString key = mapped.value(folded);
        if (key.isEmpty())
            key = byFolded.value(folded);
        if (!key.isEmpty() && m_columns.contains(key)) {
            const int used = m_columns.value(key);
            m_duplicates.append({header.at(i), i + 1, header.at(used), used + 1, key});
            continue;
        }
        if (key.isEmpty()) {
            if (!header.at(i).trimmed().isEmpty())
                m_unknown << header.at(i);
            continue;
        }
        m_columns.insert(key, i);
    }

    // A settled column is named as a header of the file or a field.
    m_wholeColumn.clear();
    m_replacements.clear();
    m_unknownChoices.clear();
    const auto fieldKey = [&](const QString& column) {
        const QString folded = TextFolding::key(column);
        const QString key = mapped.value(folded);
        return key.isEmpty() ? byFolded.value(folded) : key;
    };
    for (auto it = choices.wholeColumn.cbegin(); it != choices.wholeColumn.cend(); ++it) {
        if (const QString key = fieldKey(it.key()); !key.isEmpty())
            m_wholeColumn.insert(key, it.value());
        else
            m_unknownChoices << it.key();
    }
    for (auto it = choices.replacements.cbegin(); it != choices.replacements.cend(); ++it) {
        if (const QString key = fieldKey(it.key()); !key.isEmpty())
            m_replacements[key].insert(it.value());
        else
            m_unknownChoices << it.key();
    }
}

std::optional<QString> ColumnMap::chosen(const QString& key, const QString& cell) const
{
    if (const auto whole = m_wholeColumn.constFind(key); whole != m_wholeColumn.cend())
        return *whole;
    const auto values = m_replacements.constFind(key);
    if (values == m_replacements.cend() || cell.isEmpty())
        return std::nullopt;
    const auto value = values->constFind(TextFolding::key(cell));
    return value == values->cend() ? std::nullopt : std::optional<QString>(*value);
}

bool ColumnMap::leftOut(const QStringList& cells) const
{
    for (auto it = m_replacements.cbegin(); it != m_replacements.cend(); ++it) {
        const int index = column(it.key());
        if (index < 0 || index >= cells.size())
            continue;
        const auto value = it->constFind(TextFolding::key(cells.at(index)));
        if (value != it->cend() && value->isEmpty())
            return true;
    }
    return false;
}

QString ColumnMap::headerOf(const QString& key) const
{
    const int index = column(key);
    if (index >= 0 && index < m_header.size())
        return m_header.at(index);
    for (const Field& field : m_fields) {
        if (QLatin1String(field.key) == key)
            return QString::fromUtf8(field.french);
    }
    return key;
}

QStringList ColumnMap::missingRequired() const
{
    QStringList missing;
    for (const Field& field : m_fields) {
        if (field.required && !m_columns.contains(QString::fromLatin1(field.key)) &&
            !m_wholeColumn.contains(QString::fromLatin1(field.key)))
            missing << QString::fromUtf8(field.french);
    }
    return missing;
}

std::optional<QHash<QString, QString>> ColumnMap::readMapping(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1 cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parse);
    if (parse.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = tr("%1 is not a JSON object {\"header in the file\": \"field key\"}: %2")
                         .arg(path, parse.errorString());
        return std::nullopt;
    }
    QHash<QString, QString> mapping;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isString()) // "values" is read by ValueChoices
            mapping.insert(it.key(), it.value().toString());
    }
    return mapping;
}

int ColumnMap::column(const char* key) const
{
    return remembered(m_columnsByLiteral, key, [&] { return column(QString::fromLatin1(key)); });
}
