// Input made to do harm: names written to break an SQL statement, and values that a spreadsheet
// would run as a formula. Every statement binds its values, so such a name is stored and found
// as the text it is; and no exported cell starts a formula, in any format, in any column an
// adviser can type into (docs/reliability.md, « Hostile input »).
#include "support/ImportChecks.h"
#include "support/QtPrinting.h"
#include "support/StoreFixture.h"
#include "support/TemporaryFile.h"
#include "support/ZipEntry.h"

#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "csv/ExportColumns.h"
#include "csv/PartnershipImporter.h"
#include "csv/RecordExporter.h"
#include "lists/RecordQuery.h"
#include "store/ActorStore.h"
#include "store/FundingStore.h"
#include "store/PartnerStore.h"
#include "store/PartnershipStore.h"
#include "store/ProjectStore.h"
#include "store/SchemeStore.h"
#include "store/VocabularyStore.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QSqlQuery>

namespace {

const QStringList kInjections = {QStringLiteral("'); DROP TABLE actor;--"), QStringLiteral("Robert'); --"),
                                 QStringLiteral("\"; DELETE FROM partnership; --"),
                                 QStringLiteral("x' OR '1'='1"), QStringLiteral("NEAR(\"a b\") OR *")};

// The tables of the database and how many rows each holds: what an injection would change.
QStringList tableSizes(const TestDatabase& db)
{
    QStringList sizes;
    QSqlQuery tables(db.connection());
    REQUIRE(tables.exec(
        TestEngine::isPostgres()
            ? QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                             "ORDER BY tablename")
            : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        sizes << table + QLatin1Char(' ') +
                     db.scalar(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)).toString();
    }
    return sizes;
}

int countWhere(const TestDatabase& db, const QString& table, const QString& column, const QString& value)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?").arg(table, column)));
    query.addBindValue(value);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toInt();
}

QList<qint64> searched(const TestDatabase& db, RecordList::Family family, const QString& text)
{
    RecordQuery query(db.connection(), family, false);
    RecordFilter filter;
    filter.search = text;
    query.setFilter(filter);
    QString error;
    const QList<qint64> ids = query.matchingIds(&error);
    INFO(error.toStdString());
    CHECK(error.isEmpty());
    return ids;
}

bool startsLikeFormula(const QString& cell)
{
    static const QString starts = QStringLiteral("=+-@\t\r");
    return !cell.isEmpty() && starts.contains(cell.front());
}

} // namespace

TEST_CASE("Names made to break SQL are stored and found as text: stores, import, search", "[hostile]")
{
    StoreFixture db;
    const QStringList before = tableSizes(db);
    QList<qint64> actors;
    for (const QString& name : kInjections) {
        INFO(name.toStdString());
        actors << db.addActor(name);
        const qint64 partner = db.addPartner(name, QStringLiteral("IT"));
        const qint64 partnership = db.addPartnership(actors.last(), partner);
        PartnershipStore partnerships(db.connection());
        Partnership edited = *partnerships.find(partnership);
        edited.title = name;
        edited.description = name;
        REQUIRE(partnerships.update(edited).ok());
        db.addProject(name, actors.last());
        CHECK(countWhere(db, QStringLiteral("actor"), QStringLiteral("name"), name) == 1);
        CHECK(countWhere(db, QStringLiteral("foreign_partner"), QStringLiteral("name"), name) == 1);
        CHECK(countWhere(db, QStringLiteral("partnership"), QStringLiteral("title"), name) == 1);
        CHECK(countWhere(db, QStringLiteral("project"), QStringLiteral("title"), name) == 1);
        // The search box's path: the words typed become a full-text expression and bound values.
        CHECK(searched(db, RecordList::Family::Actors, name).contains(actors.last()));
        CHECK(searched(db, RecordList::Family::Partnerships, name).contains(partnership));
        CHECK_FALSE(searched(db, RecordList::Family::Projects, name).isEmpty());
        CHECK_FALSE(searched(db, RecordList::Family::Partners, name).isEmpty());
    }
    // Searches made of the full-text syntax itself find nothing, and fail nothing.
    for (const QString& text :
         {QStringLiteral("\""), QStringLiteral("*"), QStringLiteral("AND OR NOT"), QStringLiteral("a:b"),
          QStringLiteral("(("), QStringLiteral("^x"), QStringLiteral("'"), QStringLiteral("%_")})
        searched(db, RecordList::Family::Actors, text);

    // The import: the same names in a file, matched to the actors already there or created.
    QByteArray file = "Nature;Acteur;Pays;Partenaire;Description\n";
    for (const QString& name : kInjections) {
        const QByteArray quoted = '"' + name.toUtf8().replace("\"", "\"\"") + '"';
        file += "Pacte d'amitié;" + quoted + ";Italie;" + quoted + " bis;" + quoted + "\n";
    }
    const TemporaryFile imported(file);
    const ImportReport report = PartnershipImporter(db.connection()).run(imported.path(), {});
    INFO(describeErrors(report).toStdString());
    REQUIRE(report.errors.isEmpty());
    CHECK(report.created == kInjections.size());
    for (const QString& name : kInjections) {
        CHECK(countWhere(db, QStringLiteral("actor"), QStringLiteral("name"), name) >= 1);
        CHECK(countWhere(db, QStringLiteral("foreign_partner"), QStringLiteral("name"),
                         name + QLatin1String(" bis")) == 1);
        CHECK(countWhere(db, QStringLiteral("partnership"), QStringLiteral("description"), name) == 2);
    }

    // Every table is still there; only the rows written were added.
    QStringList tables;
    for (const QString& size : tableSizes(db))
        tables << size.section(QLatin1Char(' '), 0, 0);
    QStringList tablesBefore;
    for (const QString& size : before)
        tablesBefore << size.section(QLatin1Char(' '), 0, 0);
    CHECK(tables == tablesBefore);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM actor")).toInt() >= kInjections.size());
}

