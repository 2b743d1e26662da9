#include "ActorStore.h"

#include "common/Identifiers.h"
#include "common/Money.h"
#include "common/TextFolding.h"
#include "refdata/GeoLookup.h"
#include "refdata/PlaceMatcher.h"
#include "report/ReportRules.h"
#include "store/LinkValues.h"
#include "store/RecordValidator.h"
#include "store/SqlRow.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace {

const QString kTable = QStringLiteral("actor");
const QString kApd = QStringLiteral("actor_apd_declaration");
const QString kOwner = QStringLiteral("actor_id");
const QStringList kApdColumns = {QStringLiteral("year"), QStringLiteral("declared"),
                                 QStringLiteral("amount_cents"), QStringLiteral("declared_on")};

QList<QVariantList> apdRows(const QList<ApdDeclaration>& declarations)
{
    QList<QVariantList> rows;
    for (const ApdDeclaration& d : declarations)
        rows.append({d.year, FieldValue::flag(d.declared), FieldValue::optional(d.amountCents),
                     FieldValue::date(d.declaredOn)});
    return rows;
}

QList<ApdDeclaration> apdOf(const QList<QVariantList>& rows)
{
    QList<ApdDeclaration> declarations;
    for (const QVariantList& row : rows) {
        ApdDeclaration d;
        d.year = row.at(0).toInt();
        d.declared = row.at(1).toInt() == 1;
        if (!row.at(2).isNull())
            d.amountCents = row.at(2).toLongLong();
        d.declaredOn = PartialDate::fromIso(row.at(3).toString()).value_or(PartialDate());
        declarations.append(d);
    }
    std::sort(declarations.begin(), declarations.end(),
              [](const ApdDeclaration& a, const ApdDeclaration& b) { return a.year > b.year; });
    return declarations;
}

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

ActorStore::ActorStore(const QSqlDatabase& db, std::shared_ptr<const PlaceMatcher> places)
    : RecordStore(db, kTable)
    , m_places(std::move(places))
{
}

ActorStore::~ActorStore() = default;

const PlaceMatcher& ActorStore::places() const
{
    if (!m_places)
        m_places = std::make_shared<const PlaceMatcher>(m_db);
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
    // The store's one lookup (its place matcher's): each commune read once, however many actors
    // an import checks with its code.
    const GeoLookup& geography = places().geography();
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
                          return tr("%1 is the INSEE code of %2, in department %3, not %4.")
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
                     [&] { return tr("\"%1\" is not a known department.").arg(actor.departementCode); });
    check.require(!actor.population || *actor.population >= 0, QStringLiteral("population"),
                  [&] { return tr("The population cannot be negative."); });
    check.require(actor.parentActorId == 0 || actor.parentActorId != actor.id, QStringLiteral("parent"),
                  [&] { return tr("An actor cannot be its own parent."); });
    check.recordExists(QStringLiteral("parent"), kTable, actor.parentActorId,
                       [&] { return tr("The parent actor no longer exists."); });
    QList<int> years;
    for (const ApdDeclaration& d : actor.apdDeclarations) {
        check.require(d.year >= 1900 && d.year <= 2200, QStringLiteral("apd_years"),
                      [&] { return tr("%1 is not a year of ODA declaration.").arg(d.year); });
        check.require(!d.amountCents || *d.amountCents >= 0, QStringLiteral("apd_amounts"),
                      [&] { return tr("An amount cannot be negative."); });
        check.require(d.declared || (!d.amountCents && d.declaredOn.isNull()), QStringLiteral("apd_declared"),
                      [&] {
                          return tr("The ODA of %1 is marked as not declared: it has no amount nor date "
                                    "of declaration.")
                              .arg(d.year);
                      });
        years << d.year;
    }
    check.require(!LinkValues::hasDuplicates(years), QStringLiteral("apd_years"),
                  [&] { return tr("The same year of ODA declaration is listed twice."); });
    check.require(actor.apdDeclarations.isEmpty() || isLocalAuthority(actor.typeCode),
                  QStringLiteral("apd_years"), [&] {
                      return tr("Only local authorities and their groupings declare their ODA: choose such "
                                "a type, or remove the declarations.");
                  });
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

QList<LinkRows> ActorStore::links(const Actor& actor) const
{
    return {{kApd, kOwner, kApdColumns, apdRows(actor.apdDeclarations)}};
}

