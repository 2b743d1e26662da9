#pragma once

#include "lists/RecordList.h"
#include "lists/RecordSheet.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// The records an editor offers to link as their name is typed (a partnership's actors and
// partners, a project's partnership), and the text that names a linked record in its list: so
// that the editors hold no SQL. Actors, partners and partnerships only.
namespace LinkCandidates {

// At most `limit` records whose words start with what was typed (the search index), each with
// the text that names it: an actor with its département, a partner with its country, a
// partnership by its actors and partners (and found by their names too). The name as typed
// comes first, then the names that begin so; countries in English with `englishLabels`.
QList<RecordSheet::Linked> matching(const QSqlDatabase& db, RecordList::Family family, const QString& typed,
                                    int limit, bool englishLabels = false);

// "#id" when there is no such record.
QString name(const QSqlDatabase& db, RecordList::Family family, qint64 id, bool englishLabels = false);

} // namespace LinkCandidates
