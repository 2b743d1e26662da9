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
// is made.
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

    explicit DuplicateFinder(const QSqlDatabase& db);

    QList<Candidate> actors(const Actor& actor) const;
    QList<Candidate> partners(const ForeignPartner& partner) const;
    QList<Candidate> partnerships(const Partnership& partnership) const;

private:
    QSqlDatabase m_db;
};
