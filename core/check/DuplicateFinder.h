#pragma once

#include "records/Actor.h"
#include "records/ForeignPartner.h"
#include "records/Partnership.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Records that look like one about to be created: the same official code, or the same
// normalised name in the same département (actors) or country (partners), or the same actors
// and partners for a partnership of the same nature. Offered to the adviser before a duplicate
// is made. The same rules, and close spellings, find the pairs already recorded twice (Edit ›
// Duplicates…), which the adviser then merges (DuplicateMerge).
class DuplicateFinder
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateFinder)

public:
    struct Candidate
    {
        qint64 id = 0;
        QString name;
        QString reason; // why it looks the same, translated
    };

    // Two records of the observatory that may be one: how likely (a score out of 100) and why.
    struct Pair
    {
        qint64 firstId = 0;
        QString firstName;
        qint64 secondId = 0;
        QString secondName;
        QString place; // the département or country they share, as people read it
        int score = 0;
        QString reason; // translated; several reasons joined by "; "
    };

    explicit DuplicateFinder(const QSqlDatabase& db);

    // Every likely pair of actors (partners) of the observatory, most likely first: the same
    // official code (100), the same folded name in the same département or country (90), the
    // same folded name where one has no département (75), close spellings there (up to 85).
    QList<Pair> actorPairs() const;
    QList<Pair> partnerPairs() const;

    QList<Candidate> actors(const Actor& actor) const;
    QList<Candidate> partners(const ForeignPartner& partner) const;
    QList<Candidate> partnerships(const Partnership& partnership) const;

private:
    QSqlDatabase m_db;
};
