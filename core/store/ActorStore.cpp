#include "ActorStore.h"

#include "common/Identifiers.h"
#include "common/TextFolding.h"
#include "refdata/GeoLookup.h"
#include "refdata/PlaceMatcher.h"
#include "store/RecordValidator.h"
#include "store/SqlRow.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace {

const QString kTable = QStringLiteral("actor");

int countRows(const QSqlDatabase& db, const QString& sql, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(sql);
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

} // namespace

ActorStore::ActorStore(const QSqlDatabase& db)
    : RecordStore(db, kTable)
{
}

ActorStore::~ActorStore() = default;

const PlaceMatcher& ActorStore::places() const
{
    if (!m_places)
        m_places = std::make_unique<PlaceMatcher>(m_db);
    return *m_places;
}

QString ActorStore::missingMessage() const
{
    return tr("This actor no longer exists; it may have been deleted.");
}

void ActorStore::collectProblems(const Actor& actor, RecordValidator& check) const
{
    check.require(!actor.name.trimmed().isEmpty(), QStringLiteral("name"),
                  [&] { return tr("An actor needs a name."); });
    check.codeExists(QStringLiteral("actor_type"), QStringLiteral("ref_actor_type"), actor.typeCode,
                     [&] { return tr("\"%1\" is not a known type of actor.").arg(actor.typeCode); });
    check.require(
        actor.inseeCode.isEmpty() || Identifiers::isInseeCommuneCode(actor.inseeCode),
        QStringLiteral("actor_code"), [&] {
            return tr("\"%1\" is not an INSEE commune code (five characters, such as 69123 or 2A004).")
                .arg(actor.inseeCode);
        });
    // A well-formed code must also name a commune, current or former (a merged commune's old code
    // still identifies it; the reference-data update moves such actors to the current commune).
    const GeoLookup geography(m_db);
    // Not a structured binding: clang 14 (C++20 before P1091) cannot capture one in the lambda.
    for (const auto& entry : {std::pair{QStringLiteral("actor_code"), actor.inseeCode},
                              std::pair{QStringLiteral("commune"), actor.communeInsee}}) {
        const QString& code = entry.second;
        if (!Identifiers::isInseeCommuneCode(code))
            continue;
        const std::optional<CommuneMatch> commune = geography.communeByCode(code);
        if (!commune) {
            check.require(false, entry.first,
                          [&] { return tr("%1 is not the INSEE code of a French commune.").arg(code); });
            continue;
        }
        // A code and a département that contradict each other: one of them is wrong. 69D and 69M
        // are the Rhône either way.
        const QString& departement = commune->commune.departementCode;
        check.require(actor.departementCode.isEmpty() || actor.departementCode == departement ||
                          (actor.departementCode.startsWith(QLatin1String("69")) &&
                           departement.startsWith(QLatin1String("69"))),
                      QStringLiteral("departement"), [&] {
                          return tr("%1 is the INSEE code of %2, in département %3, not %4.")
                              .arg(code, commune->commune.name, departement, actor.departementCode);
                      });
        // A commune whose name designates another commune of the region than its code: « Lyon »
        // with the code of Annecy is one typing slip away from counting Annecy's twinnings as
        // Lyon's. A former name or code of the same commune agrees with it.
        if (entry.first == QLatin1String("actor_code") && actor.typeCode == QLatin1String("commune")) {
            const PlaceNameMatch named = places().match(actor.name, actor.departementCode);
            const bool contradicts = named.place && named.place->typeCode == QLatin1String("commune") &&
                                     named.place->inseeCode != commune->commune.code;
            check.require(!contradicts, QStringLiteral("actor_code"), [&] {
                return tr("\"%1\" names the commune of %2 (%3), but %4 is the INSEE code of %5.")
                    .arg(actor.name, named.place->name, named.place->inseeCode, code, commune->commune.name);
            });
        }
    }
    check.require(
        actor.communeInsee.isEmpty() || Identifiers::isInseeCommuneCode(actor.communeInsee),
        QStringLiteral("commune"), [&] {
            return tr("\"%1\" is not an INSEE commune code (five characters, such as 69123 or 2A004).")
                .arg(actor.communeInsee);
        });
    check.require(actor.siren.isEmpty() || Identifiers::isSiren(actor.siren), QStringLiteral("siren"), [&] {
        return tr("\"%1\" is not a valid SIREN number (nine digits with a valid check digit).")
            .arg(actor.siren);
    });
    check.require(actor.rna.isEmpty() || Identifiers::isRna(actor.rna), QStringLiteral("rna"), [&] {
        return tr("\"%1\" is not an RNA number (W followed by nine digits).").arg(actor.rna);
    });
    check.codeExists(QStringLiteral("departement"), QStringLiteral("ref_departement"), actor.departementCode,
                     [&] { return tr("\"%1\" is not a known département.").arg(actor.departementCode); });
    check.require(!actor.population || *actor.population >= 0, QStringLiteral("population"),
                  [&] { return tr("The population cannot be negative."); });
    check.require(actor.parentActorId == 0 || actor.parentActorId != actor.id, QStringLiteral("parent"),
                  [&] { return tr("An actor cannot be its own parent."); });
    check.recordExists(QStringLiteral("parent"), kTable, actor.parentActorId,
                       [&] { return tr("The parent actor no longer exists."); });
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    check.require(actor.email.isEmpty() || email.match(actor.email.trimmed()).hasMatch(),
                  QStringLiteral("email"),
                  [&] { return tr("\"%1\" is not an e-mail address.").arg(actor.email); });
}

