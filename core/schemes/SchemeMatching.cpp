#include "SchemeMatching.h"

#include "csv/CsvWriter.h"
#include "csv/OutputFile.h"
#include "csv/XlsxWriter.h"
#include "database/Statement.h"
#include "report/ReportRules.h"
#include "store/SchemeStore.h"

namespace {

void addRecord(QHash<QString, QStringList>& map, const QString& code, const QString& record)
{
    QStringList& records = map[code];
    if (!records.contains(record))
        records << record;
}

} // namespace

SchemeMatching::SchemeMatching(const QSqlDatabase& db, bool englishLabels)
    : m_db(db)
    , m_labelColumn(englishLabels ? QStringLiteral("label_en") : QStringLiteral("label_fr"))
{
}

QString SchemeMatching::label(const QString& table, const QString& code) const
{
    auto found = m_labels.find(table);
    if (found == m_labels.end()) {
        QHash<QString, QString> labels;
        Statement query(m_db, QStringLiteral("SELECT code, %1 FROM %2").arg(m_labelColumn, table));
        while (query.next())
            labels.insert(query.string(0), query.string(1));
        found = m_labels.insert(table, labels);
    }
    return found->value(code, code);
}

QHash<QString, QString> SchemeMatching::zones() const
{
    QHash<QString, QString> zoneOf;
    Statement query(m_db,
                    QStringLiteral("SELECT code, zone_code FROM ref_country WHERE zone_code IS NOT NULL"));
    while (query.next())
        zoneOf.insert(query.string(0), query.string(1));
    return zoneOf;
}

QList<Scheme> SchemeMatching::schemes() const
{
    QList<Scheme> list;
    SchemeStore store(m_db);
    Statement query(m_db, QStringLiteral("SELECT id FROM scheme ORDER BY id"));
    QList<qint64> ids;
    while (query.next())
        ids << query.integer(0);
    for (const qint64 id : ids) {
        if (const std::optional<Scheme> scheme = store.find(id))
            list << *scheme;
    }
    return list;
}

QList<Applicant> SchemeMatching::actors(std::optional<qint64> only) const
{
    QList<Applicant> list;
    QHash<qint64, qsizetype> index;
    // One actor, or all of them: ":only IS NULL" keeps each statement's text the same either way.
    const auto bindOnly = [&](Statement& statement) {
        statement.bind(QStringLiteral(":only"), only ? QVariant(*only) : QVariant());
    };
    Statement query(m_db,
                    QStringLiteral("SELECT a.id, a.name, a.actor_type_code, a.email, a.departement_code, "
                                   "t.family_code FROM actor a LEFT JOIN ref_actor_type t ON t.code = "
                                   "a.actor_type_code WHERE (:only IS NULL OR a.id = :only) "
                                   "ORDER BY a.name_normalized, a.id"));
    bindOnly(query);
    while (query.next()) {
        Applicant applicant;
        applicant.id = query.integer(0);
        applicant.name = query.string(1);
        if (!query.isNull(2))
            applicant.actorTypeCodes << query.string(2);
        applicant.email = query.string(3);
        applicant.departementCode = query.string(4);
        applicant.localAuthority = ReportRules::ApdDeclared::isLocalAuthority(query.string(5).toStdString());
        index.insert(applicant.id, list.size());
        list << applicant;
    }
    const auto each = [&](const QString& sql, const std::function<void(Applicant&, const Statement&)>& read) {
        Statement links(m_db, sql.arg(QStringLiteral(" WHERE (:only IS NULL OR x.actor_id = :only)")));
        bindOnly(links);
        while (links.next()) {
            const auto found = index.constFind(links.integer(0));
            if (found != index.cend())
                read(list[*found], links);
        }
    };
    // A partnership is named by its nature and partner ("Jumelage – Leipzig"), a project by its title.
    const QString partnershipName =
        QStringLiteral("coalesce(p.title, k.%1 || ' – ' || f.name)").arg(m_labelColumn);
    each(QStringLiteral("SELECT x.actor_id, f.country_code, %1, p.formalized FROM partnership_actor x "
                        "JOIN partnership p ON p.id = x.partnership_id "
                        "JOIN ref_partnership_kind k ON k.code = p.kind_code "
                        "JOIN partnership_partner pp ON pp.partnership_id = p.id "
                        "JOIN foreign_partner f ON f.id = pp.partner_id%2")
             .arg(partnershipName, QStringLiteral("%1")),
         [](Applicant& a, const Statement& row) {
             addRecord(a.countries, row.string(1), row.string(2));
             a.formalizedPartnership = a.formalizedPartnership || row.integer(3) == 1;
         });
    each(QStringLiteral("SELECT x.actor_id, t.theme_code, coalesce(p.title, k.%1 || ' – ' || "
                        "(SELECT min(f.name) FROM partnership_partner pp JOIN foreign_partner f "
                        "ON f.id = pp.partner_id WHERE pp.partnership_id = p.id)) FROM partnership_actor x "
                        "JOIN partnership p ON p.id = x.partnership_id "
                        "JOIN ref_partnership_kind k ON k.code = p.kind_code "
                        "JOIN partnership_theme t ON t.partnership_id = p.id%2")
             .arg(m_labelColumn, QStringLiteral("%1")),
         [](Applicant& a, const Statement& row) { addRecord(a.themes, row.string(1), row.string(2)); });
    each(QStringLiteral(
             "SELECT x.actor_id, c.country_code, j.title FROM project_actor x "
             "JOIN project j ON j.id = x.project_id JOIN project_country c ON c.project_id = j.id%1"),
         [](Applicant& a, const Statement& row) { addRecord(a.countries, row.string(1), row.string(2)); });
    each(
        QStringLiteral("SELECT x.actor_id, t.theme_code, j.title FROM project_actor x "
                       "JOIN project j ON j.id = x.project_id JOIN project_theme t ON t.project_id = j.id%1"),
        [](Applicant& a, const Statement& row) { addRecord(a.themes, row.string(1), row.string(2)); });
    each(QStringLiteral("SELECT x.actor_id, x.year FROM actor_apd_declaration x%1 AND x.declared = 1"),
         [](Applicant& a, const Statement& row) { a.apdDeclaredYears << static_cast<int>(row.integer(1)); });
    return list;
}

