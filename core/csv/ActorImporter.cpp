#include "ActorImporter.h"

#include "CsvValues.h"
#include "ImportBatch.h"
#include "ImportRow.h"
#include "VocabularyMatcher.h"
#include "common/Identifiers.h"
#include "common/Money.h"
#include "common/TextFolding.h"
#include "refdata/GeoLookup.h"
#include "refdata/PlaceMatcher.h"
#include "store/ActorStore.h"
#include "store/SqlRow.h"

#include <QSqlQuery>

ActorImporter::ActorImporter(const QSqlDatabase& db)
    : RecordImporter(db, QStringLiteral("actors"))
    , m_places(std::make_shared<const PlaceMatcher>(db))
    , m_types(std::make_unique<VocabularyMatcher>(db, QStringLiteral("ref_actor_type")))
    , m_store(std::make_unique<ActorStore>(db, m_places))
{
}

ActorImporter::~ActorImporter() = default;

// The keys are ActorStore::validate's field names, so that its problems name their column.
QList<ColumnMap::Field> ActorImporter::columns() const
{
    return {
        {"id", "Identifiant", "Id"},
        {"name", "Nom", "Name", true},
        {"acronym", "Sigle", "Acronym"},
        {"actor_type", "Type d'acteur", "Actor type", true},
        {"actor_code", "Code INSEE", "INSEE code"},
        {"siren", "SIREN", "SIREN"},
        {"rna", "RNA", "RNA"},
        {"commune", "Commune", "Municipality"},
        {"departement", "Département", "Department"},
        {"population", "Population", "Population"},
        {"address", "Adresse", "Address"},
        {"postcode", "Code postal", "Postcode"},
        {"website", "Site web", "Website"},
        {"email", "Courriel", "Email"},
        {"phone", "Téléphone", "Phone"},
        {"source", "Source", "Source"},
        {"verified_on", "Vérifié le", "Verified on"},
        {"notes", "Notes", "Notes"},
        // The APD declarations, one "|"-separated list per column, in step (docs/csv.md).
        {"apd_years", "APD : années", "APD years"},
        {"apd_declared", "APD : déclarée", "APD declared"},
        {"apd_amounts", "APD : montants", "APD amounts"},
        {"apd_declared_on", "APD : dates de déclaration", "APD declared on"},
    };
}

void ActorImporter::reset()
{
    m_checked.clear();
}

QList<ApdDeclaration> ActorImporter::readApd(const ImportRow& cells) const
{
    const QStringList years = cells.items("apd_years");
    const QStringList declared = cells.items("apd_declared");
    const QStringList amounts = cells.items("apd_amounts");
    const QStringList dates = cells.items("apd_declared_on");
    for (const auto& [key, list] : {std::pair{"apd_declared", &declared}, std::pair{"apd_amounts", &amounts},
                                    std::pair{"apd_declared_on", &dates}}) {
        if (!list->isEmpty() && list->size() != years.size())
            cells.problem(key,
                          tr("values given: %1, ODA years: %2 — one per year, in the same order, or none")
                              .arg(list->size())
                              .arg(years.size()));
    }
    QList<ApdDeclaration> declarations;
    for (qsizetype i = 0; i < years.size(); ++i) {
        ApdDeclaration d;
        bool isYear = false;
        d.year = years.at(i).toInt(&isYear);
        if (!isYear || years.at(i).size() != 4)
            cells.problem("apd_years", tr("\"%1\" is not a year").arg(CsvValues::excerpt(years.at(i))));
        // Declared unless the file says no: a list of years alone is a list of declarations.
        if (const QString flag = declared.value(i); !flag.isEmpty()) {
            bool valid = true;
            d.declared = CsvValues::parseFlag(flag, &valid).value_or(true);
            if (!valid)
                cells.problem(
                    "apd_declared",
                    tr("year %1: \"%2\" is not yes or no").arg(years.at(i), CsvValues::excerpt(flag)));
        }
        if (const QString amount = amounts.value(i); !amount.isEmpty()) {
            QString error;
            d.amountCents = Money::parse(amount, &error);
            if (!d.amountCents)
                cells.problem("apd_amounts", tr("year %1: %2").arg(years.at(i), error));
        }
        if (const QString date = dates.value(i); !date.isEmpty()) {
            QString error;
            if (const auto parsed = PartialDate::parse(date, &error))
                d.declaredOn = *parsed;
            else
                cells.problem("apd_declared_on", tr("year %1: %2").arg(years.at(i), error));
        }
        declarations << d;
    }
    if (years.isEmpty() && (!declared.isEmpty() || !amounts.isEmpty() || !dates.isEmpty()))
        cells.problem("apd_years", tr("each ODA declaration needs its year"));
    return declarations;
}

