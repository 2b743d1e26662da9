#include "support/QtPrinting.h"
#include "support/StoreFixture.h"
#include "support/TemporaryFile.h"

#include "schemes/SchemeMatch.h"
#include "schemes/SchemeMatching.h"
#include "store/ActorStore.h"
#include "store/PartnershipStore.h"
#include "store/ProjectStore.h"
#include "store/SchemeStore.h"

#include <QFile>
#include <QTemporaryDir>

namespace {

const QDate kToday(2026, 3, 31);

QString codeAsLabel(const QString&, const QString& code)
{
    return code;
}

const QHash<QString, QString> kZones = {{QStringLiteral("SN"), QStringLiteral("afrique_ouest")},
                                        {QStringLiteral("BF"), QStringLiteral("afrique_ouest")},
                                        {QStringLiteral("DE"), QStringLiteral("union_europeenne")}};

Scheme scheme()
{
    Scheme s;
    s.id = 1;
    s.name = QStringLiteral("Eau");
    s.kindCode = QStringLiteral("appel_a_projets");
    return s;
}

Applicant commune(const QString& country = QString(), const QString& theme = QString())
{
    Applicant a;
    a.id = 7;
    a.name = QStringLiteral("Grenoble");
    a.actorTypeCodes = {QStringLiteral("commune")};
    if (!country.isEmpty())
        a.countries[country] = QStringList{QStringLiteral("Jumelage – Kaya")};
    if (!theme.isEmpty())
        a.themes[theme] = QStringList{QStringLiteral("Accès à l'eau")};
    return a;
}

SchemeFit evaluate(const Scheme& s, const Applicant& a)
{
    return SchemeMatch::evaluate(s, a, kZones, kToday, codeAsLabel);
}

SchemeFit::State stateOf(const SchemeFit& fit, const QString& key)
{
    for (const SchemeFit::Criterion& criterion : fit.criteria) {
        if (criterion.key == key)
            return criterion.state;
    }
    FAIL("no criterion " << key.toStdString());
    return SchemeFit::State::Missing;
}

} // namespace

TEST_CASE("Matching: the actor type is open, or not, or unknown", "[schemes][matching]")
{
    Scheme s = scheme();
    CHECK(stateOf(evaluate(s, commune()), QStringLiteral("actor_type")) == SchemeFit::State::Met);
    s.actorTypeCodes = {QStringLiteral("commune"), QStringLiteral("epci")};
    SchemeFit fit = evaluate(s, commune());
    CHECK(stateOf(fit, QStringLiteral("actor_type")) == SchemeFit::State::Met);
    CHECK(fit.fits);

    Applicant association = commune();
    association.actorTypeCodes = {QStringLiteral("asso_si")};
    fit = evaluate(s, association);
    CHECK(stateOf(fit, QStringLiteral("actor_type")) == SchemeFit::State::Missing);
    CHECK_FALSE(fit.fits);
    CHECK(fit.texts(SchemeFit::State::Missing).first() == QStringLiteral("open only to: commune, epci"));

    Applicant unknown = commune();
    unknown.actorTypeCodes.clear();
    CHECK_FALSE(evaluate(s, unknown).fits);
}

TEST_CASE("Matching: the place is one of the scheme's countries or in its zones", "[schemes][matching]")
{
    Scheme s = scheme();
    CHECK(evaluate(s, commune()).fits); // a scheme without places is open anywhere

    s.countryCodes = {QStringLiteral("BF")};
    SchemeFit fit = evaluate(s, commune(QStringLiteral("BF")));
    CHECK(fit.fits);
    CHECK(fit.texts(SchemeFit::State::Met).contains(QStringLiteral("works in BF (Jumelage – Kaya)")));
    fit = evaluate(s, commune(QStringLiteral("SN")));
    CHECK(stateOf(fit, QStringLiteral("place")) == SchemeFit::State::Missing);
    CHECK_FALSE(fit.fits);
    CHECK_FALSE(evaluate(s, commune()).fits); // no partnership anywhere

    s.countryCodes.clear();
    s.zoneCodes = {QStringLiteral("afrique_ouest")};
    CHECK(evaluate(s, commune(QStringLiteral("SN"))).fits);
    CHECK_FALSE(evaluate(s, commune(QStringLiteral("DE"))).fits);
}

