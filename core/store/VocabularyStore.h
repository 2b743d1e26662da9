#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The controlled vocabularies advisers may extend: a new theme, a retired status. Entries are
// never deleted — records keep pointing at retired ones — and codes never change.
class VocabularyStore
{
    Q_DECLARE_TR_FUNCTIONS(VocabularyStore)

public:
    struct Vocabulary
    {
        QString table;
        QString title; // translated
    };

    struct Entry
    {
        QString code;
        QString labelFr;
        QString labelEn;
        bool active = true;
    };

    explicit VocabularyStore(const QSqlDatabase& db);

    static QList<Vocabulary> vocabularies();

    QList<Entry> entries(const QString& table) const;
    // Adds an entry after the others; its code is made from the French label.
    Result<Entry> add(const QString& table, const QString& labelFr, const QString& labelEn);
    Status setActive(const QString& table, const QString& code, bool active);
    Status rename(const QString& table, const QString& code, const QString& labelFr, const QString& labelEn);

private:
    Status record(const QString& table, const QString& code, const QString& field, const QString& before,
                  const QString& after) const;

    QSqlDatabase m_db;
};
