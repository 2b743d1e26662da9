#include "SchemeStore.h"

#include "store/LinkValues.h"
#include "store/RecordValidator.h"
#include "store/SqlRow.h"

#include <QSqlQuery>

#include <algorithm>

namespace {

const QString kActorTypes = QStringLiteral("scheme_actor_type");
const QString kZones = QStringLiteral("scheme_zone");
const QString kCountries = QStringLiteral("scheme_country");
const QString kThemes = QStringLiteral("scheme_theme");
const QString kConditions = QStringLiteral("scheme_condition");
const QString kCalls = QStringLiteral("scheme_call");
const QString kOwner = QStringLiteral("scheme_id");
// The closing date first: calls are read back in the order they close.
const QStringList kCallColumns = {QStringLiteral("closes_on"), QStringLiteral("opens_on"),
                                  QStringLiteral("label")};

QList<QVariantList> callRows(const QList<SchemeCall>& calls)
{
    QList<QVariantList> rows;
    for (const SchemeCall& call : calls)
        rows.append(
            {FieldValue::date(call.closesOn), FieldValue::date(call.opensOn), FieldValue::text(call.label)});
    return rows;
}

QList<SchemeCall> callsOf(const QList<QVariantList>& rows)
{
    QList<SchemeCall> calls;
    for (const QVariantList& row : rows) {
        SchemeCall call;
        call.closesOn = PartialDate::fromIso(row.at(0).toString()).value_or(PartialDate());
        call.opensOn = PartialDate::fromIso(row.at(1).toString()).value_or(PartialDate());
        call.label = row.at(2).toString();
        calls.append(call);
    }
    return calls;
}

// "Session 1: 2026-01-15 → 2026-03-31 | …", in closing order, as the change history shows the calls.
QString describeCalls(QList<SchemeCall> calls)
{
    std::sort(calls.begin(), calls.end(), [](const SchemeCall& a, const SchemeCall& b) {
        return a.closesOn.toIso() < b.closesOn.toIso();
    });
    QStringList texts;
    for (const SchemeCall& call : calls) {
        const QString period = call.opensOn.isNull()
                                   ? call.closesOn.toIso()
                                   : call.opensOn.toIso() + QStringLiteral(" → ") + call.closesOn.toIso();
        texts << (call.label.isEmpty() ? period : call.label + QStringLiteral(": ") + period);
    }
    return texts.join(QLatin1String(" | "));
}

} // namespace

SchemeStore::SchemeStore(const QSqlDatabase& db)
    : RecordStore(db, QStringLiteral("scheme"))
{
}

QString SchemeStore::missingMessage() const
{
    return tr("This support scheme no longer exists; it may have been deleted.");
}