Actor ActorImporter::parse(const CsvRecord& record, const ColumnMap& columns, ImportReport& report) const
{
    ImportRow cells(record, columns, report);
    Actor actor;
    actor.uuid = cells.id();
    actor.name = cells.value("name");
    actor.acronym = cells.value("acronym");
    const QString type = cells.value("actor_type");
    actor.typeCode = m_types->find(type);
    if (!type.isEmpty() && actor.typeCode.isEmpty())
        cells.unknown("actor_type", type, m_types->table(),
                      tr("\"%1\" is not a known type of actor").arg(CsvValues::excerpt(type)) +
                          m_types->hint(type));
    // A merged commune's former code gives today's commune, for the actor and its head office.
    const auto currentCommune = [this](const QString& code) {
        const auto match =
            Identifiers::isInseeCommuneCode(code) ? m_places->geography().communeByCode(code) : std::nullopt;
        return match ? match->commune.code : code;
    };
    actor.inseeCode = currentCommune(cells.value("actor_code").toUpper());
    actor.communeInsee = currentCommune(cells.value("commune").toUpper());
    actor.siren = cells.value("siren").remove(QLatin1Char(' '));
    actor.rna = cells.value("rna").toUpper();
    if (const QString departement = cells.value("departement"); !departement.isEmpty()) {
        if (const auto found = m_places->geography().departement(departement))
            actor.departementCode = found->code;
        else
            cells.problem("departement",
                          tr("\"%1\" is not a French department").arg(CsvValues::excerpt(departement)));
    }
    // Named without a code: the official place the name designates, when it is of the type given.
    if (actor.inseeCode.isEmpty() && actor.siren.isEmpty()) {
        const PlaceNameMatch found = m_places->match(actor.name, actor.departementCode);
        if (found.place && (actor.typeCode.isEmpty() || actor.typeCode == found.place->typeCode))
            found.place->applyTo(actor);
        else if (!found.homonyms.isEmpty())
            cells.warning("name",
                          PlaceMatcher::homonymWarning(CsvValues::excerpt(actor.name), found.homonyms));
    }
    if (const auto population = cells.number("population")) {
        if (*population != static_cast<double>(static_cast<qint64>(*population)))
            cells.problem("population", tr("a population is a whole number"));
        actor.population = static_cast<qint64>(*population);
    }
    actor.address = cells.value("address");
    actor.postcode = cells.value("postcode");
    actor.website = cells.value("website");
    actor.email = cells.value("email");
    actor.phone = cells.value("phone");
    actor.source = cells.value("source");
    cells.date("verified_on", actor.verifiedOn);
    actor.notes = cells.value("notes");
    actor.apdDeclarations = readApd(cells);
    return actor;
}

void ActorImporter::check(const CsvRecord& record, const ColumnMap& columns, ImportReport& report)
{
    const qsizetype reported = report.errors.size();
    Actor actor = parse(record, columns, report);
    // The rules of the window's editor now, so that every row's problems are listed before
    // anything is written; a type the file names wrongly is already reported.
    reportStoreProblems(m_store->checkImported(actor, session()), record.line, columns, reported, report);
    m_checked.keep(std::move(actor), record);
}

std::optional<Actor> ActorImporter::findExisting(const Actor& actor) const
{
    ActorStore store(m_db);
    if (!actor.uuid.isEmpty())
        return store.findByUuid(actor.uuid);
    const auto uniqueMatch = [&](const QString& sql, const QVariantList& values) -> std::optional<Actor> {
        QSqlQuery query(m_db);
        query.prepare(sql + QLatin1String(" ORDER BY id LIMIT 2"));
        for (const QVariant& value : values)
            query.addBindValue(value);
        const std::optional<qint64> id = SqlRow::onlyId(query);
        return id ? store.find(*id) : std::nullopt;
    };
    if (!actor.inseeCode.isEmpty())
        return uniqueMatch(QStringLiteral("SELECT id FROM actor WHERE insee_code = ?"), {actor.inseeCode});
    if (!actor.siren.isEmpty())
        return uniqueMatch(QStringLiteral("SELECT id FROM actor WHERE siren = ?"), {actor.siren});
    return uniqueMatch(
        QStringLiteral(
            "SELECT id FROM actor WHERE name_normalized = ? AND departement_code IS NOT DISTINCT FROM ?"),
        {TextFolding::normalizedName(actor.name),
         actor.departementCode.isEmpty() ? QVariant() : QVariant(actor.departementCode)});
}

bool ActorImporter::write(const CsvRecord& record, const ColumnMap& columns, const ImportBatch& batch,
                          ImportReport& report)
{
    // The same reading as the first pass's, whose problems (none, or nothing is written) and
    // warnings are in the report already.
    const qsizetype reported = report.errors.size();
    const Actor actor = m_checked.takeOr(record.line, [&] { return parse(record, columns, report); });
    if (report.errors.size() > reported)
        return false;
    const std::optional<Actor> existing = findExisting(actor);
    // Columns the file does not have keep their stored values.
    Actor merged = existing ? *existing : actor;
    merged.name = actor.name;
    merged.typeCode = actor.typeCode;
    take(columns, "acronym", merged.acronym, actor.acronym);
    take(columns, "actor_code", merged.inseeCode, actor.inseeCode);
    take(columns, "siren", merged.siren, actor.siren);
    take(columns, "rna", merged.rna, actor.rna);
    take(columns, "commune", merged.communeInsee, actor.communeInsee);
    take(columns, "departement", merged.departementCode, actor.departementCode);
    take(columns, "population", merged.population, actor.population);
    take(columns, "address", merged.address, actor.address);
    take(columns, "postcode", merged.postcode, actor.postcode);
    take(columns, "website", merged.website, actor.website);
    take(columns, "email", merged.email, actor.email);
    take(columns, "phone", merged.phone, actor.phone);
    take(columns, "source", merged.source, actor.source);
    take(columns, "verified_on", merged.verifiedOn, actor.verifiedOn);
    take(columns, "notes", merged.notes, actor.notes);
    // The years the file lists are set; the others recorded before stay (a yearly list of the
    // authorities that declared adds its year).
    for (const ApdDeclaration& d : actor.apdDeclarations) {
        merged.apdDeclarations.removeIf([&d](const ApdDeclaration& known) { return known.year == d.year; });
        merged.apdDeclarations << d;
    }
    return save(*m_store, actor, existing, merged, QStringLiteral("actor"), record.line, columns, batch,
                report) > 0;
}
