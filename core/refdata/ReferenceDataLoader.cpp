#include "ReferenceDataLoader.h"

#include "ReferenceDataManifest.h"
#include "TsvTable.h"
#include "common/TextFolding.h"
#include "database/BulkInsert.h"
#include "database/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace {

QVariant textOrNull(const QString& value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QVariant numberOrNull(const QString& value)
{
    bool ok = false;
    const qlonglong number = value.toLongLong(&ok);
    return ok ? QVariant(number) : QVariant();
}

} // namespace

ReferenceDataLoader::ReferenceDataLoader(const QSqlDatabase& db)
    : m_db(db)
{
}

int ReferenceDataLoader::shippedVersion()
{
    return ReferenceDataManifest::shipped().version;
}

int ReferenceDataLoader::loadedVersion() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT value FROM observatory_setting WHERE key = 'refdata_version'")) ||
        !query.next())
        return 0;
    return query.value(0).toInt();
}

Status ReferenceDataLoader::update(const RecordsStep& records)
{
    if (shippedVersion() <= 0)
        return Status::failure(tr("The program's reference data is missing."));
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    for (auto step : {&ReferenceDataLoader::loadRegions, &ReferenceDataLoader::loadDepartements,
                      &ReferenceDataLoader::loadCountries, &ReferenceDataLoader::loadCountryAliases,
                      &ReferenceDataLoader::loadCommunes, &ReferenceDataLoader::loadFormerCodes,
                      &ReferenceDataLoader::loadEpci}) {
        if (Status status = (this->*step)(); !status)
            return status;
    }
    if (records) {
        if (Status status = records(m_db, tr("reference data v%1").arg(shippedVersion())); !status)
            return status;
    }
    if (Status status = recordVersion(); !status)
        return status;
    return transaction.commit();
}

template <typename Bind>
Status ReferenceDataLoader::insertRows(const QString& file, const QString& table, const QStringList& columns,
                                       const QString& tail, Bind bind)
{
    QString error;
    const std::optional<TsvTable> rows = TsvTable::read(QStringLiteral(":/refdata/") + file, &error);
    if (!rows)
        return Status::failure(error);
    BulkInsert insert(m_db, table, columns, tail);
    for (const QStringList& row : rows->rows()) {
        if (Status added = insert.add(bind(*rows, row)); !added)
            return Status::failure(tr("%1: %2").arg(file, added.message()));
    }
    if (Status finished = insert.finish(); !finished)
        return Status::failure(tr("%1: %2").arg(file, finished.message()));
    return {};
}

Status ReferenceDataLoader::loadRegions()
{
    return insertRows(QStringLiteral("regions.tsv"), QStringLiteral("ref_region"),
                      {QStringLiteral("code"), QStringLiteral("label_fr")},
                      QStringLiteral("ON CONFLICT (code) DO UPDATE SET label_fr = excluded.label_fr"),
                      [](const TsvTable& t, const QStringList& r) {
                          return QVariantList{r.at(t.column(QStringLiteral("code"))),
                                              r.at(t.column(QStringLiteral("name")))};
                      });
}

Status ReferenceDataLoader::loadDepartements()
{
    int order = 0;
    return insertRows(QStringLiteral("departements.tsv"), QStringLiteral("ref_departement"),
                      {QStringLiteral("code"), QStringLiteral("label_fr"), QStringLiteral("region_code"),
                       QStringLiteral("population"), QStringLiteral("sort_order")},
                      QStringLiteral("ON CONFLICT (code) DO UPDATE SET label_fr = excluded.label_fr, "
                                     "region_code = excluded.region_code, population = excluded.population, "
                                     "sort_order = excluded.sort_order"),
                      [&order](const TsvTable& t, const QStringList& r) {
                          return QVariantList{
                              r.at(t.column(QStringLiteral("code"))), r.at(t.column(QStringLiteral("name"))),
                              r.at(t.column(QStringLiteral("region"))),
                              numberOrNull(r.at(t.column(QStringLiteral("population")))), ++order};
                      });
}

Status ReferenceDataLoader::loadCountries()
{
    return insertRows(
        QStringLiteral("countries.tsv"), QStringLiteral("ref_country"),
        {QStringLiteral("code"), QStringLiteral("iso3"), QStringLiteral("numeric_code"),
         QStringLiteral("label_fr"), QStringLiteral("label_en"), QStringLiteral("zone_code"),
         QStringLiteral("least_developed"), QStringLiteral("eu_member")},
        QStringLiteral(
            "ON CONFLICT (code) DO UPDATE SET iso3 = excluded.iso3, numeric_code = excluded.numeric_code, "
            "label_fr = excluded.label_fr, label_en = excluded.label_en, zone_code = excluded.zone_code, "
            "least_developed = excluded.least_developed, eu_member = excluded.eu_member"),
        [](const TsvTable& t, const QStringList& r) {
            return QVariantList{r.at(t.column(QStringLiteral("code"))),
                                r.at(t.column(QStringLiteral("iso3"))),
                                r.at(t.column(QStringLiteral("numeric"))),
                                r.at(t.column(QStringLiteral("label_fr"))),
                                r.at(t.column(QStringLiteral("label_en"))),
                                textOrNull(r.at(t.column(QStringLiteral("zone")))),
                                r.at(t.column(QStringLiteral("least_developed"))).toInt(),
                                r.at(t.column(QStringLiteral("eu_member"))).toInt()};
        });
}

