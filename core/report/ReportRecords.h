#pragma once

#include "LinkList.h"
#include "ReportRules.h"
#include "ReportVocabulary.h"
#include "common/Result.h"
#include "database/Statement.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <vector>

// What the report counts, read once from the database: the columns it needs of every partnership,
// project and actor, and their links, with codes as numbers of the vocabulary. Each table is read
// in one pass; the figures of every year are then counted here, in memory — at a million records,
// a pass per table costs less than the joins that SQL would make per figure (docs/performance.md).
// On an SQLite file, two threads read, each with its connection, both in the same state of the
// database.
class ReportRecords
{
public:
    // Years are whole years; 0 when the date is not given.
    struct Partnership
    {
        short signedYear = 0;
        short endedYear = 0;
        short verifiedYear = 0;
        short kind = 0;
        short status = 0;
        ReportRules::StatusClass statusClass = ReportRules::StatusClass::Going;
        int reason = -1; // its place in `reasons`
        bool fullSignature = false;
        bool described = false;
        bool themed = false;
    };
    struct Project
    {
        qint64 budgetCents = -1; // -1 when not given
        short startedYear = 0;
        short endedYear = 0;
        short verifiedYear = 0;
        ReportRules::StatusClass statusClass = ReportRules::StatusClass::Going;
        bool euro = false;
        bool inFrance = false;
        bool inPartnership = false;

        // The budgets the money figures add up: those given in euros.
        bool budgetInEuros() const { return budgetCents >= 0 && euro; }
    };
    struct Actor
    {
        short type = 0;
        short departement = 0;
        short sizeBracket = 5; // 1 under 2,000 … 4 50,000 and more, 5 unknown
        short verifiedYear = 0;
    };

    ReportVocabulary vocabulary;
    std::vector<Partnership> partnerships;
    std::vector<Project> projects;
    std::vector<Actor> actors;
    LinkList partnershipActors;    // to places in `actors`
    LinkList partnershipCountries; // the countries of the partners, each once
    LinkList projectActors;
    LinkList projectThemes;
    LinkList projectSdgs;      // goal numbers
    LinkList projectCountries; // with France for a project led in France (rule Places)
    LinkList actorApdYears;    // the years an actor declared its APD for (rule ApdDeclared)
    // The reasons given for statuses, each once, in SQLite's order of text (bytes).
    QStringList reasons;

    // What a record is in a year, by the rules ActivePartnership and ActiveProject.
    static ReportRules::Standing standing(const Partnership& p, int year)
    {
        return ReportRules::standing(p.statusClass, p.signedYear, p.endedYear, year);
    }
    static ReportRules::Standing standing(const Project& p, int year)
    {
        return ReportRules::standing(p.statusClass, p.startedYear, p.endedYear, year);
    }
    static bool active(const Partnership& p, int year)
    {
        return standing(p, year) == ReportRules::Standing::Active;
    }
    static bool active(const Project& p, int year)
    {
        return standing(p, year) == ReportRules::Standing::Active;
    }
    static int sizeBracket(qint64 population, bool known);
    // The actors named in a partnership or project active in `year`, by place.
    std::vector<bool> engagedActors(int year) const;
    // The actors named in a partnership or project that `year` leaves out for want of a date.
    std::vector<bool> actorsOfLeftOut(int year) const;

    // Reads the records through `db`. When `db` has just begun a transaction and not read yet, a
    // second connection can begin reading in the same state and read half of the tables.
    // The labels of the vocabularies are English ones when `english`.
    static Result<ReportRecords> load(const QSqlDatabase& db,
                                      Statement::Engine engine = Statement::Engine::Native,
                                      bool freshTransaction = false, bool english = false);
};
