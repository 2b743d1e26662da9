#pragma once

#include "lists/ReferenceEntries.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <utility>

class QComboBox;

// The entries of a reference table (kinds, statuses, themes…) as the interface offers them: in
// their order, labelled in the interface language. Retired entries are left out, except the one a
// record already uses, which stays valid on it.
namespace ReferenceChoices {

using Entries = ReferenceEntries::Entries;

Entries entries(const QSqlDatabase& db, const QString& table, const QString& keepCode = QString());

// Fills a combo: an optional first entry with no code, then the table's entries; selects `code`.
void fill(QComboBox* combo, const Entries& entries, const QString& code,
          const QString& noneLabel = QString());

// Selects the entry whose code is `code`; leaves the selection as it is when there is none (a code
// the table does not hold is not a reason to lose what the adviser chose).
void select(QComboBox* combo, const QString& code);

} // namespace ReferenceChoices
