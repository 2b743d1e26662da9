#include "FundingStore.h"

#include "store/RecordValidator.h"
#include "store/SqlRow.h"

#include <QSqlQuery>

FundingStore::FundingStore(const QSqlDatabase& db)
    : RecordStore(db, QStringLiteral("funding"))
{
}

QString FundingStore::missingMessage() const
{
    return tr("This funding line no longer exists; it may have been deleted.");
}

void FundingStore::collectProblems(const Funding& funding, RecordValidator& check) const
{
    check.require(funding.projectId > 0, QStringLiteral("project"),
                  [&] { return tr("A funding line belongs to a project."); });
    check.recordExists(QStringLiteral("project"), QStringLiteral("project"), funding.projectId,
                       [&] { return tr("The project of this funding line no longer exists."); });
    // A funder below 0 is one an import will match or create (its first pass).
    check.require(funding.funderActorId != 0 || !funding.programmeCode.isEmpty(), QStringLiteral("funder"),
                  [&] { return tr("Name the funder or the funding programme."); });
    check.recordExists(QStringLiteral("funder"), QStringLiteral("actor"), funding.funderActorId,
                       [&] { return tr("The funder no longer exists."); });
    check.codeExists(
        QStringLiteral("programme"), QStringLiteral("ref_funding_programme"), funding.programmeCode,
        [&] { return tr("\"%1\" is not a known funding programme.").arg(funding.programmeCode); });
    check.require(funding.amountCents >= 0, QStringLiteral("amount"),
                  [&] { return tr("An amount cannot be negative."); });
    check.require(!funding.year || (*funding.year >= kFirstYear && *funding.year <= kLastYear),
                  QStringLiteral("year"),
                  [&] { return tr("%1 is not a plausible year.").arg(funding.year.value_or(0)); });
    check.require(!funding.statusCode.isEmpty(), QStringLiteral("status"),
                  [&] { return tr("Choose a status."); });
    check.codeExists(QStringLiteral("status"), QStringLiteral("ref_funding_status"), funding.statusCode,
                     [&] { return tr("\"%1\" is not a known funding status.").arg(funding.statusCode); });
    check.recordExists(QStringLiteral("scheme"), QStringLiteral("scheme"), funding.schemeId,
                       [&] { return tr("The support scheme of this funding line no longer exists."); });
    if (funding.callClosesOn.isNull())
        return;
    check.require(funding.schemeId > 0, QStringLiteral("call"),
                  [&] { return tr("A call belongs to a support scheme: choose the scheme first."); });
    check.require(
        funding.schemeId <= 0 || callExists(funding.schemeId, funding.callClosesOn), QStringLiteral("call"),
        [&] {
            return tr("\"%1\" has no call closing on %2.")
                .arg(m_table.recordName(QStringLiteral("scheme"), QStringLiteral("name"), funding.schemeId),
                     funding.callClosesOn.toIso());
        });
}

bool FundingStore::callExists(qint64 schemeId, const PartialDate& closesOn) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM scheme_call WHERE scheme_id = ? AND closes_on = ?"));
    query.addBindValue(schemeId);
    query.addBindValue(closesOn.toIso());
    return query.exec() && query.next();
}

FieldValues FundingStore::columns(const Funding& funding) const
{
    return {
        {QStringLiteral("project_id"), FieldValue::id(funding.projectId)},
        {QStringLiteral("funder_actor_id"), FieldValue::id(funding.funderActorId)},
        {QStringLiteral("programme_code"), FieldValue::text(funding.programmeCode)},
        {QStringLiteral("year"), FieldValue::optional(funding.year)},
        {QStringLiteral("amount_cents"), QVariant(funding.amountCents)},
        {QStringLiteral("status_code"), FieldValue::text(funding.statusCode)},
        {QStringLiteral("notes"), FieldValue::text(funding.notes)},
        {QStringLiteral("scheme_id"), FieldValue::id(funding.schemeId)},
        {QStringLiteral("call_closes_on"), FieldValue::date(funding.callClosesOn)},
    };
}

