#include "ProjectImporter.h"

#include "CsvValues.h"
#include "ImportRow.h"
#include "VocabularyMatcher.h"
#include "common/TextFolding.h"
#include "database/Statement.h"
#include "refdata/CountryLookup.h"
#include "report/ReportRules.h"
#include "store/ProjectStore.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

ProjectImporter::ProjectImporter(const QSqlDatabase& db)
    : RecordImporter(db, QStringLiteral("projects"))
    , m_organisations(std::make_unique<OrganisationMatcher>(db))
    , m_statuses(std::make_unique<VocabularyMatcher>(db, QStringLiteral("ref_project_status")))
    , m_themes(std::make_unique<VocabularyMatcher>(db, QStringLiteral("ref_theme")))
{
}

ProjectImporter::~ProjectImporter() = default;

QList<ColumnMap::Field> ProjectImporter::columns() const
{
    QList<ColumnMap::Field> fields = {
        {"id", "Identifiant", "Id"},
        {"title", "Titre", "Title", true},
        {"status", "Statut", "Status"},
    };
    fields << OrganisationMatcher::columns({"partner_country", "Pays du partenaire", "Partner country"},
                                           false);
    return fields << QList<ColumnMap::Field>{
               {"country", "Pays", "Country"},
               {"partnership", "Partenariat", "Partnership"},
               {"started_on", "Date de début", "Started on"},
               {"ended_on", "Date de fin", "Ended on"},
               {"in_france", "En France", "In France"},
               {"budget", "Budget", "Budget"},
               {"currency", "Devise", "Currency"},
               {"themes", "Thématiques", "Themes"},
               {"sdgs", "ODD", "SDGs"},
               {"description", "Description", "Description"},
               {"source", "Source", "Source"},
               {"verified_on", "Vérifié le", "Verified on"},
           };
}

void ProjectImporter::reset()
{
    m_organisations->reset();
    m_keys.clear();
    m_checked.clear();
}

void ProjectImporter::check(const CsvRecord& record, const ColumnMap& columns, ImportReport& report)
{
    const qsizetype reported = report.errors.size();
    Row row = parse(record, columns, report);
    // The store's rules now, so that every row's problems are listed before anything is written.
    Project project = row.project;
    OrganisationMatcher::linkProvisionally(row.actors, row.partners, project.actors, project.partnerIds);
    reportStoreProblems(ProjectStore(m_db).checkImported(project, session()), record.line, columns, reported,
                        report);
    m_checked.keep(std::move(row), record);
}

ProjectImporter::Row ProjectImporter::parse(const CsvRecord& record, const ColumnMap& columns,
                                            ImportReport& report) const
{
    ImportRow cells(record, columns, report);
    Row row;
    row.project.uuid = cells.id();
    readValues(cells, row.project);
    readLinks(cells, row);
    row.clean = cells.clean();
    return row;
}

void ProjectImporter::readValues(const ImportRow& cells, Project& p) const
{
    // A missing title, an end before the start, a currency or a goal out of bounds, no lead:
    // the store's rules (check() applies them), each with one message.
    p.title = cells.value("title");
    if (const QString status = cells.value("status"); !status.isEmpty()) {
        p.statusCode = m_statuses->find(status);
        if (p.statusCode.isEmpty())
            cells.unknown("status", status, m_statuses->table(),
                          tr("\"%1\" is not a known status of project").arg(CsvValues::excerpt(status)) +
                              m_statuses->hint(status));
    }
    cells.date("started_on", p.startedOn);
    cells.date("ended_on", p.endedOn);
    cells.warnIfUncounted(ReportRules::ActiveProject::classOf(p.statusCode.toStdString()), p.startedOn,
                          p.endedOn, "started_on");
    cells.date("verified_on", p.verifiedOn);
    p.inFrance = cells.flag("in_france").value_or(false);
    p.budgetCents = cells.amount("budget");
    if (const QString currency = cells.value("currency").toUpper(); !currency.isEmpty())
        p.currency = currency == QStringLiteral("€") ? QStringLiteral("EUR") : currency;
    p.themeCodes = cells.codes("themes", *m_themes, tr("\"%1\" is not a known theme"));
    // A goal is read as its number ("ODD 4", "4"); whether the number is a goal is the store's rule.
    static const QRegularExpression number(QStringLiteral("^\\D*(\\d{1,9})\\D*$"));
    for (const QString& goal : CsvValues::splitList(cells.value("sdgs"), true)) {
        const QRegularExpressionMatch match = number.match(goal);
        if (!match.hasMatch())
            cells.problem(
                "sdgs",
                tr("\"%1\" is not a Sustainable Development Goal (1 to 17)").arg(CsvValues::excerpt(goal)));
        else if (const int value = match.captured(1).toInt(); !p.sdgGoals.contains(value))
            p.sdgGoals << value;
    }
    p.description = cells.value("description");
    p.source = cells.value("source");
}

void ProjectImporter::readLinks(const ImportRow& cells, Row& row) const
{
    Project& p = row.project;
    const QStringList countries = CsvValues::splitList(cells.value("country"));
    for (const QString& country : countries) {
        if (country.isEmpty())
            continue;
        if (const auto found = m_organisations->countries().find(cells.settled("country", country))) {
            if (!p.countryCodes.contains(found->code))
                p.countryCodes << found->code;
        } else {
            cells.unknown("country", country, QStringLiteral("ref_country"),
                          tr("\"%1\" is not a known country").arg(CsvValues::excerpt(country)));
        }
    }
    if (const QString partnership = cells.value("partnership"); !partnership.isEmpty()) {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT id FROM partnership WHERE uuid = ?"));
        query.addBindValue(partnership);
        if (query.exec() && query.next())
            p.partnershipId = query.value(0).toLongLong();
        else
            cells.problem("partnership",
                          tr("no partnership has the id \"%1\"").arg(CsvValues::excerpt(partnership)));
    }

    row.actors = m_organisations->readActors(cells, QString::fromLatin1(ProjectStore::kDefaultActorRole));
    const auto leads = [](const OrganisationMatcher::ActorSpec& actor) {
        return actor.roleCode == QLatin1String(Project::kLeadRole);
    };
    // No actor, or roles that name no lead: the store's rule.
    if (!row.actors.isEmpty() && std::none_of(row.actors.cbegin(), row.actors.cend(), leads) &&
        cells.value("role").isEmpty())
        row.actors.first().roleCode = QString::fromLatin1(Project::kLeadRole);
    row.partners = m_organisations->readPartners(cells, "partner_country", countries);
}