std::optional<Applicant> SchemeMatching::project(qint64 projectId) const
{
    Statement query(m_db,
                    QStringLiteral("SELECT j.title, coalesce(p.formalized, 0) FROM project j "
                                   "LEFT JOIN partnership p ON p.id = j.partnership_id WHERE j.id = ?"));
    query.bind(0, projectId);
    if (!query.next())
        return std::nullopt;
    Applicant applicant;
    applicant.id = projectId;
    applicant.name = query.string(0);
    applicant.formalizedPartnership = query.integer(1) == 1;
    const auto codes = [&](const QString& sql, const std::function<void(const QString&)>& add) {
        Statement links(m_db, sql);
        links.bind(0, projectId);
        while (links.next())
            add(links.string(0));
    };
    // The lead's type first: it is the lead who applies.
    codes(QStringLiteral("SELECT a.actor_type_code FROM project_actor x JOIN actor a ON a.id = x.actor_id "
                         "WHERE x.project_id = ? AND a.actor_type_code IS NOT NULL "
                         "ORDER BY x.role_code <> 'porteur', a.id"),
          [&](const QString& type) {
              if (!applicant.actorTypeCodes.contains(type))
                  applicant.actorTypeCodes << type;
          });
    // The lead's APD declarations: it is the lead who applies.
    codes(QStringLiteral("SELECT t.family_code FROM project_actor x JOIN actor a ON a.id = x.actor_id "
                         "JOIN ref_actor_type t ON t.code = a.actor_type_code WHERE x.project_id = ? "
                         "ORDER BY x.role_code <> 'porteur', a.id LIMIT 1"),
          [&](const QString& family) {
              applicant.localAuthority = ReportRules::ApdDeclared::isLocalAuthority(family.toStdString());
          });
    codes(QStringLiteral("SELECT d.year FROM actor_apd_declaration d WHERE d.declared = 1 AND d.actor_id = "
                         "(SELECT x.actor_id FROM project_actor x JOIN actor a ON a.id = x.actor_id "
                         "WHERE x.project_id = ? AND a.actor_type_code IS NOT NULL "
                         "ORDER BY x.role_code <> 'porteur', a.id LIMIT 1)"),
          [&](const QString& year) { applicant.apdDeclaredYears << year.toInt(); });
    codes(QStringLiteral("SELECT country_code FROM project_country WHERE project_id = ?"),
          [&](const QString& code) { addRecord(applicant.countries, code, applicant.name); });
    codes(QStringLiteral("SELECT theme_code FROM project_theme WHERE project_id = ?"),
          [&](const QString& code) { addRecord(applicant.themes, code, applicant.name); });
    return applicant;
}

