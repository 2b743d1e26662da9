#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

// The entries the editors offer in their choices, read here so that the window holds no SQL:
// code (or id) and label, in the order they are shown.
namespace ReferenceEntries {

using Entries = QList<std::pair<QString, QString>>; // code, label

// A reference table's entries (kinds, statuses, themes…) in their order, labelled in English or
// French. Retired entries are left out, except `keepCode`, which a record already uses and which
// stays valid on it.
Entries ofTable(const QSqlDatabase& db, const QString& table, bool english,
                const QString& keepCode = QString());
// Every département ("69 – Rhône"), for actors outside the region too.
Entries departements(const QSqlDatabase& db);
// The sustainable development goals ("4 – Quality education").
Entries sdgGoals(const QSqlDatabase& db, bool english);
// The goals a theme serves by default.
QStringList sdgGoalsOfTheme(const QSqlDatabase& db, const QString& themeCode);
// Actors that usually fund (public bodies and foundations), by id, at most 300.
Entries funders(const QSqlDatabase& db);
std::optional<QString> actorName(const QSqlDatabase& db, qint64 id);
// The support schemes, by id, in the order of their names.
Entries schemes(const QSqlDatabase& db);
// A scheme's calls, by their closing date (ISO, what names a call within its scheme), in closing
// order, labelled as the editors show them: "Session 1 (31/03/2026)", or the date alone.
Entries schemeCalls(const QSqlDatabase& db, qint64 schemeId);

} // namespace ReferenceEntries
