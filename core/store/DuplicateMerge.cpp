#include "DuplicateMerge.h"

#include "backup/AutomaticBackups.h"
#include "common/Clock.h"
#include "database/Statement.h"
#include "database/Transaction.h"
#include "i18n/Translations.h"
#include "search/SearchIndex.h"
#include "store/ActorStore.h"
#include "store/ChangeLog.h"
#include "store/PartnerStore.h"
#include "store/Trash.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>

namespace {

// The messages of a merge, under the context lupdate gives them.
class MergeTexts
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateMerge)
};

// A column of another table that holds a record's id (the migrations' REFERENCES, and the
// entity/record_id pairs of import_row and change_log).
struct IdColumn
{
    QString table;
    QString column;
    QStringList keys;   // with `column`, what names one row
    QStringList others; // the rest of the row
    QString entity;     // for import_row and change_log: their `entity` must be the record's table
    QString owner;      // the record the row belongs to (its id is the first key): its version rises
};

template <typename Record> struct MergeTraits;

template <> struct MergeTraits<Actor>
{
    using Store = ActorStore;
    static QString table() { return QStringLiteral("actor"); }

    static QList<IdColumn> idColumns()
    {
        const QString id = QStringLiteral("id");
        return {
            {QStringLiteral("partnership_actor"),
             QStringLiteral("actor_id"),
             {QStringLiteral("partnership_id")},
             {QStringLiteral("role_code")},
             {},
             QStringLiteral("partnership")},
            {QStringLiteral("project_actor"),
             QStringLiteral("actor_id"),
             {QStringLiteral("project_id")},
             {QStringLiteral("role_code")},
             {},
             QStringLiteral("project")},
            {QStringLiteral("funding"),
             QStringLiteral("funder_actor_id"),
             {id},
             {},
             {},
             QStringLiteral("funding")},
            {table(), QStringLiteral("parent_actor_id"), {id}, {}, {}, table()},
            {QStringLiteral("import_row"),
             QStringLiteral("record_id"),
             {QStringLiteral("batch_id")},
             {QStringLiteral("line")},
             table(),
             {}},
            {QStringLiteral("change_log"), QStringLiteral("record_id"), {id}, {}, table(), {}},
        };
    }

    static void take(Actor& into, const Actor& from, const QString& column)
    {
        static const QHash<QString, std::function<void(Actor&, const Actor&)>> fields = {
            {QStringLiteral("name"), [](Actor& a, const Actor& b) { a.name = b.name; }},
            {QStringLiteral("acronym"), [](Actor& a, const Actor& b) { a.acronym = b.acronym; }},
            {QStringLiteral("actor_type_code"), [](Actor& a, const Actor& b) { a.typeCode = b.typeCode; }},
            {QStringLiteral("insee_code"), [](Actor& a, const Actor& b) { a.inseeCode = b.inseeCode; }},
            {QStringLiteral("siren"), [](Actor& a, const Actor& b) { a.siren = b.siren; }},
            {QStringLiteral("rna"), [](Actor& a, const Actor& b) { a.rna = b.rna; }},
            {QStringLiteral("address"), [](Actor& a, const Actor& b) { a.address = b.address; }},
            {QStringLiteral("postcode"), [](Actor& a, const Actor& b) { a.postcode = b.postcode; }},
            {QStringLiteral("commune_insee"),
             [](Actor& a, const Actor& b) { a.communeInsee = b.communeInsee; }},
            {QStringLiteral("departement_code"),
             [](Actor& a, const Actor& b) { a.departementCode = b.departementCode; }},
            {QStringLiteral("population"), [](Actor& a, const Actor& b) { a.population = b.population; }},
            {QStringLiteral("parent_actor_id"),
             [](Actor& a, const Actor& b) { a.parentActorId = b.parentActorId; }},
            {QStringLiteral("website"), [](Actor& a, const Actor& b) { a.website = b.website; }},
            {QStringLiteral("email"), [](Actor& a, const Actor& b) { a.email = b.email; }},
            {QStringLiteral("phone"), [](Actor& a, const Actor& b) { a.phone = b.phone; }},
            {QStringLiteral("source"), [](Actor& a, const Actor& b) { a.source = b.source; }},
            {QStringLiteral("verified_on"), [](Actor& a, const Actor& b) { a.verifiedOn = b.verifiedOn; }},
            {QStringLiteral("notes"), [](Actor& a, const Actor& b) { a.notes = b.notes; }},
        };
        if (const auto copy = fields.value(column))
            copy(into, from);
    }

    // The kept actor cannot be attached to itself, nor to the one merged into it. It takes the
    // other's APD declarations of the years it has none for (its own stay, unless the adviser
    // took the other's list): a declaration is a fact about the one authority both records are.
    static void settle(Actor& merged, const Actor& other, const QSet<QString>& fromOther)
    {
        if (merged.parentActorId == merged.id || merged.parentActorId == other.id)
            merged.parentActorId = 0;
        const bool otherFirst = fromOther.contains(QStringLiteral("apd_declarations"));
        QList<ApdDeclaration> declarations = otherFirst ? other.apdDeclarations : merged.apdDeclarations;
        for (const ApdDeclaration& d : otherFirst ? merged.apdDeclarations : other.apdDeclarations) {
            if (std::none_of(declarations.cbegin(), declarations.cend(),
                             [&d](const ApdDeclaration& known) { return known.year == d.year; }))
                declarations << d;
        }
        merged.apdDeclarations = declarations;
    }

    // After an undo that brought the other back under a new id (its own taken meanwhile).
    static void renumber(Actor& record, qint64 oldId, qint64 newId)
    {
        if (record.parentActorId == oldId)
            record.parentActorId = newId;
    }

    // The family of a type of actor (code, then label in the interface's language); empty codes when
    // the actor has no type.
    static std::pair<QString, QString> familyOf(const QSqlDatabase& db, const QString& typeCode)
    {
        Statement query(db, QStringLiteral("SELECT f.code, f.label_fr, f.label_en FROM ref_actor_type t JOIN "
                                           "ref_actor_family f ON f.code = t.family_code WHERE t.code = ?"));
        query.bind(0, typeCode);
        if (!query.next())
            return {};
        const bool english = Translations::current() == Translations::Language::English;
        return {QString::fromUtf8(query.text(0)), QString::fromUtf8(query.text(english ? 2 : 1))};
    }

    static Status sameKind(const QSqlDatabase& db, const Actor& kept, const Actor& other)
    {
        const auto [keptFamily, keptLabel] = familyOf(db, kept.typeCode);
        const auto [otherFamily, otherLabel] = familyOf(db, other.typeCode);
        if (keptFamily.isEmpty() || otherFamily.isEmpty() || keptFamily == otherFamily)
            return {};
        return Status::failure(
            MergeTexts::tr(
                "\"%1\" and \"%2\" are not of the same family of actors (%3, %4): they are not one "
                "organisation. If a type is wrong, correct it first, then merge.")
                .arg(kept.name, other.name, keptLabel, otherLabel));
    }
};