QList<SchemeFit> SchemeMatching::schemesFor(const Applicant& applicant, const QDate& today) const
{
    const QHash<QString, QString> zoneOf = zones();
    const SchemeMatch::Labels labels = [this](const QString& table, const QString& code) {
        return label(table, code);
    };
    QList<SchemeFit> fits;
    for (const Scheme& scheme : schemes())
        fits << SchemeMatch::evaluate(scheme, applicant, zoneOf, today, labels);
    SchemeMatch::rank(fits);
    return fits;
}

QList<SchemeFit> SchemeMatching::schemesForActor(qint64 actorId, const QDate& today) const
{
    const QList<Applicant> found = actors(actorId);
    return found.isEmpty() ? QList<SchemeFit>() : schemesFor(found.first(), today);
}

QList<SchemeFit> SchemeMatching::schemesForProject(qint64 projectId, const QDate& today) const
{
    const std::optional<Applicant> found = project(projectId);
    return found ? schemesFor(*found, today) : QList<SchemeFit>();
}

QList<SchemeFit> SchemeMatching::actorsForScheme(qint64 schemeId, const QDate& today) const
{
    const std::optional<Scheme> scheme = SchemeStore(m_db).find(schemeId);
    if (!scheme)
        return {};
    const QHash<QString, QString> zoneOf = zones();
    const SchemeMatch::Labels labels = [this](const QString& table, const QString& code) {
        return label(table, code);
    };
    QList<SchemeFit> fits;
    for (const Applicant& applicant : actors(std::nullopt)) {
        SchemeFit fit = SchemeMatch::evaluate(*scheme, applicant, zoneOf, today, labels);
        if (fit.fits)
            fits << fit;
    }
    SchemeMatch::rank(fits);
    return fits;
}

Result<int> SchemeMatching::exportActors(qint64 schemeId, const QDate& today, const QString& path,
                                         Format format, const QString& databasePath) const
{
    const QList<SchemeFit> fits = actorsForScheme(schemeId, today);
    QHash<qint64, Applicant> byId;
    for (const Applicant& applicant : actors(std::nullopt))
        byId.insert(applicant.id, applicant);
    OutputFile out(path);
    if (Status begun = out.begin(databasePath); !begun)
        return begun.problems();
    const QStringList header = {tr("Actor"),       tr("Type of actor"),   tr("Department"), tr("Email"),
                                tr("Why it fits"), tr("What is missing"), tr("To check")};
    const QString separator = QStringLiteral("\n");
    QList<QStringList> rows;
    for (const SchemeFit& fit : fits) {
        const Applicant applicant = byId.value(fit.applicantId);
        rows << QStringList{fit.applicantName,
                            applicant.actorTypeCodes.isEmpty()
                                ? QString()
                                : label(QStringLiteral("ref_actor_type"), applicant.actorTypeCodes.first()),
                            applicant.departementCode,
                            applicant.email,
                            fit.texts(SchemeFit::State::Met).join(separator),
                            fit.texts(SchemeFit::State::Missing).join(separator),
                            fit.texts(SchemeFit::State::ToCheck).join(separator)};
    }
    if (format == Format::Xlsx) {
        XlsxWriter workbook(&out, tr("Actors"), header, QList<XlsxWriter::Style>(header.size()));
        for (const QStringList& row : rows) {
            QVariantList cells;
            for (const QString& cell : row)
                cells << cell;
            workbook.writeRow(cells);
        }
        if (!workbook.finish()) {
            out.cancel();
            return Result<int>::failure(workbook.errorString());
        }
    } else {
        CsvWriter writer(&out, CsvWriter::Dialect::Excel);
        writer.writeRecord(header);
        for (const QStringList& row : rows) {
            if (!writer.writeRecord(row))
                break;
        }
    }
    if (Status committed = out.commit(); !committed)
        return committed.problems();
    return static_cast<int>(rows.size());
}
