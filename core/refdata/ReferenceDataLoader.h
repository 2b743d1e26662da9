#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

class TsvTable;

// Brings the shipped reference data (countries, régions, départements, communes, EPCI) into a
// database whose reference-data version is older, in one transaction. The user's own records are
// kept; what they need once the reference data changed (actors whose commune has since merged
// into another moved to the current one, with their history) is the layer above's step
// (observatory/ObservatoryDatabase), run in the same transaction.
class ReferenceDataLoader
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceDataLoader)

public:
    explicit ReferenceDataLoader(const QSqlDatabase& db);

    static int shippedVersion();
    int loadedVersion() const;
    bool needsUpdate() const { return loadedVersion() < shippedVersion(); }

    // `records` gets the connection and the name the history gives the change ("reference data v3").
    using RecordsStep = std::function<Status(const QSqlDatabase& db, const QString& changedBy)>;
    Status update(const RecordsStep& records = {});

private:
    Status loadRegions();
    Status loadDepartements();
    Status loadCountries();
    Status loadCountryAliases();
    Status loadCommunes();
    Status loadFormerCodes();
    Status loadEpci();
    Status recordVersion();

    // Inserts one row into `table` per line of the resource file, with the values `bind` gives.
    template <typename Bind>
    Status insertRows(const QString& file, const QString& table, const QStringList& columns,
                      const QString& tail, Bind bind);

    QSqlDatabase m_db;
};
