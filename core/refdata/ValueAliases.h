#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// The spellings of the observatory: what an adviser settled once for an import (« England,
// United Kingdom » is GB, « Twinning agreement » is a jumelage) kept so that the next file that
// writes it is read without asking. Countries keep theirs with the shipped ones
// (ref_country_alias, builtin 0), the other vocabularies in ref_vocabulary_alias; the import's
// lookups (CountryLookup, VocabularyMatcher) read them.
class ValueAliases
{
    Q_DECLARE_TR_FUNCTIONS(ValueAliases)

public:
    explicit ValueAliases(const QSqlDatabase& db);

    // `vocabulary` is the reference table (ref_country, ref_partnership_kind…); a spelling kept
    // before for another entry now stands for `code`.
    Status keep(const QString& vocabulary, const QString& alias, const QString& code) const;

private:
    QSqlDatabase m_db;
};
