#include "SchemeMatch.h"

#include <QLocale>

#include <algorithm>

int SchemeFit::count(State state) const
{
    return static_cast<int>(std::count_if(criteria.cbegin(), criteria.cend(),
                                          [state](const Criterion& c) { return c.state == state; }));
}

QStringList SchemeFit::texts(State state) const
{
    QStringList list;
    for (const Criterion& criterion : criteria) {
        if (criterion.state == state)
            list << criterion.text;
    }
    return list;
}

namespace {

using Labels = SchemeMatch::Labels;

QStringList labelled(const Labels& labels, const QString& table, QStringList codes)
{
    std::sort(codes.begin(), codes.end());
    QStringList names;
    for (const QString& code : codes)
        names << labels(table, code);
    return names;
}

// The records behind the codes the applicant shares with the scheme: "Burkina Faso (Jumelage …)".
QStringList shared(const QHash<QString, QStringList>& applicant, const QStringList& codes,
                   const Labels& labels, const QString& table)
{
    QStringList sorted = codes;
    std::sort(sorted.begin(), sorted.end());
    QStringList items;
    for (const QString& code : sorted) {
        const QStringList records = applicant.value(code);
        items << QStringLiteral("%1 (%2)").arg(labels(table, code), records.join(QLatin1String(", ")));
    }
    return items;
}

} // namespace

SchemeFit::Criterion SchemeMatch::apdCriterion(const Applicant& applicant, int year, const QString& label)
{
    using State = SchemeFit::State;
    const QString key = QStringLiteral("declaration_apd");
    // Only local authorities declare an APD: for another applicant the adviser sees what is asked.
    if (!applicant.localAuthority)
        return {
            key, State::ToCheck,
            tr("%1: asked of local authorities (ODA of %2); to check with the actor").arg(label).arg(year)};
    if (applicant.apdDeclaredYears.contains(year))
        return {key, State::Met, tr("%1: ODA of %2 declared").arg(label).arg(year)};
    return {key, State::Missing, tr("%1: no ODA declaration recorded for %2").arg(label).arg(year)};
}

QDate SchemeMatch::nextClosing(const Scheme& scheme, const QDate& today)
{
    QDate next;
    for (const SchemeCall& call : scheme.calls) {
        const QDate closes = call.closesOn.latestDay();
        if (closes.isValid() && closes >= today && (!next.isValid() || closes < next))
            next = closes;
    }
    return next;
}

int SchemeMatch::apdYearRequired(const QDate& nextClosing, const QDate& today)
{
    return (nextClosing.isValid() ? nextClosing.year() : today.year()) - 1;
}

