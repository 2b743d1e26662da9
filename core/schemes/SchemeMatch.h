#pragma once

#include "records/Scheme.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// What the observatory knows of someone who may apply to a scheme: an actor of the region
// (through its partnerships and projects) or a project (through its own countries and themes,
// and the types of its actors).
struct Applicant
{
    qint64 id = 0;
    QString name;
    QStringList actorTypeCodes;
    // Country code → the records that take the applicant there ("Jumelage Lyon – Leipzig").
    QHash<QString, QStringList> countries;
    // Theme code → the records on that theme.
    QHash<QString, QStringList> themes;
    // Has a formalised partnership (a signed agreement).
    bool formalizedPartnership = false;
    // A local authority or grouping (ReportRules::ApdDeclared), and the years for which it declared
    // its official development assistance (a project: those of its lead).
    bool localAuthority = false;
    QList<int> apdDeclaredYears;
    QString email;
    QString departementCode;
};

// How one applicant fits one scheme, criterion by criterion, with why.
struct SchemeFit
{
    enum class State
    {
        Met,
        Missing,
        ToCheck // a condition the observatory does not record: the adviser asks the actor
    };
    struct Criterion
    {
        QString key; // actor_type, place, themes, condition code, calls
        State state = State::Met;
        QString text;
    };

    qint64 schemeId = 0;
    QString schemeName;
    qint64 applicantId = 0;
    QString applicantName;
    QList<Criterion> criteria;
    // The actor type is open and, when the scheme names places, the applicant works there.
    bool fits = false;
    // A call not closed yet, or no calls (open all year).
    bool open = false;
    QDate nextClosing;
    int score = 0;

    int count(State state) const;
    QStringList texts(State state) const;
};

// The rules of matching, on records already read: unit-tested on hand-made schemes and applicants.
// An empty list on the scheme's side (no actor types, no places, no themes) means "all": the
// criterion is met by every applicant.
class SchemeMatch
{
    Q_DECLARE_TR_FUNCTIONS(SchemeMatch)

public:
    // code → label, for a vocabulary table ("ref_theme", "ref_actor_type", "ref_country"…).
    using Labels = std::function<QString(const QString& table, const QString& code)>;

    // `zoneOf`: country code → zone code. `today`: a call closing today is still open.
    static SchemeFit evaluate(const Scheme& scheme, const Applicant& applicant,
                              const QHash<QString, QString>& zoneOf, const QDate& today,
                              const Labels& labels);

    // The closing day of the first call not closed on `today` (its last day when only the month or
    // year is known); invalid when none.
    static QDate nextClosing(const Scheme& scheme, const QDate& today);

    // The year whose APD declaration the condition « déclaration APD à jour » asks for: the
    // calendar year before the one in which the next call closes (a call closing in March 2026
    // asks for the 2025 declaration), or before today's year when no call is open.
    static int apdYearRequired(const QDate& nextClosing, const QDate& today);

    // Fitting before not fitting, then open before closed, then the higher score, then the sooner
    // closing, then by name.
    static void rank(QList<SchemeFit>& fits);

private:
    // The condition « déclaration APD à jour » for `year`: met by a local authority that declared
    // for it, missing for one that did not, to check for another applicant.
    static SchemeFit::Criterion apdCriterion(const Applicant& applicant, int year, const QString& label);
};