template <> struct MergeTraits<ForeignPartner>
{
    using Store = PartnerStore;
    static QString table() { return QStringLiteral("foreign_partner"); }

    static QList<IdColumn> idColumns()
    {
        return {
            {QStringLiteral("partnership_partner"),
             QStringLiteral("partner_id"),
             {QStringLiteral("partnership_id")},
             {},
             {},
             QStringLiteral("partnership")},
            {QStringLiteral("project_partner"),
             QStringLiteral("partner_id"),
             {QStringLiteral("project_id")},
             {},
             {},
             QStringLiteral("project")},
            {QStringLiteral("import_row"),
             QStringLiteral("record_id"),
             {QStringLiteral("batch_id")},
             {QStringLiteral("line")},
             table(),
             {}},
            {QStringLiteral("change_log"),
             QStringLiteral("record_id"),
             {QStringLiteral("id")},
             {},
             table(),
             {}},
        };
    }

    static void take(ForeignPartner& into, const ForeignPartner& from, const QString& column)
    {
        using P = ForeignPartner;
        static const QHash<QString, std::function<void(P&, const P&)>> fields = {
            {QStringLiteral("name"), [](P& a, const P& b) { a.name = b.name; }},
            {QStringLiteral("partner_type_code"), [](P& a, const P& b) { a.typeCode = b.typeCode; }},
            {QStringLiteral("country_code"), [](P& a, const P& b) { a.countryCode = b.countryCode; }},
            {QStringLiteral("admin_area"), [](P& a, const P& b) { a.adminArea = b.adminArea; }},
            {QStringLiteral("latitude"), [](P& a, const P& b) { a.latitude = b.latitude; }},
            {QStringLiteral("longitude"), [](P& a, const P& b) { a.longitude = b.longitude; }},
            {QStringLiteral("source"), [](P& a, const P& b) { a.source = b.source; }},
            {QStringLiteral("verified_on"), [](P& a, const P& b) { a.verifiedOn = b.verifiedOn; }},
            {QStringLiteral("notes"), [](P& a, const P& b) { a.notes = b.notes; }},
        };
        if (const auto copy = fields.value(column))
            copy(into, from);
    }

    static void settle(ForeignPartner&, const ForeignPartner&, const QSet<QString>&) {}
    static void renumber(ForeignPartner&, qint64, qint64) {}
    static Status sameKind(const QSqlDatabase&, const ForeignPartner&, const ForeignPartner&) { return {}; }
};

