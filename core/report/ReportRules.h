#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <string_view>

// The counting rules of the report, each defined once: what the computation asks of a record and
// the sentence that the methodology prints for it, side by side, so that the one cannot say
// something the other does not do. The lists' "active in" filter (and `export --year`) builds its
// SQL from the same definitions, so that a list filtered on a year shows the records the report
// counts.
class ReportRules
{
    Q_DECLARE_TR_FUNCTIONS(ReportRules)

public:
    // What a sentence may need to know.
    struct Context
    {
        int year = 0;
        QString regionName;
        // Written instead of the year when given: "N" in docs/report.md.
        QString yearText = {};
    };
    // One rule as the methodology prints it.
    struct Statement
    {
        QString id;
        QString title;
        QString text;
    };

    // How far a record's status says it has come. Advisers may add statuses: any status that is not
    // listed below counts as going on.
    enum class StatusClass : unsigned char
    {
        Going,     // active, to be checked; in progress, finalisation
        Planned,   // planned partnership, project in identification: never active
        Paused,    // dormant or suspended: counted apart, not as active
        Ended,     // ended, closed
        Cancelled, // cancelled project: never active
    };

    // What a record is in a year, by its status and dates (years; 0 when not given).
    enum class Standing : unsigned char
    {
        Active,
        Paused,     // existed that year, but dormant or suspended
        NotYet,     // began after the year
        Over,       // ended before the year
        Planned,    // never counted
        Cancelled,  // never counted
        Undated,    // no signature or start date: placed in no year
        EndUnknown, // ended or closed without an end date, in a year after it began
    };

    static Standing standing(StatusClass status, int startYear, int endYear, int year);
    // Whether the dates alone (whatever the status) span the year.
    static bool datesSpan(int startYear, int endYear, int year)
    {
        return startYear != 0 && startYear <= year && (endYear == 0 || endYear >= year);
    }

    // Rule: when a partnership is active in a year.
    struct ActivePartnership
    {
        static constexpr const char* kId = "active_partnership";
        static StatusClass classOf(std::string_view statusCode);
        // The condition of the lists' year filter on a partnership aliased `p`, with :year_start and
        // :year_end bound to the first and last day of the year.
        static QString sql(const QString& alias);
        static Statement statement(const Context& context);
    };

    // Rule: when a project is active in a year.
    struct ActiveProject
    {
        static constexpr const char* kId = "active_project";
        static StatusClass classOf(std::string_view statusCode);
        static QString sql(const QString& alias);
        static Statement statement(const Context& context);
    };

    // Rule: records without a date, and records ended without an end date.
    struct LeftOut
    {
        static constexpr const char* kId = "left_out";
        // Whether a record of this standing is left out of the year's figures for want of a date
        // (rather than by its status or dates). A record without a date whatever its status, an
        // ended one included: it may have run in the year. Planned and cancelled records are never
        // Undated, their status places them first.
        static bool forWantOfADate(Standing standing)
        {
            return standing == Standing::EndUnknown || standing == Standing::Undated;
        }
        static Statement statement(const Context& context);
        // Why a record of this status and dates is left out of every year as it stands (no
        // signature or start date; ended without an end date), for the import to warn before it is
        // written; empty when it can be counted. `what` is "signature" or "start".
        enum class DateKind : unsigned char
        {
            Signature,
            Start
        };
        static QString whyLeftOut(StatusClass status, int startYear, int endYear, DateKind kind);
    };

    // Rule: which actors are engaged, and which of them the part on actors counts.
    struct EngagedActor
    {
        static constexpr const char* kId = "engaged_actor";
        enum class Place : unsigned char
        {
            Region,  // its département is in the observatory's region: counted
            Outside, // counted apart
            Unknown, // no département: counted apart
        };
        static Place placeOf(bool departementGiven, bool departementInRegion)
        {
            return !departementGiven ? Place::Unknown : departementInRegion ? Place::Region : Place::Outside;
        }
        // Engaged actors per 100,000 inhabitants, to one decimal: the table's density of a
        // département and the map's of an outline that stands for several (0 without a population).
        static double perHundredThousand(qint64 actors, qint64 population)
        {
            return population > 0
                       ? qRound(static_cast<double>(actors) * 1e6 / static_cast<double>(population)) / 10.0
                       : 0.0;
        }
        static Statement statement(const Context& context);
    };

    // Rule: the local authorities and groupings engaged in the year that declared their official
    // development assistance (« déclaration APD ») for it. Local authorities are the actors whose
    // type is of the family kFamily (communes, EPCI, départements, the Région, the Métropole,
    // syndicates): the family the report's part on actors counts them under, and the only actors
    // that declare an APD. The base is the engaged local authorities of the region (EngagedActor);
    // without one the share is not defined.
    struct ApdDeclared
    {
        static constexpr const char* kId = "apd_declared";
        static constexpr const char* kFamily = "collectivites";
        static bool isLocalAuthority(std::string_view familyCode) { return familyCode == kFamily; }
        // Whether an authority is counted as having declared for `year`, from the years it declared
        // (a "no" for a year is no declaration).
        template <typename Years> static bool declared(const Years& declaredYears, int year)
        {
            for (const int declaredYear : declaredYears) {
                if (declaredYear == year)
                    return true;
            }
            return false;
        }
        static Statement statement(const Context& context);
    };