namespace {

qint64 leadOf(const Project& project)
{
    const auto lead = std::find_if(project.actors.cbegin(), project.actors.cend(), [](const ActorLink& link) {
        return link.roleCode == QLatin1String(Project::kLeadRole);
    });
    return lead == project.actors.cend() ? 0 : lead->actorId;
}

} // namespace

RecordKeys::Key ProjectImporter::keyOf(qint64 leadId, const QString& normalizedTitle)
{
    return RecordKeys::Builder().add(leadId).add(normalizedTitle).key();
}

void ProjectImporter::readKeys()
{
    Statement projects(
        m_db, QStringLiteral("SELECT p.id, pa.actor_id, p.title FROM project p JOIN project_actor pa "
                             "ON pa.project_id = p.id AND pa.role_code = ?"));
    projects.bind(0, QString::fromLatin1(Project::kLeadRole));
    while (projects.next()) {
        const std::string_view title = projects.text(2);
        m_keys.add(keyOf(projects.integer(1), TextFolding::normalizedName(QString::fromUtf8(
                                                  title.data(), static_cast<qsizetype>(title.size())))),
                   projects.integer(0));
    }
    m_keys.setFilled();
}

std::optional<Project> ProjectImporter::findExisting(const Project& project)
{
    ProjectStore store(m_db);
    if (!project.uuid.isEmpty())
        return store.findByUuid(project.uuid);
    const qint64 lead = leadOf(project);
    if (lead == 0)
        return std::nullopt;
    if (!m_keys.isFilled())
        readKeys();
    const QString title = TextFolding::normalizedName(project.title);
    const qint64 keyed = m_keys.find(keyOf(lead, title));
    if (keyed == 0)
        return std::nullopt;
    if (std::optional<Project> candidate = store.find(keyed);
        candidate && leadOf(*candidate) == lead && TextFolding::normalizedName(candidate->title) == title)
        return candidate;
    // Another project's digest, or one the import has changed since: the database decides.
    const qint64 same = findSameInDatabase(lead, title);
    return same > 0 ? store.find(same) : std::nullopt;
}

qint64 ProjectImporter::findSameInDatabase(qint64 leadId, const QString& normalizedTitle) const
{
    // Walks every project of the lead: the keys spare it to most rows.
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT p.id, p.title FROM project p JOIN project_actor pa ON pa.project_id = p.id "
                       "WHERE pa.actor_id = ? AND pa.role_code = ? ORDER BY p.id"));
    query.addBindValue(leadId);
    query.addBindValue(QString::fromLatin1(Project::kLeadRole));
    if (query.exec()) {
        while (query.next()) {
            if (TextFolding::normalizedName(query.value(1).toString()) == normalizedTitle)
                return query.value(0).toLongLong();
        }
    }
    return 0;
}

bool ProjectImporter::write(const CsvRecord& record, const ColumnMap& columns, const ImportBatch& batch,
                            ImportReport& report)
{
    // The same reading as the first pass's, whose problems (none, or nothing is written) and
    // warnings are in the report already.
    const Row row = m_checked.takeOr(record.line, [&] { return parse(record, columns, report); });
    if (!row.clean)
        return false;
    Project project = row.project;
    m_organisations->link(row.actors, row.partners, record.line, report, batch, project.actors,
                          project.partnerIds);
    if (!report.errors.isEmpty())
        return false;
    const std::optional<Project> existing = findExisting(project);
    // Columns the file does not have keep their stored values.
    Project merged = existing ? *existing : project;
    merged.title = project.title;
    merged.actors = project.actors;
    take(columns, "status", merged.statusCode, project.statusCode);
    take(columns, "partner", merged.partnerIds, project.partnerIds);
    take(columns, "country", merged.countryCodes, project.countryCodes);
    take(columns, "partnership", merged.partnershipId, project.partnershipId);
    take(columns, "started_on", merged.startedOn, project.startedOn);
    take(columns, "ended_on", merged.endedOn, project.endedOn);
    take(columns, "in_france", merged.inFrance, project.inFrance);
    take(columns, "budget", merged.budgetCents, project.budgetCents);
    take(columns, "currency", merged.currency, project.currency);
    take(columns, "themes", merged.themeCodes, project.themeCodes);
    take(columns, "sdgs", merged.sdgGoals, project.sdgGoals);
    take(columns, "description", merged.description, project.description);
    take(columns, "source", merged.source, project.source);
    take(columns, "verified_on", merged.verifiedOn, project.verifiedOn);
    const qint64 saved = save(ProjectStore(m_db), project, existing, merged, QStringLiteral("project"),
                              record.line, columns, batch, report);
    // The keys read from the database are kept current with what the import writes.
    if (saved > 0 && m_keys.isFilled()) {
        if (const qint64 lead = leadOf(merged))
            m_keys.add(keyOf(lead, TextFolding::normalizedName(merged.title)), saved);
    }
    return saved > 0;
}