QVariant valueAt(const Statement& row, int column)
{
    if (row.isNull(column))
        return {};
    if (row.isNumber(column))
        return row.integer(column);
    return QString::fromUtf8(row.text(column));
}

// "key1 = ? AND key2 = ?", for the row's keys.
QString keysMatch(const QStringList& keys)
{
    QStringList parts;
    for (const QString& key : keys)
        parts << key + QLatin1String(" = ?");
    return parts.join(QLatin1String(" AND "));
}

Status failed(const Statement& statement)
{
    return Status::storageFailure(
        MergeTexts::tr("The merge could not be written: %1").arg(statement.error()));
}

// Runs `sql` with `values` bound in order.
Status run(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    Statement statement(db, sql);
    if (!statement.isPrepared())
        return failed(statement);
    for (int i = 0; i < values.size(); ++i)
        statement.bind(i, values.at(i));
    return statement.run() ? Status() : failed(statement);
}

// A row moved or put back belongs to a record (a partnership, a funding line…): it changed, so its
// version rises (an editor open on it must not write back the old link) and its search entry
// (which names its actors and partners) is written again.
Status touchOwners(const QSqlDatabase& db, const QList<RedirectedRow>& rows, const QList<IdColumn>& columns)
{
    for (const RedirectedRow& row : rows) {
        for (const IdColumn& column : columns) {
            if (column.table != row.table || column.column != row.column || column.owner.isEmpty())
                continue;
            const qint64 ownerId = row.keyValues.value(0).toLongLong();
            if (Status raised = run(
                    db, QStringLiteral("UPDATE %1 SET version = version + 1 WHERE id = ?").arg(column.owner),
                    {ownerId});
                !raised)
                return raised;
            if (Status indexed = SearchIndex::refresh(db, column.owner, ownerId); !indexed)
                return indexed;
        }
    }
    return {};
}

// Moves every row that refers to `otherId` to `keptId`; a row the kept record has already is
// deleted instead. What was done, row by row.
Result<QList<RedirectedRow>> redirect(const QSqlDatabase& db, const QString& table,
                                      const QList<IdColumn>& columns, qint64 keptId, qint64 otherId)
{
    QList<RedirectedRow> done;
    for (const IdColumn& column : columns) {
        const QStringList read = column.keys + column.others;
        QString where = column.column + QLatin1String(" = ?");
        QVariantList whereValues{otherId};
        if (!column.entity.isEmpty()) {
            where += QLatin1String(" AND entity = ?");
            whereValues << column.entity;
        }
        QList<RedirectedRow> found;
        {
            Statement select(db, QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                                     .arg(read.join(QLatin1String(", ")), column.table, where));
            for (int i = 0; i < whereValues.size(); ++i)
                select.bind(i, whereValues.at(i));
            while (select.next()) {
                RedirectedRow row{column.table, column.column, column.keys, {}, column.others, {}, false};
                for (int i = 0; i < column.keys.size(); ++i)
                    row.keyValues << valueAt(select, i);
                for (int i = 0; i < column.others.size(); ++i)
                    row.otherValues << valueAt(select, static_cast<int>(column.keys.size()) + i);
                // The kept actor's own row (attached to the other): settled with its fields.
                if (column.table == table && row.keyValues.value(0).toLongLong() == keptId)
                    continue;
                found << row;
            }
            if (!select.error().isEmpty())
                return Result<QList<RedirectedRow>>(failed(select));
        }
        for (RedirectedRow& row : found) {
            const QString rowMatch = where + QLatin1String(" AND ") + keysMatch(row.keys);
            // Rows named by an id never clash; a link row (partnership, actor) may exist for both.
            if (row.keys != QStringList{QStringLiteral("id")}) {
                Statement clash(db, QStringLiteral("SELECT 1 FROM %1 WHERE %2").arg(column.table, rowMatch));
                QVariantList values = whereValues;
                values[0] = keptId;
                values += row.keyValues;
                for (int i = 0; i < values.size(); ++i)
                    clash.bind(i, values.at(i));
                row.deleted = clash.next();
            }
            const QString sql = row.deleted
                                    ? QStringLiteral("DELETE FROM %1 WHERE %2").arg(column.table, rowMatch)
                                    : QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3")
                                          .arg(column.table, column.column, rowMatch);
            QVariantList values = row.deleted ? QVariantList() : QVariantList{keptId};
            values += whereValues;
            values += row.keyValues;
            if (Status written = run(db, sql, values); !written)
                return Result<QList<RedirectedRow>>(written);
            done << row;
        }
    }
    if (Status touched = touchOwners(db, done, columns); !touched)
        return Result<QList<RedirectedRow>>(touched);
    return done;
}

