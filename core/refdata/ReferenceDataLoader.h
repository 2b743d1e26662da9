#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class TsvTable;

// Brings the shipped reference data (countries, régions, départements, communes, EPCI) into a
// database whose reference-data version is older, in one transaction. The user's own records are
// kept; actors whose commune has since merged into another are moved to the current commune,
// and the change history says so.
class ReferenceDataLoader
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceDataLoader)

public:
    explicit ReferenceDataLoader(const QSqlDatabase& db);

    static int shippedVersion();
    int loadedVersion() const;
    bool needsUpdate() const { return loadedVersion() < shippedVersion(); }

    Status update();

private:
    Status loadRegions();
    Status loadDepartements();
    Status loadCountries();
    Status loadCountryAliases();
    Status loadCommunes();
    Status loadFormerCodes();
    Status loadEpci();
    Status moveActorsOffFormerCodes();
    Status recordVersion();

    // Inserts one row into `table` per line of the resource file, with the values `bind` gives.
    template <typename Bind>
    Status insertRows(const QString& file, const QString& table, const QStringList& columns, const QString& tail,
                      Bind bind);

    QSqlDatabase m_db;
};
