#include "ReferenceChoices.h"

#include "i18n/Translations.h"

#include <QComboBox>

namespace ReferenceChoices {

Entries entries(const QSqlDatabase& db, const QString& table, const QString& keepCode)
{
    return ReferenceEntries::ofTable(db, table, Translations::current() == Translations::Language::English,
                                     keepCode);
}

void fill(QComboBox* combo, const Entries& entries, const QString& code, const QString& noneLabel)
{
    combo->clear();
    if (!noneLabel.isNull())
        combo->addItem(noneLabel, QString());
    for (const auto& [entryCode, label] : entries)
        combo->addItem(label, entryCode);
    const int index = combo->findData(code);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

void select(QComboBox* combo, const QString& code)
{
    if (const int index = combo->findData(code); index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace ReferenceChoices