void SchemeStore::collectProblems(const Scheme& scheme, RecordValidator& check) const
{
    check.require(!scheme.name.trimmed().isEmpty(), QStringLiteral("name"),
                  [&] { return tr("A support scheme needs a name."); });
    check.require(!scheme.kindCode.isEmpty(), QStringLiteral("kind"), [&] {
        return tr("Choose the kind of scheme (call for projects, fund, prize, technical support).");
    });
    check.codeExists(QStringLiteral("kind"), QStringLiteral("ref_scheme_kind"), scheme.kindCode,
                     [&] { return tr("\"%1\" is not a known kind of scheme.").arg(scheme.kindCode); });
    check.codeExists(
        QStringLiteral("programme"), QStringLiteral("ref_funding_programme"), scheme.programmeCode,
        [&] { return tr("\"%1\" is not a known funding programme.").arg(scheme.programmeCode); });
    check.require(!LinkValues::hasDuplicates(scheme.actorTypeCodes), QStringLiteral("actor_types"),
                  [&] { return tr("The same actor type is listed twice."); });
    check.codesExist(QStringLiteral("actor_types"), QStringLiteral("ref_actor_type"), scheme.actorTypeCodes,
                     [&] { return tr("\"%1\" is not a known actor type."); });
    check.require(!LinkValues::hasDuplicates(scheme.zoneCodes), QStringLiteral("zones"),
                  [&] { return tr("The same zone is listed twice."); });
    check.codesExist(QStringLiteral("zones"), QStringLiteral("ref_zone"), scheme.zoneCodes,
                     [&] { return tr("\"%1\" is not a known zone."); });
    check.require(!LinkValues::hasDuplicates(scheme.countryCodes), QStringLiteral("countries"),
                  [&] { return tr("The same country is listed twice."); });
    check.codesExist(QStringLiteral("countries"), QStringLiteral("ref_country"), scheme.countryCodes,
                     [&] { return tr("\"%1\" is not a known country code."); });
    check.themeCodes(scheme.themeCodes);
    check.require(!LinkValues::hasDuplicates(scheme.conditionCodes), QStringLiteral("conditions"),
                  [&] { return tr("The same condition is listed twice."); });
    check.codesExist(QStringLiteral("conditions"), QStringLiteral("ref_scheme_condition"),
                     scheme.conditionCodes, [&] { return tr("\"%1\" is not a known condition."); });
    check.require(!scheme.amountMinCents || *scheme.amountMinCents >= 0, QStringLiteral("amount_min"),
                  [&] { return tr("An amount cannot be negative."); });
    check.require(!scheme.amountMaxCents || *scheme.amountMaxCents >= 0, QStringLiteral("amount_max"),
                  [&] { return tr("An amount cannot be negative."); });
    check.require(!scheme.amountMinCents || !scheme.amountMaxCents ||
                      *scheme.amountMinCents <= *scheme.amountMaxCents,
                  QStringLiteral("amount_max"),
                  [&] { return tr("The largest amount is smaller than the smallest amount."); });
    check.require(!scheme.cofundingMaxPercent ||
                      (*scheme.cofundingMaxPercent >= 1 && *scheme.cofundingMaxPercent <= 100),
                  QStringLiteral("cofunding"),
                  [&] { return tr("A co-funding rate is a percentage between 1 and 100."); });
    QList<PartialDate> closings;
    for (const SchemeCall& call : scheme.calls) {
        check.require(!call.closesOn.isNull(), QStringLiteral("calls"),
                      [&] { return tr("Each call needs its closing date."); });
        check.dateOrder(QStringLiteral("calls"), call.opensOn, call.closesOn,
                        [&] { return tr("A call closes (%1) before it opens (%2)."); });
        closings << call.closesOn;
    }
    check.require(!LinkValues::hasDuplicates(closings), QStringLiteral("calls"),
                  [&] { return tr("Two calls close on the same date."); });
    // A call is known by its closing date: one that funding lines name stays, with that date.
    // The map in a variable: a range over a temporary's asKeyValueRange() outlives the map. And
    // plain names, not structured bindings, which clang 14 cannot capture in the lambdas below.
    const QMap<QString, int> named = namedCalls(scheme.id);
    for (auto it = named.cbegin(); it != named.cend(); ++it) {
        const QString closesOn = it.key();
        const int lines = it.value();
        const bool kept =
            std::any_of(scheme.calls.cbegin(), scheme.calls.cend(),
                        [&](const SchemeCall& call) { return call.closesOn.toIso() == closesOn; });
        check.require(kept, QStringLiteral("calls"), [&] {
            return tr("The call closing on %1 is named by %n funding line(s): link them to another call "
                      "before removing this one or changing its closing date.",
                      nullptr, lines)
                .arg(closesOn);
        });
    }
}

QMap<QString, int> SchemeStore::namedCalls(qint64 schemeId) const
{
    QMap<QString, int> lines;
    if (schemeId <= 0)
        return lines;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT call_closes_on, count(*) FROM funding WHERE scheme_id = ? "
                                 "AND call_closes_on IS NOT NULL GROUP BY call_closes_on"));
    query.addBindValue(schemeId);
    if (query.exec()) {
        while (query.next())
            lines.insert(query.value(0).toString(), query.value(1).toInt());
    }
    return lines;
}