FieldValues ActorStore::columns(const Actor& actor) const
{
    return {
        {QStringLiteral("name"), FieldValue::text(actor.name)},
        {QStringLiteral("name_normalized"), TextFolding::normalizedName(actor.name)},
        {QStringLiteral("acronym"), FieldValue::text(actor.acronym)},
        {QStringLiteral("actor_type_code"), FieldValue::text(actor.typeCode)},
        {QStringLiteral("insee_code"), FieldValue::text(actor.inseeCode)},
        {QStringLiteral("siren"), FieldValue::text(actor.siren)},
        {QStringLiteral("rna"), FieldValue::text(actor.rna)},
        {QStringLiteral("address"), FieldValue::text(actor.address)},
        {QStringLiteral("postcode"), FieldValue::text(actor.postcode)},
        {QStringLiteral("commune_insee"), FieldValue::text(actor.communeInsee)},
        {QStringLiteral("departement_code"), FieldValue::text(actor.departementCode)},
        {QStringLiteral("population"), FieldValue::optional(actor.population)},
        {QStringLiteral("parent_actor_id"), FieldValue::id(actor.parentActorId)},
        {QStringLiteral("website"), FieldValue::text(actor.website)},
        {QStringLiteral("email"), FieldValue::text(actor.email)},
        {QStringLiteral("phone"), FieldValue::text(actor.phone)},
        {QStringLiteral("source"), FieldValue::text(actor.source)},
        {QStringLiteral("verified_on"), FieldValue::date(actor.verifiedOn)},
        {QStringLiteral("notes"), FieldValue::text(actor.notes)},
    };
}

Status ActorStore::prepareRemoval(const Actor& actor, TrashEntry* /*trash*/)
{
    const Usage used = usage(actor.id);
    if (!used.any())
        return {};
    return Status::failure(tr("\"%1\" cannot be deleted while other records refer to it (partnerships: %2, "
                              "projects: %3, funding lines: %4, attached actors: %5).")
                               .arg(actor.name)
                               .arg(used.partnerships)
                               .arg(used.projects)
                               .arg(used.fundings)
                               .arg(used.children));
}

ActorStore::Usage ActorStore::usage(qint64 id) const
{
    Usage used;
    used.partnerships =
        countRows(m_db, QStringLiteral("SELECT count(*) FROM partnership_actor WHERE actor_id = ?"), id);
    used.projects =
        countRows(m_db, QStringLiteral("SELECT count(*) FROM project_actor WHERE actor_id = ?"), id);
    used.fundings =
        countRows(m_db, QStringLiteral("SELECT count(*) FROM funding WHERE funder_actor_id = ?"), id);
    used.children =
        countRows(m_db, QStringLiteral("SELECT count(*) FROM actor WHERE parent_actor_id = ?"), id);
    return used;
}

Actor ActorStore::fromRow(const QSqlQuery& query) const
{
    Actor actor;
    actor.id = SqlRow::id(query, QStringLiteral("id"));
    actor.uuid = SqlRow::text(query, QStringLiteral("uuid"));
    actor.name = SqlRow::text(query, QStringLiteral("name"));
    actor.acronym = SqlRow::text(query, QStringLiteral("acronym"));
    actor.typeCode = SqlRow::text(query, QStringLiteral("actor_type_code"));
    actor.inseeCode = SqlRow::text(query, QStringLiteral("insee_code"));
    actor.siren = SqlRow::text(query, QStringLiteral("siren"));
    actor.rna = SqlRow::text(query, QStringLiteral("rna"));
    actor.address = SqlRow::text(query, QStringLiteral("address"));
    actor.postcode = SqlRow::text(query, QStringLiteral("postcode"));
    actor.communeInsee = SqlRow::text(query, QStringLiteral("commune_insee"));
    actor.departementCode = SqlRow::text(query, QStringLiteral("departement_code"));
    actor.population = SqlRow::optionalInteger(query, QStringLiteral("population"));
    actor.parentActorId = SqlRow::id(query, QStringLiteral("parent_actor_id"));
    actor.website = SqlRow::text(query, QStringLiteral("website"));
    actor.email = SqlRow::text(query, QStringLiteral("email"));
    actor.phone = SqlRow::text(query, QStringLiteral("phone"));
    actor.source = SqlRow::text(query, QStringLiteral("source"));
    actor.verifiedOn = SqlRow::date(query, QStringLiteral("verified_on"));
    actor.notes = SqlRow::text(query, QStringLiteral("notes"));
    actor.createdAt = SqlRow::text(query, QStringLiteral("created_at"));
    actor.updatedAt = SqlRow::text(query, QStringLiteral("updated_at"));
    actor.version = SqlRow::id(query, QStringLiteral("version"));
    return actor;
}

Actor ActorStore::mergeChanges(const Actor& base, const Actor& mine, const Actor& theirs) const
{
    // Every field the adviser can change; a new field of Actor belongs here too.
    return RecordMerge::changesOver(base, mine, theirs, &Actor::name, &Actor::acronym, &Actor::typeCode,
                                    &Actor::inseeCode, &Actor::siren, &Actor::rna, &Actor::address,
                                    &Actor::postcode, &Actor::communeInsee, &Actor::departementCode,
                                    &Actor::population, &Actor::parentActorId, &Actor::website, &Actor::email,
                                    &Actor::phone, &Actor::source, &Actor::verifiedOn, &Actor::notes);
}
