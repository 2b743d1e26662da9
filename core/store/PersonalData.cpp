#include "PersonalData.h"

#include "common/Clock.h"
#include "common/TextFolding.h"
#include "database/Statement.h"
#include "database/Transaction.h"
#include "records/FieldLabels.h"
#include "search/SearchIndex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

// A column where an adviser may have typed a person, and how its row is named.
struct Column
{
    QString table;
    QString column;
    QString name; // an SQL expression naming the row for people
    // A contact column: emptied rather than edited (a half-erased address is no address).
    bool contact = false;
};

const QList<Column>& columns()
{
    static const QList<Column> list = [] {
        QList<Column> all;
        const auto add = [&](const QString& table, const QString& name, const QStringList& texts,
                             const QStringList& contacts = {}) {
            for (const QString& column : texts)
                all << Column{table, column, name, false};
            for (const QString& column : contacts)
                all << Column{table, column, name, true};
        };
        const QString name = QStringLiteral("name");
        const QString title = QStringLiteral("title");
        add(QStringLiteral("actor"), name,
            {name, QStringLiteral("acronym"), QStringLiteral("address"), QStringLiteral("website"),
             QStringLiteral("source"), QStringLiteral("notes")},
            {QStringLiteral("email"), QStringLiteral("phone")});
        add(QStringLiteral("foreign_partner"), name,
            {name, QStringLiteral("admin_area"), QStringLiteral("source"), QStringLiteral("notes")});
        add(QStringLiteral("partnership"), QStringLiteral("coalesce(title, '#' || id)"),
            {title, QStringLiteral("status_reason"), QStringLiteral("description"),
             QStringLiteral("source")});
        add(QStringLiteral("project"), title,
            {title, QStringLiteral("description"), QStringLiteral("source")});
        add(QStringLiteral("funding"), QStringLiteral("'#' || id"), {QStringLiteral("notes")});
        const QString changed = QStringLiteral("entity || ' #' || record_id || ' ' || changed_at");
        add(QStringLiteral("change_log"), changed,
            {QStringLiteral("old_value"), QStringLiteral("new_value"), QStringLiteral("user_name")});
        add(QStringLiteral("import_batch"), QStringLiteral("file_name || ' ' || started_at"),
            {QStringLiteral("user_name")});
        add(QStringLiteral("trash_entry"), name,
            {name, QStringLiteral("deleted_by"), QStringLiteral("content")});
        return all;
    }();
    return list;
}

bool isRecordTable(const QString& table)
{
    return SearchIndex::entityNumber(table) > 0 || table == QLatin1String("funding");
}

// `text` with every occurrence of `who` (case ignored) replaced by the mark.
QString without(QString text, const QString& who)
{
    return text.replace(who, PersonalData::erasedMark(), Qt::CaseInsensitive);
}

// The same inside every text of a JSON value (a trash entry's content), which stays valid JSON.
QJsonValue withoutInJson(const QJsonValue& value, const QString& who)
{
    if (value.isString())
        return without(value.toString(), who);
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue& item : value.toArray())
            array.append(withoutInJson(item, who));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = withoutInJson(it.value(), who);
        return object;
    }
    return value;
}

Status failed(const Statement& statement)
{
    return Status::storageFailure(
        PersonalData::tr("The personal data could not be read or erased: %1").arg(statement.error()));
}

} // namespace

PersonalData::PersonalData(const QSqlDatabase& db)
    : m_db(db)
{
}

QString PersonalData::erasedMark()
{
    return tr("[erased]");
}

Result<QList<PersonalData::Place>> PersonalData::find(const QString& who) const
{
    const QString wanted = who.trimmed();
    if (wanted.size() < 3)
        return Result<QList<Place>>::failure(
            tr("Give at least 3 characters of the person's name, e-mail address or phone number."));
    QString pattern = wanted;
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
    QList<Place> places;
    Transaction snapshot(m_db, Transaction::Kind::Read);
    for (const Column& column : columns()) {
        // LIKE ignores the case of ASCII letters only: the match is confirmed below for the others.
        Statement query(m_db,
                        QStringLiteral("SELECT id, %1, %2 FROM %3 WHERE lower(%1) LIKE lower(?) ESCAPE '\\'")
                            .arg(column.column, column.name, column.table));
        query.bind(0, pattern);
        while (query.next()) {
            const QString value = QString::fromUtf8(query.text(1));
            if (!value.contains(wanted, Qt::CaseInsensitive))
                continue;
            places << Place{column.table, query.integer(0), column.column, value,
                            QString::fromUtf8(query.text(2))};
        }
        if (!query.error().isEmpty())
            return Result<QList<Place>>(failed(query));
    }
    return places;
}

Result<QByteArray> PersonalData::exportJson(const QString& who) const
{
    const Result<QList<Place>> found = find(who);
    if (!found)
        return Result<QByteArray>(found.problems());
    QJsonArray held;
    for (const Place& place : found.value()) {
        held.append(QJsonObject{{QStringLiteral("table"), place.table},
                                {QStringLiteral("kind"), FieldLabels::kindOfRecord(place.table)},
                                {QStringLiteral("id"), place.rowId},
                                {QStringLiteral("record"), place.where},
                                {QStringLiteral("field"), place.column},
                                {QStringLiteral("label"), FieldLabels::label(place.column)},
                                {QStringLiteral("value"), place.value}});
    }
    const QJsonObject document{{QStringLiteral("person"), who.trimmed()},
                               {QStringLiteral("exported_at"), Clock::nowIso()},
                               {QStringLiteral("held"), held}};
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

Result<int> PersonalData::erase(const QString& who) const
{
    const QString wanted = who.trimmed();
    Transaction transaction(m_db);
    if (!transaction.started())
        return Result<int>(transaction.started());
    const Result<QList<Place>> found = find(wanted);
    if (!found)
        return Result<int>(found.problems());
    const QString now = Clock::nowIso();
    for (const Place& place : found.value()) {
        const auto column = std::find_if(columns().cbegin(), columns().cend(), [&](const Column& c) {
            return c.table == place.table && c.column == place.column;
        });
        QVariant erased;
        if (place.table == QLatin1String("trash_entry") && place.column == QLatin1String("content"))
            erased = QString::fromUtf8(
                QJsonDocument(
                    withoutInJson(QJsonDocument::fromJson(place.value.toUtf8()).object(), wanted).toObject())
                    .toJson(QJsonDocument::Compact));
        else if (!column->contact)
            erased = without(place.value, wanted);
        QString assignments = place.column + QLatin1String(" = ?");
        QVariantList values{erased};
        if (isRecordTable(place.table)) {
            assignments += QLatin1String(", version = version + 1, updated_at = ?");
            values << now;
            if (place.column == QLatin1String("name")) {
                assignments += QLatin1String(", name_normalized = ?");
                values << TextFolding::normalizedName(erased.toString());
            }
        }
        values << place.rowId;
        Statement update(m_db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(place.table, assignments));
        for (int i = 0; i < values.size(); ++i)
            update.bind(i, values.at(i));
        if (!update.run())
            return Result<int>(failed(update));
        if (Status indexed = SearchIndex::refresh(m_db, place.table, place.rowId); !indexed)
            return Result<int>(indexed);
    }
    if (Status committed = transaction.commit(); !committed)
        return Result<int>(committed);
    return static_cast<int>(found.value().size());
}