TEST_CASE("No exported cell starts a formula, in any format, in any column an adviser types into",
          "[hostile][export]")
{
    StoreFixture db;
    // Values beginning as a spreadsheet formula does, one starter after the other. Stores trim
    // values, so a leading tab or CR never reaches the database; CsvWriter's own test covers them.
    const QStringList starters = {QStringLiteral("="), QStringLiteral("+"), QStringLiteral("-"),
                                  QStringLiteral("@")};
    int next = 0;
    const auto hostile = [&](const char* what) -> QString {
        return starters.at(next++ % starters.size()) +
               QStringLiteral("HYPERLINK(\"http://x\";\"%1\")").arg(QLatin1String(what));
    };
    // Vocabularies advisers extend: their labels are typed too.
    VocabularyStore vocabularies(db.connection());
    const auto entry = [&](const char* table) {
        const Result<VocabularyStore::Entry> added =
            vocabularies.add(QLatin1String(table), hostile(table), QString());
        INFO(added.message().toStdString());
        REQUIRE(added.ok());
        return added.value().code;
    };

    Actor actor;
    actor.name = hostile("name");
    actor.acronym = hostile("acronym");
    actor.typeCode = entry("ref_actor_type");
    actor.address = hostile("address");
    actor.postcode = hostile("postcode");
    actor.website = hostile("website");
    actor.email = QStringLiteral("=cmd@example.fr");
    actor.phone = QStringLiteral("+33 4 72 00 00 00");
    actor.source = hostile("source");
    actor.notes = hostile("notes");
    const Result<Actor> createdActor = ActorStore(db.connection()).create(actor);
    INFO(createdActor.message().toStdString());
    REQUIRE(createdActor.ok());

    ForeignPartner partner;
    partner.name = hostile("partner");
    partner.typeCode = entry("ref_partner_type");
    partner.countryCode = QStringLiteral("BF");
    partner.adminArea = hostile("area");
    partner.latitude = -12.5;
    partner.longitude = -1.5;
    partner.source = hostile("source");
    partner.notes = hostile("notes");
    const Result<ForeignPartner> createdPartner = PartnerStore(db.connection()).create(partner);
    INFO(createdPartner.message().toStdString());
    REQUIRE(createdPartner.ok());

    Partnership partnership;
    partnership.kindCode = entry("ref_partnership_kind");
    partnership.statusCode = entry("ref_partnership_status");
    partnership.title = hostile("title");
    partnership.statusReason = hostile("reason");
    partnership.description = hostile("description");
    partnership.source = hostile("source");
    partnership.actors = {{createdActor.value().id, entry("ref_org_role")}};
    partnership.partnerIds = {createdPartner.value().id};
    partnership.themeCodes = {entry("ref_theme")};
    const Result<Partnership> createdPartnership = PartnershipStore(db.connection()).create(partnership);
    INFO(createdPartnership.message().toStdString());
    REQUIRE(createdPartnership.ok());

    Project project;
    project.title = hostile("project");
    project.statusCode = entry("ref_project_status");
    project.description = hostile("description");
    project.source = hostile("source");
    project.actors = {{createdActor.value().id, QString::fromLatin1(Project::kLeadRole)}};
    project.partnerIds = {createdPartner.value().id};
    project.themeCodes = partnership.themeCodes;
    project.budgetCents = 150;
    const Result<Project> createdProject = ProjectStore(db.connection()).create(project);
    INFO(createdProject.message().toStdString());
    REQUIRE(createdProject.ok());

    Funding funding;
    funding.projectId = createdProject.value().id;
    funding.funderActorId = createdActor.value().id;
    funding.programmeCode = entry("ref_funding_programme");
    funding.statusCode = entry("ref_funding_status");
    funding.amountCents = 100;
    funding.notes = hostile("notes");
    // The line's support scheme, exported by its name.
    Scheme scheme;
    scheme.name = hostile("scheme");
    scheme.kindCode = QStringLiteral("fonds");
    const Result<Scheme> createdScheme = SchemeStore(db.connection()).create(scheme);
    REQUIRE(createdScheme.ok());
    funding.schemeId = createdScheme.value().id;
    const Result<Funding> createdFunding = FundingStore(db.connection()).create(funding);
    INFO(createdFunding.message().toStdString());
    REQUIRE(createdFunding.ok());

    // Text columns that hold codes and ids the stores check (an INSEE code, a SIREN, a UUID, a
    // currency, a role's code) or reference data no adviser types (countries): no formula can
    // be in them. Every other text column must have met a formula-like value in this test.
    const QStringList codes = {
        QStringLiteral("Identifiant"), QStringLiteral("Code INSEE"), QStringLiteral("SIREN"),
        QStringLiteral("RNA"), QStringLiteral("Commune"), QStringLiteral("Département"),
        QStringLiteral("Code INSEE/SIREN"), QStringLiteral("Rôle"), QStringLiteral("Pays"),
        QStringLiteral("Pays du partenaire"), QStringLiteral("Partenariat"), QStringLiteral("Projet"),
        QStringLiteral("Code du financeur"), QStringLiteral("Devise"), QStringLiteral("ODD"),
        QStringLiteral("Identifiant du dispositif"),
        // Years, yes or no, amounts and dates, written by the app.
        QStringLiteral("APD : années"), QStringLiteral("APD : déclarée"), QStringLiteral("APD : montants"),
        QStringLiteral("APD : dates de déclaration")};
    for (const RecordExporter::Entity entity :
         {RecordExporter::Entity::Actors, RecordExporter::Entity::Partners,
          RecordExporter::Entity::Partnerships, RecordExporter::Entity::Projects,
          RecordExporter::Entity::Fundings}) {
        const RecordExporter exporter(db.connection(), entity);
        QStringList textColumns;
        for (const ExportColumns::Column& column : ExportColumns::of(entity)) {
            if (column.kind == CellFormatter::Text && !codes.contains(QString::fromUtf8(column.header)))
                textColumns << QString::fromUtf8(column.header);
        }
        for (const auto format :
             {RecordExporter::Options::Format::Excel, RecordExporter::Options::Format::Csv}) {
            INFO("entity " << int(entity) << ", format " << int(format));
            QBuffer buffer;
            REQUIRE(buffer.open(QIODevice::ReadWrite));
            RecordExporter::Options options;
            options.format = format;
            REQUIRE(exporter.write(&buffer, options).ok());
            buffer.seek(0);
            CsvReader reader(&buffer);
            REQUIRE(reader.start());
            CsvRecord header;
            CsvRecord row;
            REQUIRE(reader.next(header));
            REQUIRE(reader.next(row));
            REQUIRE(row.fields.size() == header.fields.size());
            for (qsizetype i = 0; i < row.fields.size(); ++i) {
                const QString& cell = row.fields.at(i);
                INFO(header.fields.at(i).toStdString() << ": " << cell.toStdString());
                CHECK_FALSE(startsLikeFormula(cell));
                if (textColumns.contains(header.fields.at(i))) {
                    // Guarded, and the guard comes off on import.
                    CHECK(cell.startsWith(QLatin1Char('\'')));
                    CHECK(startsLikeFormula(CsvWriter::unguardFormula(cell)));
                }
            }
            for (const QString& column : textColumns) {
                INFO(column.toStdString());
                CHECK(header.fields.contains(column));
            }
        }
        // The workbook: every text is a text cell, never a formula.
        QBuffer workbook;
        REQUIRE(workbook.open(QIODevice::WriteOnly));
        RecordExporter::Options options;
        options.format = RecordExporter::Options::Format::Xlsx;
        REQUIRE(exporter.write(&workbook, options).ok());
        const QString sheet =
            QString::fromUtf8(zipEntry(workbook.data(), QStringLiteral("xl/worksheets/sheet1.xml")));
        REQUIRE_FALSE(sheet.isEmpty());
        CHECK_FALSE(sheet.contains(QLatin1String("<f>")));
        CHECK_FALSE(sheet.contains(QLatin1String("<f ")));
        // Each formula-like value is an inline text cell.
        static const QRegularExpression textCell(QStringLiteral("<is><t[^>]*>[=+\\-@]"));
        CHECK(sheet.count(textCell) >= textColumns.size());
    }
}
