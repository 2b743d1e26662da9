#pragma once

#include "common/PartialDate.h"
#include "common/Result.h"
#include "records/ActorLink.h"

#include <QList>
#include <QStringList>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <type_traits>

class KnownRows;

// Collects the problems of a record before it is written. Each check takes the field key (the
// CSV column key) and the complete translated message, so that messages read naturally in
// French instead of being assembled from pieces.
//
// Given the rows an import has seen (KnownRows), it asks the database only about the others, and
// adds those it finds.
class RecordValidator
{
    Q_DECLARE_TR_FUNCTIONS(RecordValidator)

public:
    // A problem's message: a text, or what composes it (a lambda returning the QString), called
    // only when the check fails — an import checks every record it writes, and translating each
    // message of each check was 6 % of it. Valid for the call it is given to.
    class Message
    {
    public:
        Message(const QString& text) // NOLINT(google-explicit-constructor): a text is a message
            : m_text(&text)
        {
        }
        template <typename Compose>
        requires std::is_invocable_r_v<QString, const Compose&>
        Message(const Compose& compose) // NOLINT(google-explicit-constructor)
            : m_composer(&compose)
            , m_compose([](const void* composer) { return (*static_cast<const Compose*>(composer))(); })
        {
        }
        QString text() const { return m_compose ? m_compose(m_composer) : *m_text; }

    private:
        const QString* m_text = nullptr;
        const void* m_composer = nullptr;
        QString (*m_compose)(const void*) = nullptr;
    };

    explicit RecordValidator(const QSqlDatabase& db, KnownRows* known = nullptr);

    void require(bool condition, const QString& field, const Message& message);

    // Checks a code against a reference table's `code` column; an empty code passes.
    void codeExists(const QString& field, const QString& table, const QString& code, const Message& message);

    // Checks that a record id exists in a table; 0 (no record) passes.
    void recordExists(const QString& field, const QString& table, qint64 id, const Message& message);

    // Each code of a list must exist; `message` gets %1 = the unknown code.
    void codesExist(const QString& field, const QString& table, const QStringList& codes,
                    const Message& message);

    // Each id of a list must exist; an id below 0 stands for a record that an import will match
    // or create (RecordStore::checkImported in its first pass).
    void recordsExist(const QString& field, const QString& table, const QList<qint64>& ids,
                      const Message& message);

    // The actors of a partnership or project: each exists, once, in a known role.
    void actorLinks(const QList<ActorLink>& actors);

    // The foreign partners of a partnership or project: each exists, once.
    void partnerLinks(const QList<qint64>& partnerIds);

    // The themes of a partnership or project: each known, once.
    void themeCodes(const QStringList& codes);

    // Fails when `end` certainly lies before `start`; `message` gets %1 = end, %2 = start.
    void dateOrder(const QString& field, const PartialDate& start, const PartialDate& end,
                   const Message& message);

    const Problems& problems() const { return m_problems; }

private:
    // Whether the row exists, known or asked (and then known).
    template <typename Key> bool found(const QString& table, const QString& column, const Key& key) const;
    bool exists(const QString& table, const QString& column, const QVariant& value) const;

    QSqlDatabase m_db;
    KnownRows* m_known;
    Problems m_problems;
};
