#include "FundingImporter.h"

#include "CsvValues.h"
#include "ImportRow.h"
#include "VocabularyMatcher.h"
#include "common/TextFolding.h"
#include "store/FundingStore.h"
#include "store/SqlRow.h"

#include <QSqlQuery>

FundingImporter::FundingImporter(const QSqlDatabase& db)
    : RecordImporter(db, QStringLiteral("fundings"))
    , m_organisations(std::make_unique<OrganisationMatcher>(db))
    , m_programmes(std::make_unique<VocabularyMatcher>(db, QStringLiteral("ref_funding_programme")))
    , m_statuses(std::make_unique<VocabularyMatcher>(db, QStringLiteral("ref_funding_status")))
{
}

FundingImporter::~FundingImporter() = default;

QList<ColumnMap::Field> FundingImporter::columns() const
{
    return {
        {"id", "Identifiant", "Id"},
        {"project", "Projet", "Project"},
        {"project_title", "Titre du projet", "Project title"},
        {"funder", "Financeur", "Funder"},
        {"funder_code", "Code du financeur", "Funder code"},
        {"programme", "Programme", "Programme"},
        {"year", "Année", "Year"},
        {"amount", "Montant", "Amount", true},
        {"status", "État", "Status"},
        {"notes", "Notes", "Notes"},
        // The scheme by name, or by its id (which wins, as the project's); its call by the date it
        // closes on, what names a call within its scheme (docs/csv.md).
        {"scheme", "Dispositif", "Scheme"},
        {"scheme_id", "Identifiant du dispositif", "Scheme id"},
        {"call", "Clôture de l'appel", "Call closing date"},
    };
}

void FundingImporter::reset()
{
    m_organisations->reset();
    m_projectsByTitle.reset();
    m_schemesByName.reset();
    m_checked.clear();
}

void FundingImporter::check(const CsvRecord& record, const ColumnMap& columns, ImportReport& report)
{
    const qsizetype reported = report.errors.size();
    Row row = parse(record, columns, report);
    // The store's rules now, so that every row's problems are listed before anything is written:
    // a funder the second pass matches or creates stands as an id below 0.
    Funding funding = row.funding;
    if (row.funder)
        funding.funderActorId = -1;
    reportStoreProblems(
        FundingStore(m_db).checkImported(funding, session()), record.line, columns, reported, report,
        {{QStringLiteral("project"), row.projectKey}, {QStringLiteral("scheme"), row.schemeKey}});
    m_checked.keep(std::move(row), record);
}

FundingImporter::Row FundingImporter::parse(const CsvRecord& record, const ColumnMap& columns,
                                            ImportReport& report) const
{
    ImportRow cells(record, columns, report);
    Row row;
    Funding& f = row.funding;
    f.uuid = cells.id();
    f.projectId = findProject(cells);
    if (cells.value("project").isEmpty() && cells.has("project_title"))
        row.projectKey = "project_title";
    if (const QString funder = cells.value("funder"); !funder.isEmpty()) {
        OrganisationMatcher::ActorSpec spec;
        spec.name = funder;
        spec.code = cells.value("funder_code").toUpper().remove(QLatin1Char(' '));
        row.funder = spec;
    } else if (!cells.value("funder_code").isEmpty()) {
        cells.problem("funder", tr("the funder's name is missing"));
    }
    if (const QString programme = cells.value("programme"); !programme.isEmpty()) {
        f.programmeCode = m_programmes->find(programme);
        if (f.programmeCode.isEmpty())
            cells.unknown("programme", programme, m_programmes->table(),
                          tr("\"%1\" is not a known funding programme").arg(CsvValues::excerpt(programme)) +
                              m_programmes->hint(programme));
    }
    // Neither funder nor programme, a year out of bounds: the store's rules (check() applies
    // them), each with one message.
    if (const QString year = cells.value("year"); !year.isEmpty()) {
        bool ok = false;
        const int value = year.toInt(&ok);
        if (!ok)
            cells.problem("year", tr("\"%1\" is not a plausible year").arg(CsvValues::excerpt(year)));
        else
            f.year = value;
    }
    if (cells.value("amount").isEmpty())
        cells.problem("amount", tr("the amount is missing"));
    f.amountCents = cells.amount("amount").value_or(0); // Money refuses a negative amount
    if (const QString status = cells.value("status"); !status.isEmpty()) {
        f.statusCode = m_statuses->find(status);
        if (f.statusCode.isEmpty())
            cells.unknown("status", status, m_statuses->table(),
                          tr("\"%1\" is not a known funding status").arg(CsvValues::excerpt(status)) +
                              m_statuses->hint(status));
    }
    f.notes = cells.value("notes");
    f.schemeId = findScheme(cells);
    if (cells.value("scheme_id").isEmpty() && cells.has("scheme"))
        row.schemeKey = "scheme";
    cells.date("call", f.callClosesOn); // the store checks that the scheme has that call
    row.clean = cells.clean();
    return row;
}