    // Rule: the countries and zones of a record, projects led in France included.
    struct Places
    {
        static constexpr const char* kId = "places";
        static constexpr const char* kFrance = "FR";
        // The area of a partnership, from its partners' countries: 1 the EU, 2 Europe outside the EU,
        // 3 elsewhere, the smallest of them; 0 for no country.
        enum Area
        {
            NoArea = 0,
            EuropeanUnion = 1,
            EuropeOutsideUnion = 2,
            RestOfTheWorld = 3
        };
        static Area areaOf(bool euMember, bool inEuropeOutsideUnion)
        {
            return euMember ? EuropeanUnion : inEuropeOutsideUnion ? EuropeOutsideUnion : RestOfTheWorld;
        }
        static Statement statement(const Context& context);
    };

    // Rule: how budgets are shared among themes and zones.
    struct SharedAmounts
    {
        static constexpr const char* kId = "shared_amounts";
        static Statement statement(const Context& context);
    };

    // Rule: which budgets the money figures add up.
    struct Budgets
    {
        static constexpr const char* kId = "budgets";
        static Statement statement(const Context& context);
    };

    // Rule: which funding lines the co-funding counts.
    struct Cofunding
    {
        static constexpr const char* kId = "cofunding";
        // The condition on a funding line aliased `alias`.
        static QString countedSql(const QString& alias);
        static Statement statement(const Context& context);
    };

    // Rule: external co-funding and own contributions, for the leverage.
    struct Leverage
    {
        static constexpr const char* kId = "leverage";
        // 1 when the funding line aliased `alias` is external money, 0 when it is the actors' own.
        static QString externalSql(const QString& alias);
        static Statement statement(const Context& context);
    };

    // Rule: the funding obtained through each support scheme: the funding lines of the year linked
    // to a scheme whose status says the money was obtained (granted or paid), summed per scheme.
    // Requested and refused lines, and lines without a scheme, are not counted.
    struct SchemeFunding
    {
        static constexpr const char* kId = "scheme_funding";
        static bool obtained(std::string_view statusCode)
        {
            return statusCode == "accorde" || statusCode == "verse";
        }
        static Statement statement(const Context& context);
    };

    // Rule: the success of applications per support scheme: among the funding lines of the year
    // linked to a scheme that are decided (obtained by rule SchemeFunding, or refused), the share
    // obtained. A requested line, or one of a status an adviser added, is pending: outside the base,
    // shown apart. Without a decided line the rate is not defined.
    struct SchemeSuccess
    {
        static constexpr const char* kId = "scheme_success";
        enum class Outcome : unsigned char
        {
            Obtained,
            Refused,
            Pending
        };
        static Outcome outcomeOf(std::string_view statusCode)
        {
            return SchemeFunding::obtained(statusCode) ? Outcome::Obtained
                   : statusCode == "refuse"            ? Outcome::Refused
                                                       : Outcome::Pending;
        }
        static Statement statement(const Context& context);
    };

    // Rule: the dormant, suspended and ended partnerships of a year, with their reasons.
    struct NotActive
    {
        static constexpr const char* kId = "not_active";
        static Statement statement(const Context& context);
    };

    // Rule: the new signatures of a year.
    struct Signatures
    {
        static constexpr const char* kId = "signatures";
        static bool counts(StatusClass status) { return status != StatusClass::Planned; }
        static Statement statement(const Context& context);
    };

    // Rule: the active partnerships by decade of signature.
    struct Decades
    {
        static constexpr const char* kId = "decades";
        static Statement statement(const Context& context);
    };

    // Rule: records with several themes or goals.
    struct Themes
    {
        static constexpr const char* kId = "themes";
        static Statement statement(const Context& context);
    };

    // Rule: how shares, amounts and figures without a base are written.
    struct Figures
    {
        static constexpr const char* kId = "figures";
        static Statement statement(const Context& context);
    };

    // Rule: years without data, the current year, years to come.
    struct Years
    {
        static constexpr const char* kId = "years";
        static Statement statement(const Context& context);
    };

    // Rule: what the charts draw.
    struct Charts
    {
        static constexpr const char* kId = "charts";
        static Statement statement(const Context& context);
    };

    // Rule: the data-quality tables.
    struct Quality
    {
        static constexpr const char* kId = "quality";
        static Statement statement(const Context& context);
    };

    // Every rule, in the order of the methodology.
    static QList<Statement> methodology(const Context& context);

private:
    static QString activeSql(const QString& alias, const QString& start, const QString& end,
                             const QStringList& neverActive, const QStringList& ended);
};