TEST_CASE("Matching: themes in common rank higher; none missing does not exclude", "[schemes][matching]")
{
    Scheme s = scheme();
    s.themeCodes = {QStringLiteral("eau_assainissement")};
    const SchemeFit with = evaluate(s, commune(QString(), QStringLiteral("eau_assainissement")));
    const SchemeFit without = evaluate(s, commune(QString(), QStringLiteral("sante")));
    CHECK(stateOf(with, QStringLiteral("themes")) == SchemeFit::State::Met);
    CHECK(stateOf(without, QStringLiteral("themes")) == SchemeFit::State::Missing);
    CHECK(without.fits);
    CHECK(with.score > without.score);
}

TEST_CASE("Matching: conditions the observatory records are checked, the others are to check",
          "[schemes][matching]")
{
    Scheme s = scheme();
    s.conditionCodes = {QStringLiteral("convention_partenariat"), QStringLiteral("declaration_apd")};
    Applicant a = commune();
    CHECK(stateOf(evaluate(s, a), QStringLiteral("convention_partenariat")) == SchemeFit::State::Missing);
    a.formalizedPartnership = true;
    const SchemeFit fit = evaluate(s, a);
    CHECK(stateOf(fit, QStringLiteral("convention_partenariat")) == SchemeFit::State::Met);
    // Not a local authority: the APD is asked of local authorities, to check with the actor.
    CHECK(stateOf(fit, QStringLiteral("declaration_apd")) == SchemeFit::State::ToCheck);
}

TEST_CASE("Matching: the APD declaration of the year before the next call's closing, or before today's year",
          "[schemes][matching]")
{
    Scheme s = scheme();
    s.conditionCodes = {QStringLiteral("declaration_apd")};
    Applicant a = commune();
    a.localAuthority = true;
    const auto state = [&] { return stateOf(evaluate(s, a), QStringLiteral("declaration_apd")); };

    // No call: open all year; today is in 2026, so the 2025 declaration is asked for.
    CHECK(SchemeMatch::apdYearRequired(QDate(), kToday) == 2025);
    CHECK(state() == SchemeFit::State::Missing);
    a.apdDeclaredYears = {2024};
    CHECK(state() == SchemeFit::State::Missing); // the year before is not enough
    a.apdDeclaredYears = {2025};
    CHECK(state() == SchemeFit::State::Met);
    CHECK(
        evaluate(s, a).texts(SchemeFit::State::Met).join(QLatin1Char('|')).contains(QStringLiteral("2025")));

    // A call closing in January 2027 asks for 2026; one closed before today does not count.
    SchemeCall closed;
    closed.closesOn = *PartialDate::parse(QStringLiteral("30/03/2026"));
    SchemeCall next;
    next.closesOn = *PartialDate::parse(QStringLiteral("15/01/2027"));
    s.calls = {closed, next};
    CHECK(SchemeMatch::apdYearRequired(SchemeMatch::nextClosing(s, kToday), kToday) == 2026);
    CHECK(state() == SchemeFit::State::Missing);
    a.apdDeclaredYears = {2025, 2026};
    CHECK(state() == SchemeFit::State::Met);
    // A call closing today (still open) in 2026 asks for 2025.
    SchemeCall today;
    today.closesOn = PartialDate::ofDay(kToday);
    s.calls = {today};
    a.apdDeclaredYears = {2025};
    CHECK(state() == SchemeFit::State::Met);

    // The condition does not exclude: the scheme still fits, the missing declaration is said.
    a.apdDeclaredYears.clear();
    const SchemeFit fit = evaluate(s, a);
    CHECK(fit.fits);
    CHECK(fit.texts(SchemeFit::State::Missing).join(QLatin1Char('|')).contains(QStringLiteral("2025")));
}

