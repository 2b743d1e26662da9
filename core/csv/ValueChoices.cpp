#include "ValueChoices.h"

#include "common/TextFolding.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

void ValueChoices::replace(const QString& column, const QString& found, const QString& value)
{
    replacements[column].insert(TextFolding::key(found), value);
}

bool ValueChoices::addWholeColumn(const QString& assignment)
{
    const qsizetype equals = assignment.indexOf(QLatin1Char('='));
    if (equals <= 0 || assignment.left(equals).trimmed().isEmpty())
        return false;
    wholeColumn.insert(assignment.left(equals).trimmed(), assignment.mid(equals + 1).trimmed());
    return true;
}

std::optional<ValueChoices> ValueChoices::readMappingFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1 cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    ValueChoices choices;
    const QJsonValue values = document.object().value(QLatin1String("values"));
    if (values.isUndefined())
        return choices;
    if (!values.isObject()) {
        if (error)
            *error = tr("%1: \"values\" is not an object {\"column\": {\"value found\": \"value to read\"}}")
                         .arg(path);
        return std::nullopt;
    }
    const QJsonObject columns = values.toObject();
    for (auto column = columns.begin(); column != columns.end(); ++column) {
        if (!column.value().isObject()) {
            if (error)
                *error = tr("%1: the values of \"%2\" are not an object {\"value found\": \"value to read\"}")
                             .arg(path, column.key());
            return std::nullopt;
        }
        const QJsonObject found = column.value().toObject();
        for (auto it = found.begin(); it != found.end(); ++it)
            choices.replace(column.key(), it.key(), it.value().isNull() ? QString() : it.value().toString());
    }
    return choices;
}
