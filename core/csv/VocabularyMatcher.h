#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>

// Finds a vocabulary entry (a kind, a status, a theme…) from its code or its French or English
// label, as people write them: "Jumelage", "jumelage", "Twinning", "Coopération décentralisée".
class VocabularyMatcher
{
public:
    VocabularyMatcher(const QSqlDatabase& db, const QString& table);
    // The code, or an empty string.
    QString find(const QString& text) const;

private:
    QHash<QString, QString> m_codes;         // folded code or label → code
    mutable QHash<QString, QString> m_found; // text as written → code: a file repeats a few values
};