TEST_CASE("Matching: a call closing today is open, yesterday's is not; a month closes on its last day",
          "[schemes][matching][calendar]")
{
    Scheme s = scheme();
    CHECK(evaluate(s, commune()).open); // no calls: open all year round
    s.calls = {{QString(), PartialDate(), PartialDate::ofDay(kToday)}};
    CHECK(evaluate(s, commune()).open);
    CHECK(evaluate(s, commune()).nextClosing == kToday);
    s.calls = {{QString(), PartialDate(), PartialDate::ofDay(kToday.addDays(-1))}};
    CHECK_FALSE(evaluate(s, commune()).open);
    s.calls = {{QString(), PartialDate(), PartialDate::ofMonth(2026, 3)}};
    CHECK(SchemeMatch::nextClosing(s, kToday) == kToday);
    CHECK_FALSE(SchemeMatch::nextClosing(s, kToday.addDays(1)).isValid());
    s.calls << SchemeCall{QString(), PartialDate(), PartialDate::ofYear(2026)};
    CHECK(SchemeMatch::nextClosing(s, kToday.addDays(1)) == QDate(2026, 12, 31));
}

TEST_CASE("Matching: ranking puts what fits and is open first, then the best score, then the soonest",
          "[schemes][matching]")
{
    Scheme closed = scheme();
    closed.name = QStringLiteral("Closed");
    closed.calls = {{QString(), PartialDate(), PartialDate::ofDay(kToday.addDays(-3))}};
    Scheme later = scheme();
    later.name = QStringLiteral("Later");
    later.calls = {{QString(), PartialDate(), PartialDate::ofDay(kToday.addDays(30))}};
    Scheme sooner = later;
    sooner.name = QStringLiteral("Sooner");
    sooner.calls = {{QString(), PartialDate(), PartialDate::ofDay(kToday.addDays(2))}};
    Scheme elsewhere = scheme();
    elsewhere.name = QStringLiteral("Elsewhere");
    elsewhere.countryCodes = {QStringLiteral("DE")};
    Scheme water = later;
    water.name = QStringLiteral("Water");
    water.themeCodes = {QStringLiteral("eau_assainissement")};
    const Applicant a = commune(QStringLiteral("BF"), QStringLiteral("eau_assainissement"));
    QList<SchemeFit> fits;
    for (const Scheme& s : {closed, later, sooner, elsewhere, water})
        fits << evaluate(s, a);
    SchemeMatch::rank(fits);
    QStringList order;
    for (const SchemeFit& fit : fits)
        order << fit.schemeName;
    CHECK(order == QStringList{QStringLiteral("Water"), QStringLiteral("Sooner"), QStringLiteral("Later"),
                               QStringLiteral("Closed"), QStringLiteral("Elsewhere")});
}