// Puts the rows back as they were before redirect(), referring to `otherId` (maybe a new id).
Status putBack(const QSqlDatabase& db, const QList<RedirectedRow>& rows, const QList<IdColumn>& columns,
               const QString& table, qint64 keptId, qint64 otherId)
{
    for (auto row = rows.crbegin(); row != rows.crend(); ++row) {
        const bool hasEntity =
            row->table == QLatin1String("import_row") || row->table == QLatin1String("change_log");
        Status written;
        if (row->deleted) {
            QStringList names{row->column};
            QVariantList values{otherId};
            if (hasEntity) {
                names << QStringLiteral("entity");
                values << table;
            }
            names += row->keys + row->others;
            values += row->keyValues + row->otherValues;
            QStringList marks;
            for (qsizetype i = 0; i < names.size(); ++i)
                marks << QStringLiteral("?");
            written =
                run(db,
                    QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                        .arg(row->table, names.join(QLatin1String(", ")), marks.join(QLatin1String(", "))),
                    values);
        } else {
            QString where = row->column + QLatin1String(" = ? AND ") + keysMatch(row->keys);
            QVariantList values{otherId, keptId};
            if (hasEntity) {
                where += QLatin1String(" AND entity = ?");
                values = QVariantList{otherId, keptId} + row->keyValues + QVariantList{table};
            } else {
                values += row->keyValues;
            }
            written =
                run(db, QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3").arg(row->table, row->column, where),
                    values);
        }
        if (!written)
            return written;
    }
    return touchOwners(db, rows, columns);
}

template <typename Record> QString described(const Record& record)
{
    return QStringLiteral("%1 (#%2)").arg(record.name).arg(record.id);
}

// The merge in the history of a record: `field` is "merged_from" (the kept one) or "merged_into".
Status recordInHistory(const QSqlDatabase& db, const QString& table, qint64 id, const QString& uuid,
                       const QString& field, const QString& before, const QString& after)
{
    return ChangeLog(db).record(ChangeLog::Action::Update, table, id, uuid, {{field, before}},
                                {{field, after}}, Clock::nowIso());
}

// A merge that changed no field of the kept record still changes it (its links): its version rises.
Status raiseVersion(const QSqlDatabase& db, const QString& table, qint64 id)
{
    return run(db,
               QStringLiteral("UPDATE %1 SET version = version + 1, updated_at = ? WHERE id = ?").arg(table),
               {Clock::nowIso(), id});
}

} // namespace

template <typename Record>
DuplicateMerge<Record>::DuplicateMerge(const QSqlDatabase& db)
    : m_db(db)
{
}

template <typename Record>
Record DuplicateMerge<Record>::merged(const Record& kept, const Record& other,
                                      const QSet<QString>& fromOther) const
{
    Record result = kept;
    for (const QString& column : fromOther)
        MergeTraits<Record>::take(result, other, column);
    MergeTraits<Record>::settle(result, other, fromOther);
    return result;
}

