#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// What the observatory holds about one person (RGPD: the right of access and the right to
// erasure). It has no table of contact persons (docs/personal-data.md): a person appears only
// where an adviser typed them — an actor's e-mail or phone meant for the organisation but
// nominative, a note, a description — in the copies of those values (the change history, the
// trash) and, for the advisers themselves, as the author of changes, imports and deletions.
// A person is looked for by what identifies them: a name, an e-mail address or a phone number.
class PersonalData
{
    Q_DECLARE_TR_FUNCTIONS(PersonalData)

public:
    // One value that names the person.
    struct Place
    {
        QString table; // actor, change_log, trash_entry…
        qint64 rowId = 0;
        QString column;
        QString value;
        QString where; // the record it belongs to, as people read it
    };

    explicit PersonalData(const QSqlDatabase& db);

    // Every value that contains `who` (case ignored); refused under 3 characters (too many
    // values would contain it).
    Result<QList<Place>> find(const QString& who) const;

    // The same, as one JSON document: what the observatory holds about the person, to give them.
    Result<QByteArray> exportJson(const QString& who) const;

    // Takes `who` out of every value that contains it, in one transaction: an e-mail or phone
    // column that names the person is emptied, a text has the words replaced by « [effacé] »
    // (the history's old and new values, the trash's copies and the names of authors too). The
    // records changed are at a new version. Returns the number of values changed. The automatic
    // copies of the database made before are not changed (docs/personal-data.md).
    Result<int> erase(const QString& who) const;

    // What replaces the person's words.
    static QString erasedMark();

private:
    QSqlDatabase m_db;
};
