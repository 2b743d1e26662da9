#include "ReferenceChoices.h"

#include "i18n/Translations.h"

#include <QComboBox>
#include <QSqlQuery>

namespace ReferenceChoices {

Entries entries(const QSqlDatabase& db, const QString& table, const QString& keepCode)
{
    Entries result;
    if (!db.isOpen())
        return result;
    const QString label =
        Translations::current() == Translations::Language::English ? QStringLiteral("label_en") : QStringLiteral("label_fr");
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT code, %1 FROM %2 WHERE active = 1 OR code = ? ORDER BY sort_order, %1")
                      .arg(label, table));
    query.addBindValue(keepCode);
    if (!query.exec())
        return result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString()});
    return result;
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

} // namespace ReferenceChoices