SchemeFit SchemeMatch::evaluate(const Scheme& scheme, const Applicant& applicant,
                                const QHash<QString, QString>& zoneOf, const QDate& today,
                                const Labels& labels)
{
    using State = SchemeFit::State;
    SchemeFit fit;
    fit.schemeId = scheme.id;
    fit.schemeName = scheme.name;
    fit.applicantId = applicant.id;
    fit.applicantName = applicant.name;
    bool typeOpen = true;
    bool placeOpen = true;
    bool sharesPlace = false;
    bool sharesTheme = false;

    // Who may apply.
    if (scheme.actorTypeCodes.isEmpty()) {
        fit.criteria.append({QStringLiteral("actor_type"), State::Met, tr("open to every kind of actor")});
    } else if (applicant.actorTypeCodes.isEmpty()) {
        typeOpen = false;
        fit.criteria.append(
            {QStringLiteral("actor_type"), State::Missing,
             tr("the type of actor is not recorded; the scheme is open to: %1")
                 .arg(labelled(labels, QStringLiteral("ref_actor_type"), scheme.actorTypeCodes)
                          .join(QLatin1String(", ")))});
    } else {
        QStringList common;
        for (const QString& type : applicant.actorTypeCodes) {
            if (scheme.actorTypeCodes.contains(type) && !common.contains(type))
                common << type;
        }
        typeOpen = !common.isEmpty();
        fit.criteria.append(
            typeOpen
                ? SchemeFit::Criterion{QStringLiteral("actor_type"), State::Met,
                                       tr("open to %1")
                                           .arg(labelled(labels, QStringLiteral("ref_actor_type"), common)
                                                    .join(QLatin1String(", ")))}
                : SchemeFit::Criterion{
                      QStringLiteral("actor_type"), State::Missing,
                      tr("open only to: %1")
                          .arg(labelled(labels, QStringLiteral("ref_actor_type"), scheme.actorTypeCodes)
                                   .join(QLatin1String(", ")))});
    }

    // Where: the scheme's countries, and every country of its zones.
    if (scheme.countryCodes.isEmpty() && scheme.zoneCodes.isEmpty()) {
        fit.criteria.append({QStringLiteral("place"), State::Met, tr("any country")});
    } else {
        QStringList common;
        for (auto it = applicant.countries.cbegin(); it != applicant.countries.cend(); ++it) {
            if (scheme.countryCodes.contains(it.key()) || scheme.zoneCodes.contains(zoneOf.value(it.key())))
                common << it.key();
        }
        placeOpen = !common.isEmpty();
        sharesPlace = placeOpen;
        if (placeOpen) {
            fit.criteria.append(
                {QStringLiteral("place"), State::Met,
                 tr("works in %1")
                     .arg(shared(applicant.countries, common, labels, QStringLiteral("ref_country"))
                              .join(QLatin1String("; ")))});
        } else {
            QStringList places = labelled(labels, QStringLiteral("ref_zone"), scheme.zoneCodes);
            places << labelled(labels, QStringLiteral("ref_country"), scheme.countryCodes);
            fit.criteria.append(
                {QStringLiteral("place"), State::Missing,
                 tr("no partnership or project recorded in: %1").arg(places.join(QLatin1String(", ")))});
        }
    }

    // On what.
    if (scheme.themeCodes.isEmpty()) {
        fit.criteria.append({QStringLiteral("themes"), State::Met, tr("every theme")});
    } else {
        QStringList common;
        for (const QString& theme : scheme.themeCodes) {
            if (applicant.themes.contains(theme))
                common << theme;
        }
        sharesTheme = !common.isEmpty();
        if (sharesTheme)
            fit.criteria.append(
                {QStringLiteral("themes"), State::Met,
                 tr("themes in common: %1")
                     .arg(shared(applicant.themes, common, labels, QStringLiteral("ref_theme"))
                              .join(QLatin1String("; ")))});
        else
            fit.criteria.append({QStringLiteral("themes"), State::Missing,
                                 tr("no partnership or project recorded on: %1")
                                     .arg(labelled(labels, QStringLiteral("ref_theme"), scheme.themeCodes)
                                              .join(QLatin1String(", ")))});
    }

    // Conditions: those the observatory records are checked, the others are for the adviser.
    fit.nextClosing = nextClosing(scheme, today);
    for (const QString& condition : scheme.conditionCodes) {
        const QString label = labels(QStringLiteral("ref_scheme_condition"), condition);
        if (condition == QLatin1String("convention_partenariat"))
            fit.criteria.append({condition, applicant.formalizedPartnership ? State::Met : State::Missing,
                                 applicant.formalizedPartnership
                                     ? tr("%1: a formalised partnership is recorded").arg(label)
                                     : tr("%1: no formalised partnership recorded").arg(label)});
        else if (condition == QLatin1String("declaration_apd"))
            fit.criteria.append(apdCriterion(applicant, apdYearRequired(fit.nextClosing, today), label));
        else
            fit.criteria.append({condition, State::ToCheck, tr("%1: to check with the actor").arg(label)});
    }

    // When.
    fit.open = scheme.calls.isEmpty() || fit.nextClosing.isValid();
    if (scheme.calls.isEmpty())
        fit.criteria.append({QStringLiteral("calls"), State::Met, tr("open all year round")});
    else if (fit.nextClosing.isValid())
        fit.criteria.append(
            {QStringLiteral("calls"), State::Met,
             tr("next call closes on %1").arg(QLocale().toString(fit.nextClosing, QLocale::ShortFormat))});
    else
        fit.criteria.append({QStringLiteral("calls"), State::Missing, tr("no call open now")});

    fit.fits = typeOpen && placeOpen;
    // Each criterion met counts; a place or a theme the scheme names and the applicant shares
    // counts twice: a scheme aimed at what the applicant does comes before one open to all.
    fit.score =
        fit.count(State::Met) - fit.count(State::Missing) + (sharesPlace ? 1 : 0) + (sharesTheme ? 1 : 0);
    return fit;
}

void SchemeMatch::rank(QList<SchemeFit>& fits)
{
    std::stable_sort(fits.begin(), fits.end(), [](const SchemeFit& a, const SchemeFit& b) {
        if (a.fits != b.fits)
            return a.fits;
        if (a.open != b.open)
            return a.open;
        if (a.score != b.score)
            return a.score > b.score;
        if (a.nextClosing != b.nextClosing) {
            if (!a.nextClosing.isValid() || !b.nextClosing.isValid())
                return a.nextClosing.isValid();
            return a.nextClosing < b.nextClosing;
        }
        return QString::localeAwareCompare(a.applicantName + a.schemeName, b.applicantName + b.schemeName) <
               0;
    });
}
