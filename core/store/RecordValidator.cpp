#include "RecordValidator.h"

#include "database/PreparedQuery.h"
#include "database/Statement.h"

#include "store/KnownRows.h"
#include "store/LinkValues.h"

#include <QSqlQuery>
#include <QVariant>

RecordValidator::RecordValidator(const QSqlDatabase& db, KnownRows* known)
    : m_db(db)
    , m_known(known)
{
}

void RecordValidator::require(bool condition, const QString& field, const Message& message)
{
    if (!condition)
        m_problems.append({field, message.text()});
}

bool RecordValidator::exists(const QString& table, const QString& column, const QVariant& value) const
{
    PreparedQuery query(m_db, QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?").arg(table, column));
    Statement& lookup = query.bound();
    lookup.bind(0, value);
    return lookup.run() && lookup.returnedRow();
}

template <typename Key>
bool RecordValidator::found(const QString& table, const QString& column, const Key& key) const
{
    if (m_known && m_known->contains(table, key))
        return true;
    const bool present = exists(table, column, key);
    if (present && m_known)
        m_known->add(table, key);
    return present;
}

void RecordValidator::codeExists(const QString& field, const QString& table, const QString& code,
                                 const Message& message)
{
    if (!code.isEmpty() && !found(table, QStringLiteral("code"), code))
        m_problems.append({field, message.text()});
}

void RecordValidator::recordExists(const QString& field, const QString& table, qint64 id,
                                   const Message& message)
{
    if (id > 0 && !found(table, QStringLiteral("id"), id))
        m_problems.append({field, message.text()});
}

void RecordValidator::dateOrder(const QString& field, const PartialDate& start, const PartialDate& end,
                                const Message& message)
{
    if (end.certainlyBefore(start))
        m_problems.append({field, message.text().arg(end.toFrench(), start.toFrench())});
}

void RecordValidator::codesExist(const QString& field, const QString& table, const QStringList& codes,
                                 const Message& message)
{
    for (const QString& code : codes)
        codeExists(field, table, code, [&] { return message.text().arg(code); });
}

void RecordValidator::recordsExist(const QString& field, const QString& table, const QList<qint64>& ids,
                                   const Message& message)
{
    for (const qint64 id : ids) {
        // Below 0: a record an import will match or create (its first pass).
        if (id >= 0 && !found(table, QStringLiteral("id"), id)) {
            m_problems.append({field, message.text()});
            return;
        }
    }
}

void RecordValidator::actorLinks(const QList<ActorLink>& actors)
{
    const QString field = QStringLiteral("actor");
    const QList<qint64> ids = LinkValues::actorIds(actors);
    require(!LinkValues::hasDuplicates(ids), field, [] { return tr("The same actor is listed twice."); });
    recordsExist(field, QStringLiteral("actor"), ids,
                 [] { return tr("One of the actors no longer exists."); });
    for (const ActorLink& link : actors)
        codeExists(field, QStringLiteral("ref_org_role"), link.roleCode,
                   [&] { return tr("\"%1\" is not a known role.").arg(link.roleCode); });
}

void RecordValidator::partnerLinks(const QList<qint64>& partnerIds)
{
    const QString field = QStringLiteral("partner");
    require(!LinkValues::hasDuplicates(partnerIds), field,
            [] { return tr("The same partner is listed twice."); });
    recordsExist(field, QStringLiteral("foreign_partner"), partnerIds,
                 [] { return tr("One of the partners no longer exists."); });
}

void RecordValidator::themeCodes(const QStringList& codes)
{
    const QString field = QStringLiteral("themes");
    require(!LinkValues::hasDuplicates(codes), field, [] { return tr("The same theme is listed twice."); });
    codesExist(field, QStringLiteral("ref_theme"), codes, [] { return tr("\"%1\" is not a known theme."); });
}
