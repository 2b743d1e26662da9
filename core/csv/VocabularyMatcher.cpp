#include "VocabularyMatcher.h"

#include "common/Remembered.h"
#include "common/TextFolding.h"

#include <QSqlQuery>

VocabularyMatcher::VocabularyMatcher(const QSqlDatabase& db, const QString& table)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT code, label_fr, label_en FROM %1").arg(table)))
        return;
    while (query.next()) {
        const QString code = query.value(0).toString();
        for (int i = 0; i < 3; ++i)
            m_codes.insert(TextFolding::key(query.value(i).toString()), code);
    }
}

QString VocabularyMatcher::find(const QString& text) const
{
    return remembered(m_found, text, [&] { return m_codes.value(TextFolding::key(text)); });
}
