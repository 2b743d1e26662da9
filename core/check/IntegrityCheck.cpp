#include "IntegrityCheck.h"
#include "database/SqlEngine.h"

#include "common/Identifiers.h"
#include "common/SqlDates.h"

#include <QSqlError>
#include <QSqlQuery>

IntegrityCheck::IntegrityCheck(const QSqlDatabase& db)
    : m_db(db)
{
}

QList<IntegrityProblem> IntegrityCheck::run() const
{
    QList<IntegrityProblem> problems;
    checkStorage(problems);
    checkForeignKeys(problems);

    checkRule(problems, QStringLiteral("partnership"),
              QStringLiteral("NOT EXISTS (SELECT 1 FROM partnership_actor l WHERE l.partnership_id = t.id)"),
              tr("the partnership has no actor of the region"));
    checkRule(
        problems, QStringLiteral("partnership"),
        QStringLiteral("NOT EXISTS (SELECT 1 FROM partnership_partner l WHERE l.partnership_id = t.id)"),
        tr("the partnership has no foreign partner"));
    checkRule(problems, QStringLiteral("partnership"),
              SqlDates::latestDay(QStringLiteral("t.ended_on")) + QLatin1String(" < ") +
                  SqlDates::earliestDay(QStringLiteral("t.signed_on")),
              tr("the partnership ends before it was signed"));
    checkRule(problems, QStringLiteral("project"),
              QStringLiteral("NOT EXISTS (SELECT 1 FROM project_actor l WHERE l.project_id = t.id "
                             "AND l.role_code = 'porteur')"),
              tr("the project has no lead actor"));
    checkRule(problems, QStringLiteral("project"),
              SqlDates::latestDay(QStringLiteral("t.ended_on")) + QLatin1String(" < ") +
                  SqlDates::earliestDay(QStringLiteral("t.started_on")),
              tr("the project ends before it starts"));
    checkRule(problems, QStringLiteral("project"), QStringLiteral("t.budget_cents < 0"),
              tr("the project's budget is negative"));
    checkRule(problems, QStringLiteral("funding"), QStringLiteral("t.amount_cents < 0"),
              tr("the funding amount is negative"));
    checkRule(problems, QStringLiteral("funding"),
              QStringLiteral("t.funder_actor_id IS NULL AND t.programme_code IS NULL"),
              tr("the funding line names neither a funder nor a programme"));
    checkRule(problems, QStringLiteral("actor"), QStringLiteral("trim(t.name) = ''"),
              tr("the actor has no name"));
    checkRule(problems, QStringLiteral("foreign_partner"), QStringLiteral("trim(t.name) = ''"),
              tr("the partner has no name"));
    checkIdentifiers(problems);
    return problems;
}

void IntegrityCheck::checkStorage(QList<IntegrityProblem>& problems) const
{
    const Result<QStringList> damaged = SqlEngine::of(m_db).storageProblems(m_db);
    if (!damaged) {
        problems.append(
            {QString(), QString(), tr("the integrity check could not run: %1").arg(damaged.message())});
        return;
    }
    for (const QString& line : damaged.value())
        problems.append({QString(), QString(), tr("storage: %1").arg(line)});
}

void IntegrityCheck::checkForeignKeys(QList<IntegrityProblem>& problems) const
{
    for (const SqlEngine::BrokenReference& broken : SqlEngine::of(m_db).brokenReferences(m_db))
        problems.append({broken.table, QString(),
                         tr("row %1 refers to a missing %2 record").arg(broken.row, broken.parent)});
}

void IntegrityCheck::checkRule(QList<IntegrityProblem>& problems, const QString& table, const QString& where,
                               const QString& message) const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT t.uuid FROM %1 t WHERE %2 ORDER BY t.id").arg(table, where))) {
        problems.append({table, QString(),
                         tr("the check \"%1\" could not run: %2").arg(message, query.lastError().text())});
        return;
    }
    while (query.next())
        problems.append({table, query.value(0).toString(), message});
}

void IntegrityCheck::checkIdentifiers(QList<IntegrityProblem>& problems) const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT uuid, insee_code, siren, rna FROM actor "
                                   "WHERE insee_code IS NOT NULL OR siren IS NOT NULL OR rna IS NOT NULL")))
        return;
    while (query.next()) {
        const QString uuid = query.value(0).toString();
        const QString insee = query.value(1).toString();
        const QString siren = query.value(2).toString();
        const QString rna = query.value(3).toString();
        if (!insee.isEmpty() && !Identifiers::isInseeCommuneCode(insee))
            problems.append(
                {QStringLiteral("actor"), uuid, tr("\"%1\" is not an INSEE commune code").arg(insee)});
        if (!siren.isEmpty() && !Identifiers::isSiren(siren))
            problems.append(
                {QStringLiteral("actor"), uuid, tr("\"%1\" is not a valid SIREN number").arg(siren)});
        if (!rna.isEmpty() && !Identifiers::isRna(rna))
            problems.append({QStringLiteral("actor"), uuid, tr("\"%1\" is not an RNA number").arg(rna)});
    }
}