qint64 FundingImporter::findNamed(const ImportRow& cells, const NamedRecord& named,
                                  std::optional<QMultiHash<QString, qint64>>& byName) const
{
    if (const QString uuid = cells.value(named.idKey); !uuid.isEmpty()) {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(named.table));
        query.addBindValue(uuid);
        if (query.exec() && query.next())
            return query.value(0).toLongLong();
        cells.problem(named.idKey, named.noId(CsvValues::excerpt(uuid)));
        return 0;
    }
    const QString name = cells.value(named.nameKey);
    if (name.isEmpty())
        return 0;
    if (!byName) {
        byName.emplace();
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (query.exec(QStringLiteral("SELECT id, %1 FROM %2").arg(named.nameColumn, named.table))) {
            while (query.next())
                byName->insert(TextFolding::normalizedName(query.value(1).toString()),
                               query.value(0).toLongLong());
        }
    }
    const QList<qint64> ids = byName->values(TextFolding::normalizedName(name));
    if (ids.size() == 1)
        return ids.first();
    cells.problem(named.nameKey, ids.isEmpty()
                                     ? named.noName(CsvValues::excerpt(name))
                                     : named.severalNames(CsvValues::excerpt(name), int(ids.size())));
    return 0;
}

qint64 FundingImporter::findProject(const ImportRow& cells) const
{
    // Without a title either: the store's rule (a funding line belongs to a project) says so.
    static const NamedRecord project{
        "project",
        "project_title",
        QStringLiteral("project"),
        QStringLiteral("title"),
        [](const QString& id) { return tr("no project has the id \"%1\"").arg(id); },
        [](const QString& title) { return tr("no project has the title \"%1\"").arg(title); },
        [](const QString& title, int count) {
            return tr("%Ln projects have the title \"%1\"; give the project's id", "", count).arg(title);
        }};
    return findNamed(cells, project, m_projectsByTitle);
}

qint64 FundingImporter::findScheme(const ImportRow& cells) const
{
    static const NamedRecord scheme{
        "scheme_id",
        "scheme",
        QStringLiteral("scheme"),
        QStringLiteral("name"),
        [](const QString& id) { return tr("no support scheme has the id \"%1\"").arg(id); },
        [](const QString& name) { return tr("no support scheme is named \"%1\"").arg(name); },
        [](const QString& name, int count) {
            return tr("%Ln support schemes are named \"%1\"; give the scheme's id", "", count).arg(name);
        }};
    return findNamed(cells, scheme, m_schemesByName);
}

std::optional<Funding> FundingImporter::findExisting(const Funding& funding) const
{
    FundingStore store(m_db);
    if (!funding.uuid.isEmpty())
        return store.findByUuid(funding.uuid);
    // Through the project's index, whose lines are few: SQLite, which has no statistics, took the
    // funder's (or the year's), whose lines grow with the table — a file of a few funders walked
    // every line of its funder for each row (issue 22). The unary plus keeps a column's index out.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT id FROM funding WHERE project_id = ? AND +funder_actor_id IS NOT DISTINCT FROM ? "
        "AND programme_code IS NOT DISTINCT FROM ? AND +year IS NOT DISTINCT FROM ? ORDER BY id LIMIT 2"));
    query.addBindValue(funding.projectId);
    query.addBindValue(funding.funderActorId > 0 ? QVariant(funding.funderActorId) : QVariant());
    query.addBindValue(funding.programmeCode.isEmpty() ? QVariant() : QVariant(funding.programmeCode));
    query.addBindValue(funding.year ? QVariant(*funding.year) : QVariant());
    const std::optional<qint64> id = SqlRow::onlyId(query);
    return id ? store.find(*id) : std::nullopt;
}

bool FundingImporter::write(const CsvRecord& record, const ColumnMap& columns, const ImportBatch& batch,
                            ImportReport& report)
{
    // The same reading as the first pass's, whose problems (none, or nothing is written) and
    // warnings are in the report already.
    const Row row = m_checked.takeOr(record.line, [&] { return parse(record, columns, report); });
    if (!row.clean)
        return false;
    Funding funding = row.funding;
    if (row.funder) {
        funding.funderActorId = m_organisations->actor(*row.funder, record.line, report, batch);
        if (funding.funderActorId == 0)
            return false;
    }
    const std::optional<Funding> existing = findExisting(funding);
    // Columns the file does not have keep their stored values.
    Funding merged = existing ? *existing : funding;
    merged.projectId = funding.projectId;
    merged.amountCents = funding.amountCents;
    take(columns, "funder", merged.funderActorId, funding.funderActorId);
    take(columns, "programme", merged.programmeCode, funding.programmeCode);
    take(columns, "year", merged.year, funding.year);
    take(columns, "status", merged.statusCode, funding.statusCode);
    take(columns, "notes", merged.notes, funding.notes);
    // A file with a scheme column (name or id) sets the scheme, and the call with it: a call belongs
    // to its scheme, and a row that names a call names its scheme too (the store's rule).
    if (columns.column("scheme") >= 0 || columns.column("scheme_id") >= 0) {
        merged.schemeId = funding.schemeId;
        merged.callClosesOn = funding.callClosesOn;
    }
    take(columns, "call", merged.callClosesOn, funding.callClosesOn);
    return save(FundingStore(m_db), funding, existing, merged, QStringLiteral("funding"), record.line,
                columns, batch, report) > 0;
}
