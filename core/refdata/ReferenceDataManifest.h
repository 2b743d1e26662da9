#pragma once

#include <QList>
#include <QMap>
#include <QString>

// What the shipped reference data is: its version, where it comes from (package, version,
// licences) and how many rows each file holds. Read from resources/refdata/manifest.json.
struct ReferenceDataManifest
{
    struct Source
    {
        QString package;
        QString version;
        QString licence;
        QString dataLicence;
    };

    int version = 0;
    QList<Source> sources;
    QMap<QString, int> rowCounts;

    static const ReferenceDataManifest& shipped();

    // One line per source, for the About dialog and the docs.
    QString describeSources() const;
};