FieldValues FundingStore::history(const Funding& funding, const HistoryScope& scope) const
{
    FieldValues values = scope.of(columns(funding));
    for (auto& [field, value] : values) {
        if (field == QLatin1String("project_id")) {
            field = QStringLiteral("project");
            value = m_table.recordName(QStringLiteral("project"), QStringLiteral("title"), funding.projectId);
        } else if (field == QLatin1String("funder_actor_id") && funding.funderActorId > 0) {
            field = QStringLiteral("funder");
            value =
                m_table.recordName(QStringLiteral("actor"), QStringLiteral("name"), funding.funderActorId);
        } else if (field == QLatin1String("funder_actor_id")) {
            field = QStringLiteral("funder");
        } else if (field == QLatin1String("scheme_id")) {
            field = QStringLiteral("scheme");
            if (funding.schemeId > 0)
                value =
                    m_table.recordName(QStringLiteral("scheme"), QStringLiteral("name"), funding.schemeId);
        } else if (field == QLatin1String("call_closes_on")) {
            field = QStringLiteral("call");
            value = callName(funding.schemeId, funding.callClosesOn);
        }
    }
    return values;
}

Funding FundingStore::fromRow(const Statement& row) const
{
    Funding funding;
    funding.id = SqlRow::id(row, QStringLiteral("id"));
    funding.uuid = SqlRow::text(row, QStringLiteral("uuid"));
    funding.projectId = SqlRow::id(row, QStringLiteral("project_id"));
    funding.funderActorId = SqlRow::id(row, QStringLiteral("funder_actor_id"));
    funding.programmeCode = SqlRow::text(row, QStringLiteral("programme_code"));
    const std::optional<qint64> year = SqlRow::optionalInteger(row, QStringLiteral("year"));
    if (year)
        funding.year = static_cast<int>(*year);
    funding.amountCents = SqlRow::id(row, QStringLiteral("amount_cents"));
    funding.statusCode = SqlRow::text(row, QStringLiteral("status_code"));
    funding.notes = SqlRow::text(row, QStringLiteral("notes"));
    funding.schemeId = SqlRow::id(row, QStringLiteral("scheme_id"));
    funding.callClosesOn = SqlRow::date(row, QStringLiteral("call_closes_on"));
    funding.createdAt = SqlRow::text(row, QStringLiteral("created_at"));
    funding.updatedAt = SqlRow::text(row, QStringLiteral("updated_at"));
    funding.version = SqlRow::id(row, QStringLiteral("version"));
    return funding;
}

QList<qint64> FundingStore::idsForProject(qint64 projectId) const
{
    QList<qint64> ids;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM funding WHERE project_id = ? ORDER BY id"));
    query.addBindValue(projectId);
    if (query.exec()) {
        while (query.next())
            ids << query.value(0).toLongLong();
    }
    return ids;
}

Funding FundingStore::mergeChanges(const Funding& base, const Funding& mine, const Funding& theirs) const
{
    // Every field the adviser can change; a new field of Funding belongs here too.
    return RecordMerge::changesOver(base, mine, theirs, &Funding::projectId, &Funding::funderActorId,
                                    &Funding::programmeCode, &Funding::year, &Funding::amountCents,
                                    &Funding::statusCode, &Funding::notes, &Funding::schemeId,
                                    &Funding::callClosesOn);
}

QString FundingStore::callName(qint64 schemeId, const PartialDate& closesOn) const
{
    if (closesOn.isNull())
        return {};
    // "Session 2 (2026-03-31)": the call's label when it has one, its closing date always (the
    // date is what names it within its scheme).
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT label FROM scheme_call WHERE scheme_id = ? AND closes_on = ?"));
    query.addBindValue(schemeId);
    query.addBindValue(closesOn.toIso());
    const QString label = query.exec() && query.next() ? query.value(0).toString() : QString();
    return label.isEmpty() ? closesOn.toIso()
                           : label + QStringLiteral(" (") + closesOn.toIso() + QLatin1Char(')');
}