TEST_CASE("Matching on the database: actors by their partnerships and projects, both ways, exported",
          "[schemes][matching]")
{
    StoreFixture db;
    const qint64 grenoble = db.addActor(QStringLiteral("Grenoble"));
    const qint64 lyon = db.addActor(QStringLiteral("Lyon"));
    const qint64 association = db.addActor(QStringLiteral("Eau Vive Isère"), QStringLiteral("asso_si"));
    const qint64 kaya = db.addPartner(QStringLiteral("Kaya"), QStringLiteral("BF"));
    const qint64 leipzig = db.addPartner(QStringLiteral("Leipzig"), QStringLiteral("DE"));
    const qint64 partnership = db.addPartnership(grenoble, kaya, QStringLiteral("cooperation_decentralisee"));
    db.addPartnership(lyon, leipzig);
    db.addPartnership(association, kaya, QStringLiteral("cooperation_decentralisee"));
    Partnership formal = *PartnershipStore(db.connection()).find(partnership);
    formal.formalized = true;
    formal.themeCodes = {QStringLiteral("eau_assainissement")};
    REQUIRE(PartnershipStore(db.connection()).update(formal).ok());
    const qint64 project = db.addProject(QStringLiteral("Forages à Kaya"), grenoble);
    Project water = *ProjectStore(db.connection()).find(project);
    water.countryCodes = {QStringLiteral("BF")};
    water.themeCodes = {QStringLiteral("eau_assainissement")};
    REQUIRE(ProjectStore(db.connection()).update(water).ok());

    Scheme s;
    s.name = QStringLiteral("Eau en Afrique de l'Ouest");
    s.kindCode = QStringLiteral("appel_a_projets");
    s.actorTypeCodes = {QStringLiteral("commune")};
    s.zoneCodes = {QStringLiteral("afrique_ouest")};
    s.themeCodes = {QStringLiteral("eau_assainissement")};
    s.conditionCodes = {QStringLiteral("convention_partenariat"), QStringLiteral("declaration_apd")};
    const qint64 schemeId = db.addScheme(s);

    const SchemeMatching matching(db.connection(), false);
    // Grenoble has declared nothing yet: the APD is missing, for the actor and for its project.
    CHECK(matching.actorsForScheme(schemeId, kToday)
              .first()
              .texts(SchemeFit::State::Missing)
              .join(QLatin1Char('|'))
              .contains(QStringLiteral("Déclaration APD à jour")));
    const auto apdMissing = [&](const SchemeFit& fit) {
        return fit.texts(SchemeFit::State::Missing)
            .join(QLatin1Char('|'))
            .contains(QStringLiteral("Déclaration APD à jour"));
    };
    CHECK(apdMissing(matching.schemesForProject(project, kToday).first()));
    // A "no" for 2025 is no declaration; a "yes" meets the condition.
    Actor declaring = *ActorStore(db.connection()).find(grenoble);
    declaring.apdDeclarations = {{2025, false, std::nullopt, PartialDate()}};
    REQUIRE(ActorStore(db.connection()).update(declaring).ok());
    CHECK(apdMissing(matching.schemesForActor(grenoble, kToday).first()));
    declaring = *ActorStore(db.connection()).find(grenoble);
    declaring.apdDeclarations = {{2025, true, 1200000, *PartialDate::parse(QStringLiteral("15/04/2026"))}};
    REQUIRE(ActorStore(db.connection()).update(declaring).ok());
    CHECK_FALSE(apdMissing(matching.schemesForProject(project, kToday).first()));

    const QList<SchemeFit> actors = matching.actorsForScheme(schemeId, kToday);
    // Lyon works in Germany, the association is no commune.
    REQUIRE(actors.size() == 1);
    CHECK(actors.first().applicantId == grenoble);
    const QString why = actors.first().texts(SchemeFit::State::Met).join(QLatin1Char('|'));
    CHECK(why.contains(QStringLiteral("Burkina Faso (")));
    CHECK(why.contains(QStringLiteral("Forages à Kaya")));
    CHECK(why.contains(QStringLiteral("Convention de partenariat signée")));
    CHECK(why.contains(QStringLiteral("Déclaration APD à jour")));
    CHECK(actors.first().texts(SchemeFit::State::ToCheck).isEmpty());
    CHECK(actors.first().texts(SchemeFit::State::Missing).isEmpty());

    CHECK(matching.schemesForActor(grenoble, kToday).first().fits);
    CHECK_FALSE(matching.schemesForActor(lyon, kToday).first().fits);
    const QList<SchemeFit> forProject = matching.schemesForProject(project, kToday);
    REQUIRE(forProject.size() == 1);
    CHECK(forProject.first().fits);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("acteurs.csv"));
    const Result<int> written =
        matching.exportActors(schemeId, kToday, path, SchemeMatching::Format::Excel, db.path());
    REQUIRE(written.ok());
    CHECK(written.value() == 1);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with BOM, for Excel
    const QString text = QString::fromUtf8(bytes);
    CHECK(text.contains(QStringLiteral("Actor;Type of actor;")));
    CHECK(text.contains(QStringLiteral("Grenoble;Commune;")));
    CHECK_FALSE(text.contains(QStringLiteral("Lyon")));

    const QString workbook = dir.filePath(QStringLiteral("acteurs.xlsx"));
    REQUIRE(matching.exportActors(schemeId, kToday, workbook, SchemeMatching::Format::Xlsx).ok());
    CHECK(QFile(workbook).size() > 0);
    // Never over the database.
    CHECK_FALSE(
        matching.exportActors(schemeId, kToday, db.path(), SchemeMatching::Format::Excel, db.path()).ok());
}