int SchemeStore::fundingLineCount(qint64 schemeId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM funding WHERE scheme_id = ?"));
    query.addBindValue(schemeId);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

Status SchemeStore::prepareRemoval(const Scheme& scheme, TrashEntry* /*trash*/)
{
    const int lines = fundingLineCount(scheme.id);
    if (lines == 0)
        return {};
    return Status::failure(tr("\"%1\" is named by %n funding line(s): link them to another scheme or to "
                              "none before deleting it.",
                              nullptr, lines)
                               .arg(scheme.name));
}

FieldValues SchemeStore::columns(const Scheme& scheme) const
{
    return {
        {QStringLiteral("name"), FieldValue::text(scheme.name)},
        {QStringLiteral("funder"), FieldValue::text(scheme.funder)},
        {QStringLiteral("programme_code"), FieldValue::text(scheme.programmeCode)},
        {QStringLiteral("kind_code"), FieldValue::text(scheme.kindCode)},
        {QStringLiteral("amount_min_cents"), FieldValue::optional(scheme.amountMinCents)},
        {QStringLiteral("amount_max_cents"), FieldValue::optional(scheme.amountMaxCents)},
        {QStringLiteral("cofunding_max_percent"), FieldValue::optional(scheme.cofundingMaxPercent)},
        {QStringLiteral("url"), FieldValue::text(scheme.url)},
        {QStringLiteral("contact"), FieldValue::text(scheme.contact)},
        {QStringLiteral("description"), FieldValue::text(scheme.description)},
        {QStringLiteral("source"), FieldValue::text(scheme.source)},
        {QStringLiteral("verified_on"), FieldValue::date(scheme.verifiedOn)},
    };
}

QList<LinkRows> SchemeStore::links(const Scheme& scheme) const
{
    return {
        {kActorTypes,
         kOwner,
         {QStringLiteral("actor_type_code")},
         LinkValues::fromCodes(scheme.actorTypeCodes)},
        {kZones, kOwner, {QStringLiteral("zone_code")}, LinkValues::fromCodes(scheme.zoneCodes)},
        {kCountries, kOwner, {QStringLiteral("country_code")}, LinkValues::fromCodes(scheme.countryCodes)},
        {kThemes, kOwner, {QStringLiteral("theme_code")}, LinkValues::fromCodes(scheme.themeCodes)},
        {kConditions,
         kOwner,
         {QStringLiteral("condition_code")},
         LinkValues::fromCodes(scheme.conditionCodes)},
        {kCalls, kOwner, kCallColumns, callRows(scheme.calls)},
    };
}

FieldValues SchemeStore::history(const Scheme& scheme, const HistoryScope& scope) const
{
    FieldValues values = scope.of(FieldValue::readable(columns(scheme)));
    const QLatin1String separator(" | ");
    const auto codes = [&](const QString& table, const char* field, const QStringList& list) {
        if (scope.covers(table))
            values.append(
                {QLatin1String(field), FieldValue::text(LinkValues::canonical(list).join(separator))});
    };
    codes(kActorTypes, "actor_types", scheme.actorTypeCodes);
    codes(kZones, "zones", scheme.zoneCodes);
    codes(kCountries, "countries", scheme.countryCodes);
    codes(kThemes, "themes", scheme.themeCodes);
    codes(kConditions, "conditions", scheme.conditionCodes);
    if (scope.covers(kCalls))
        values.append({QStringLiteral("calls"), FieldValue::text(describeCalls(scheme.calls))});
    return values;
}

Scheme SchemeStore::fromRow(const Statement& row) const
{
    Scheme scheme;
    scheme.id = SqlRow::id(row, QStringLiteral("id"));
    scheme.uuid = SqlRow::text(row, QStringLiteral("uuid"));
    scheme.name = SqlRow::text(row, QStringLiteral("name"));
    scheme.funder = SqlRow::text(row, QStringLiteral("funder"));
    scheme.programmeCode = SqlRow::text(row, QStringLiteral("programme_code"));
    scheme.kindCode = SqlRow::text(row, QStringLiteral("kind_code"));
    scheme.amountMinCents = SqlRow::optionalInteger(row, QStringLiteral("amount_min_cents"));
    scheme.amountMaxCents = SqlRow::optionalInteger(row, QStringLiteral("amount_max_cents"));
    if (const auto rate = SqlRow::optionalInteger(row, QStringLiteral("cofunding_max_percent")))
        scheme.cofundingMaxPercent = static_cast<int>(*rate);
    scheme.url = SqlRow::text(row, QStringLiteral("url"));
    scheme.contact = SqlRow::text(row, QStringLiteral("contact"));
    scheme.description = SqlRow::text(row, QStringLiteral("description"));
    scheme.source = SqlRow::text(row, QStringLiteral("source"));
    scheme.verifiedOn = SqlRow::date(row, QStringLiteral("verified_on"));
    scheme.createdAt = SqlRow::text(row, QStringLiteral("created_at"));
    scheme.updatedAt = SqlRow::text(row, QStringLiteral("updated_at"));
    scheme.version = SqlRow::id(row, QStringLiteral("version"));
    const auto codes = [&](const QString& table, const char* column) {
        return LinkValues::toCodes(m_table.loadLinks(table, kOwner, {QLatin1String(column)}, scheme.id));
    };
    scheme.actorTypeCodes = codes(kActorTypes, "actor_type_code");
    scheme.zoneCodes = codes(kZones, "zone_code");
    scheme.countryCodes = codes(kCountries, "country_code");
    scheme.themeCodes = codes(kThemes, "theme_code");
    scheme.conditionCodes = codes(kConditions, "condition_code");
    scheme.calls = callsOf(m_table.loadLinks(kCalls, kOwner, kCallColumns, scheme.id));
    return scheme;
}

Scheme SchemeStore::mergeChanges(const Scheme& base, const Scheme& mine, const Scheme& theirs) const
{
    // Every field the adviser can change; a new field of Scheme belongs here too.
    return RecordMerge::changesOver(
        base, mine, theirs, &Scheme::name, &Scheme::funder, &Scheme::programmeCode, &Scheme::kindCode,
        &Scheme::actorTypeCodes, &Scheme::zoneCodes, &Scheme::countryCodes, &Scheme::themeCodes,
        &Scheme::conditionCodes, &Scheme::amountMinCents, &Scheme::amountMaxCents,
        &Scheme::cofundingMaxPercent, &Scheme::calls, &Scheme::url, &Scheme::contact, &Scheme::description,
        &Scheme::source, &Scheme::verifiedOn);
}