template <typename Record>
Result<MergeOutcome<Record>> DuplicateMerge<Record>::merge(const MergeRequest& request) const
{
    using Traits = MergeTraits<Record>;
    using Outcome = Result<MergeOutcome<Record>>;
    typename Traits::Store store(m_db);
    if (request.keptId == request.otherId)
        return Outcome::failure(MergeTexts::tr("A record cannot be merged with itself."));
    const std::optional<Record> kept = store.find(request.keptId);
    const std::optional<Record> other = store.find(request.otherId);
    for (const auto& [record, id] : {std::pair{&kept, request.keptId}, std::pair{&other, request.otherId}}) {
        if (!*record)
            return Outcome::failure(
                MergeTexts::tr("Record #%1 no longer exists (deleted or merged since): nothing was merged.")
                    .arg(id));
    }
    if ((request.keptVersion != 0 && kept->version != request.keptVersion) ||
        (request.otherVersion != 0 && other->version != request.otherVersion))
        return Outcome(Problems{EntityTable::conflict()});
    if (Status same = Traits::sameKind(m_db, *kept, *other); !same)
        return Outcome(same);
    if (Status saved = AutomaticBackups::beforeWriting(m_db, QStringLiteral("merge")); !saved)
        return Outcome(saved);

    Transaction transaction(m_db);
    if (!transaction.started())
        return Outcome(transaction.started());
    MergeOutcome<Record> outcome;
    outcome.request = request;
    outcome.keptBefore = *kept;
    outcome.otherName = other->name;
    const QString table = Traits::table();
    const Result<QList<RedirectedRow>> rows = redirect(m_db, table, Traits::idColumns(), kept->id, other->id);
    if (!rows)
        return Outcome(rows.problems());
    outcome.rows = rows.value();

    const Result<bool> replaced = store.replace(*kept, merged(*kept, *other, request.fromOther));
    if (!replaced)
        return Outcome(replaced.problems());
    if (!replaced.value()) {
        if (Status raised = raiseVersion(m_db, table, kept->id); !raised)
            return Outcome(raised);
    }
    if (Status logged = recordInHistory(m_db, table, kept->id, kept->uuid, QStringLiteral("merged_from"),
                                        QString(), described(*other));
        !logged)
        return Outcome(logged);
    if (Status logged = recordInHistory(m_db, table, other->id, other->uuid, QStringLiteral("merged_into"),
                                        QString(), described(*kept));
        !logged)
        return Outcome(logged);
    const Result<qint64> trashed = store.moveToTrash(other->id, other->name);
    if (!trashed)
        return Outcome(trashed.problems());
    outcome.trashEntry = trashed.value();
    if (Status committed = transaction.commit(); !committed)
        return Outcome(committed);
    outcome.keptVersionAfter = store.find(kept->id)->version;
    return outcome;
}

template <typename Record>
Result<MergeRequest> DuplicateMerge<Record>::undo(const MergeOutcome<Record>& outcome) const
{
    using Traits = MergeTraits<Record>;
    typename Traits::Store store(m_db);
    const std::optional<Record> kept = store.find(outcome.request.keptId);
    if (!kept)
        return Result<MergeRequest>::failure(
            MergeTexts::tr("The kept record no longer exists: the merge cannot be undone."));
    if (kept->version != outcome.keptVersionAfter)
        return Result<MergeRequest>(Problems{EntityTable::conflict()});

    Transaction transaction(m_db);
    if (!transaction.started())
        return Result<MergeRequest>(transaction.started());
    const Result<qint64> restored = Trash(m_db).restore(outcome.trashEntry);
    if (!restored)
        return Result<MergeRequest>(restored.problems());
    const qint64 otherId = restored.value();
    const QString table = Traits::table();
    if (Status back = putBack(m_db, outcome.rows, Traits::idColumns(), table, kept->id, otherId); !back)
        return Result<MergeRequest>(back);

    Record before = outcome.keptBefore;
    before.version = kept->version;
    Traits::renumber(before, outcome.request.otherId, otherId);
    const Result<bool> replaced = store.replace(*kept, before);
    if (!replaced)
        return Result<MergeRequest>(replaced.problems());
    if (!replaced.value()) {
        if (Status raised = raiseVersion(m_db, table, kept->id); !raised)
            return Result<MergeRequest>(raised);
    }
    const std::optional<Record> other = store.find(otherId);
    if (!other)
        return Result<MergeRequest>::failure(MergeTexts::tr("The merged record could not be restored."));
    if (Status logged = recordInHistory(m_db, table, kept->id, kept->uuid, QStringLiteral("merged_from"),
                                        described(*other), QString());
        !logged)
        return Result<MergeRequest>(logged);
    if (Status logged = recordInHistory(m_db, table, other->id, other->uuid, QStringLiteral("merged_into"),
                                        described(*kept), QString());
        !logged)
        return Result<MergeRequest>(logged);
    if (Status committed = transaction.commit(); !committed)
        return Result<MergeRequest>(committed);
    MergeRequest again = outcome.request;
    again.otherId = otherId;
    again.keptVersion = store.find(kept->id)->version;
    again.otherVersion = other->version;
    return again;
}

template class DuplicateMerge<Actor>;
template class DuplicateMerge<ForeignPartner>;