Status ReferenceDataLoader::loadCountryAliases()
{
    QSqlQuery clear(m_db);
    if (!clear.exec(QStringLiteral("DELETE FROM ref_country_alias WHERE builtin = 1")))
        return Status::failure(clear.lastError().text());
    return insertRows(
        QStringLiteral("country_aliases.tsv"), QStringLiteral("ref_country_alias"),
        {QStringLiteral("alias_key"), QStringLiteral("country_code"), QStringLiteral("builtin")},
        QStringLiteral("ON CONFLICT (alias_key) DO NOTHING"), [](const TsvTable& t, const QStringList& r) {
            return QVariantList{TextFolding::key(r.at(t.column(QStringLiteral("alias")))),
                                r.at(t.column(QStringLiteral("code"))), 1};
        });
}

Status ReferenceDataLoader::loadCommunes()
{
    QSqlQuery clear(m_db);
    if (!clear.exec(QStringLiteral("DELETE FROM ref_commune")))
        return Status::failure(clear.lastError().text());
    return insertRows(QStringLiteral("communes.tsv"), QStringLiteral("ref_commune"),
                      {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("name_key"),
                       QStringLiteral("departement_code"), QStringLiteral("region_code"),
                       QStringLiteral("siren"), QStringLiteral("population"), QStringLiteral("postcodes"),
                       QStringLiteral("epci_siren")},
                      QString(), [](const TsvTable& t, const QStringList& r) {
                          const QString name = r.at(t.column(QStringLiteral("name")));
                          return QVariantList{r.at(t.column(QStringLiteral("code"))),
                                              name,
                                              TextFolding::normalizedName(name),
                                              r.at(t.column(QStringLiteral("departement"))),
                                              r.at(t.column(QStringLiteral("region"))),
                                              textOrNull(r.at(t.column(QStringLiteral("siren")))),
                                              numberOrNull(r.at(t.column(QStringLiteral("population")))),
                                              textOrNull(r.at(t.column(QStringLiteral("postcodes")))),
                                              textOrNull(r.at(t.column(QStringLiteral("epci"))))};
                      });
}

Status ReferenceDataLoader::loadFormerCodes()
{
    QSqlQuery clear(m_db);
    if (!clear.exec(QStringLiteral("DELETE FROM ref_commune_former")))
        return Status::failure(clear.lastError().text());
    return insertRows(QStringLiteral("commune_former_codes.tsv"), QStringLiteral("ref_commune_former"),
                      {QStringLiteral("code"), QStringLiteral("current_code"), QStringLiteral("name"),
                       QStringLiteral("name_key"), QStringLiteral("kind")},
                      QString(), [](const TsvTable& t, const QStringList& r) {
                          const QString name = r.at(t.column(QStringLiteral("name")));
                          return QVariantList{
                              r.at(t.column(QStringLiteral("code"))),
                              r.at(t.column(QStringLiteral("current_code"))), textOrNull(name),
                              name.isEmpty() ? QVariant() : QVariant(TextFolding::normalizedName(name)),
                              r.at(t.column(QStringLiteral("kind")))};
                      });
}

Status ReferenceDataLoader::loadEpci()
{
    QSqlQuery clear(m_db);
    if (!clear.exec(QStringLiteral("DELETE FROM ref_epci")))
        return Status::failure(clear.lastError().text());
    return insertRows(QStringLiteral("epci.tsv"), QStringLiteral("ref_epci"),
                      {QStringLiteral("siren"), QStringLiteral("name"), QStringLiteral("name_key"),
                       QStringLiteral("kind"), QStringLiteral("population")},
                      QString(), [](const TsvTable& t, const QStringList& r) {
                          const QString name = r.at(t.column(QStringLiteral("name")));
                          return QVariantList{r.at(t.column(QStringLiteral("siren"))), name,
                                              TextFolding::normalizedName(name),
                                              r.at(t.column(QStringLiteral("type"))),
                                              numberOrNull(r.at(t.column(QStringLiteral("population"))))};
                      });
}

Status ReferenceDataLoader::recordVersion()
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE observatory_setting SET value = ? WHERE key = 'refdata_version'"));
    query.addBindValue(QString::number(shippedVersion()));
    if (!query.exec())
        return Status::failure(query.lastError().text());
    return {};
}
