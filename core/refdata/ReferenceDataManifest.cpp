#include "ReferenceDataManifest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

const ReferenceDataManifest& ReferenceDataManifest::shipped()
{
    static const ReferenceDataManifest manifest = [] {
        ReferenceDataManifest read;
        QFile file(QStringLiteral(":/refdata/manifest.json"));
        if (!file.open(QIODevice::ReadOnly))
            return read;
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        read.version = root.value(QLatin1String("version")).toInt();
        // Not named after the fields they fill: clang's -Wshadow counts this lambda in the struct.
        const QJsonArray sourceEntries = root.value(QLatin1String("sources")).toArray();
        for (const QJsonValue& value : sourceEntries) {
            const QJsonObject source = value.toObject();
            read.sources.append({source.value(QLatin1String("package")).toString(),
                                 source.value(QLatin1String("version")).toString(),
                                 source.value(QLatin1String("licence")).toString(),
                                 source.value(QLatin1String("data_licence")).toString()});
        }
        const QJsonObject files = root.value(QLatin1String("files")).toObject();
        for (auto it = files.begin(); it != files.end(); ++it)
            read.rowCounts.insert(it.key(), it.value().toInt());
        return read;
    }();
    return manifest;
}

QString ReferenceDataManifest::describeSources() const
{
    QStringList lines;
    for (const Source& source : sources) {
        QString line =
            source.package + QLatin1Char(' ') + source.version + QLatin1String(" (") + source.licence;
        if (!source.dataLicence.isEmpty())
            line += QLatin1String("; ") + source.dataLicence;
        lines << line + QLatin1Char(')');
    }
    return lines.join(QLatin1Char('\n'));
}