QString ActorStore::describeApd(QList<ApdDeclaration> declarations)
{
    std::sort(declarations.begin(), declarations.end(),
              [](const ApdDeclaration& a, const ApdDeclaration& b) { return a.year > b.year; });
    // Signs rather than words: the history keeps the text, read later in either language.
    const QLocale french(QLocale::French, QLocale::France);
    QStringList texts;
    for (const ApdDeclaration& d : declarations) {
        QStringList parts{QString::number(d.year), d.declared ? QStringLiteral("✓") : QStringLiteral("✗")};
        if (d.amountCents)
            parts << Money::format(*d.amountCents, french);
        if (!d.declaredOn.isNull())
            parts << d.declaredOn.toIso();
        texts << parts.join(QLatin1Char(' '));
    }
    return texts.join(QLatin1String(" | "));
}

FieldValues ActorStore::history(const Actor& actor, const HistoryScope& scope) const
{
    FieldValues values = scope.of(FieldValue::readable(columns(actor)));
    if (scope.covers(kApd))
        values.append(
            {QStringLiteral("apd_declarations"), FieldValue::text(describeApd(actor.apdDeclarations))});
    return values;
}

bool ActorStore::isLocalAuthority(const QString& typeCode) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT family_code FROM ref_actor_type WHERE code = ?"));
    query.addBindValue(typeCode);
    return query.exec() && query.next() &&
           ReportRules::ApdDeclared::isLocalAuthority(query.value(0).toString().toStdString());
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

Actor ActorStore::fromRow(const Statement& row) const
{
    Actor actor;
    actor.id = SqlRow::id(row, QStringLiteral("id"));
    actor.uuid = SqlRow::text(row, QStringLiteral("uuid"));
    actor.name = SqlRow::text(row, QStringLiteral("name"));
    actor.acronym = SqlRow::text(row, QStringLiteral("acronym"));
    actor.typeCode = SqlRow::text(row, QStringLiteral("actor_type_code"));
    actor.inseeCode = SqlRow::text(row, QStringLiteral("insee_code"));
    actor.siren = SqlRow::text(row, QStringLiteral("siren"));
    actor.rna = SqlRow::text(row, QStringLiteral("rna"));
    actor.address = SqlRow::text(row, QStringLiteral("address"));
    actor.postcode = SqlRow::text(row, QStringLiteral("postcode"));
    actor.communeInsee = SqlRow::text(row, QStringLiteral("commune_insee"));
    actor.departementCode = SqlRow::text(row, QStringLiteral("departement_code"));
    actor.population = SqlRow::optionalInteger(row, QStringLiteral("population"));
    actor.parentActorId = SqlRow::id(row, QStringLiteral("parent_actor_id"));
    actor.website = SqlRow::text(row, QStringLiteral("website"));
    actor.email = SqlRow::text(row, QStringLiteral("email"));
    actor.phone = SqlRow::text(row, QStringLiteral("phone"));
    actor.source = SqlRow::text(row, QStringLiteral("source"));
    actor.verifiedOn = SqlRow::date(row, QStringLiteral("verified_on"));
    actor.notes = SqlRow::text(row, QStringLiteral("notes"));
    actor.createdAt = SqlRow::text(row, QStringLiteral("created_at"));
    actor.updatedAt = SqlRow::text(row, QStringLiteral("updated_at"));
    actor.version = SqlRow::id(row, QStringLiteral("version"));
    actor.apdDeclarations = apdOf(m_table.loadLinks(kApd, kOwner, kApdColumns, actor.id));
    return actor;
}

Actor ActorStore::mergeChanges(const Actor& base, const Actor& mine, const Actor& theirs) const
{
    // Every field the adviser can change; a new field of Actor belongs here too.
    return RecordMerge::changesOver(
        base, mine, theirs, &Actor::name, &Actor::acronym, &Actor::typeCode, &Actor::inseeCode, &Actor::siren,
        &Actor::rna, &Actor::address, &Actor::postcode, &Actor::communeInsee, &Actor::departementCode,
        &Actor::population, &Actor::parentActorId, &Actor::website, &Actor::email, &Actor::phone,
        &Actor::source, &Actor::verifiedOn, &Actor::notes, &Actor::apdDeclarations);
}
