#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <utility>

// Finds a vocabulary entry (a kind, a status, a theme…) from what people write in their files:
// its code or its French or English label ("Jumelage", "jumelage", "Twinning"); a part of a label
// that names no other entry ("Culture" for « Culture, patrimoine, sport, francophonie », "ONG" for
// « Association, ONG », "Pacte" for « Pacte ou charte d'amitié »); or one of the spellings listed
// in resources/refdata/vocabulary_aliases.tsv ("Pacte d'amitié", "Échu"). Case, accents, spaces
// and punctuation do not matter.
class VocabularyMatcher
{
    Q_DECLARE_TR_FUNCTIONS(VocabularyMatcher)

public:
    VocabularyMatcher(const QSqlDatabase& db, const QString& table);
    // The reference table it reads (ref_theme…).
    const QString& table() const { return m_table; }
    // The code, or an empty string.
    QString find(const QString& text) const;
    // For a text find() does not know, what to add to the message that says so: the French labels
    // that hold it, as « (perhaps: Coopération décentralisée, Coopération économique) », when it
    // has three letters or more and names a few; else nothing.
    QString hint(const QString& text) const;

    // The parts of a label that may stand for it: each item of a list separated by commas, dashes
    // or "ou"/"or", and what a parenthesis holds unless it lists examples.
    static QStringList labelParts(const QString& label);

private:
    void addAliases(const QSqlDatabase& db, const QString& table);

    QString m_table;
    QHash<QString, QString> m_codes;             // folded code, label or alias → code
    QList<std::pair<QString, QString>> m_labels; // folded French label, label: in the table's order
    mutable QHash<QString, QString> m_found;     // text as written → code: a file repeats a few values
};
