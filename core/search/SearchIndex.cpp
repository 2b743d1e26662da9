#include "SearchIndex.h"
#include "database/SqlEngine.h"
#include "database/SqlErrors.h"

#include "TermBuffer.h"
#include "common/TextFolding.h"
#include "database/IdRanges.h"
#include "database/PreparedQuery.h"
#include "database/Statement.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace SearchIndex {

namespace {

// The schema version that creates the scheme table (migration 010).
constexpr int kSchemeTableVersion = 10;

QString updateFailed()
{
    return QCoreApplication::translate("SearchIndex", "The search index could not be updated");
}

// Œ, æ and ß spelt oe, ae and ss, as TextFolding does: FTS5's tokenizer takes off accents but
// keeps ligatures, and « Barœul » is to be found by « baroeul » (what matchExpression() searches
// for « Barœul » too).
QString withLigaturesSpelt(const QString& expression)
{
    return QStringLiteral("replace(replace(replace(replace(replace(%1, 'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), "
                          "'Æ', 'AE'), 'ß', 'ss')")
        .arg(expression);
}

// The text of each kind of record, as one SQL expression over the record's table aliased "r".
QString textQuery(const QSqlDatabase& db, const QString& table)
{
    const SqlEngine& engine = SqlEngine::of(db);
    if (table == QLatin1String("actor")) {
        return QStringLiteral(
                   "SELECT r.id * 8 + 1 AS entry, %1 AS words FROM actor r LEFT JOIN ref_commune c ON c.code "
                   "= "
                   "coalesce(r.commune_insee, r.insee_code) LEFT JOIN ref_departement d ON d.code = "
                   "r.departement_code LEFT JOIN ref_actor_type t ON t.code = r.actor_type_code")
            .arg(withLigaturesSpelt(QStringLiteral(
                "coalesce(r.name, '') || ' ' || coalesce(r.acronym, '') || ' ' || coalesce(c.name, "
                "'') || ' ' || coalesce(d.label_fr, '') || ' ' || coalesce(t.label_fr, '') || ' ' || "
                "coalesce(r.insee_code, '') || ' ' || coalesce(r.siren, '') || ' ' || "
                "coalesce(r.notes, '')")));
    }
    if (table == QLatin1String("foreign_partner")) {
        return QStringLiteral("SELECT r.id * 8 + 2 AS entry, %1 AS words FROM foreign_partner r LEFT JOIN "
                              "ref_country c ON c.code = "
                              "r.country_code LEFT JOIN ref_partner_type t ON t.code = r.partner_type_code")
            .arg(withLigaturesSpelt(
                QStringLiteral("coalesce(r.name, '') || ' ' || coalesce(r.admin_area, '') || ' ' || "
                               "coalesce(c.label_fr, '') || ' ' || coalesce(c.label_en, '') || ' ' || "
                               "coalesce(t.label_fr, '') || ' ' || coalesce(r.notes, '')")));
    }
    if (table == QLatin1String("partnership")) {
        return QStringLiteral("SELECT r.id * 8 + 3 AS entry, %1 AS words FROM partnership r LEFT JOIN "
                              "ref_partnership_kind k ON k.code = r.kind_code")
            .arg(withLigaturesSpelt(
                QStringLiteral("coalesce(r.title, '') || ' ' || coalesce(r.description, '') || ' ' || "
                               "coalesce(k.label_fr, '') || ' ' || coalesce(r.status_reason, '') || ' ' || "
                               "coalesce((SELECT %1 FROM partnership_theme pt JOIN ref_theme t ON t.code = "
                               "pt.theme_code WHERE pt.partnership_id = r.id), '')")
                    .arg(engine.aggregateList(QStringLiteral("t.label_fr"), QStringLiteral(" ")))));
    }
    if (table == QLatin1String("project")) {
        return QStringLiteral("SELECT r.id * 8 + 4 AS entry, %1 AS words FROM project r")
            .arg(withLigaturesSpelt(
                QStringLiteral("coalesce(r.title, '') || ' ' || coalesce(r.description, '') || ' ' || "
                               "coalesce((SELECT %1 FROM project_theme pt JOIN ref_theme t ON t.code = "
                               "pt.theme_code WHERE pt.project_id = r.id), '') || ' ' || "
                               "coalesce((SELECT %2 FROM project_country pc JOIN ref_country c ON c.code = "
                               "pc.country_code WHERE pc.project_id = r.id), '')")
                    .arg(engine.aggregateList(QStringLiteral("t.label_fr"), QStringLiteral(" ")),
                         engine.aggregateList(QStringLiteral("c.label_fr || ' ' || c.label_en"),
                                              QStringLiteral(" ")))));
    }
    if (table == QLatin1String("scheme")) {
        return QStringLiteral("SELECT r.id * 8 + 5 AS entry, %1 AS words FROM scheme r LEFT JOIN "
                              "ref_funding_programme p ON p.code = r.programme_code")
            .arg(withLigaturesSpelt(
                QStringLiteral("coalesce(r.name, '') || ' ' || coalesce(r.funder, '') || ' ' || "
                               "coalesce(p.label_fr, '') || ' ' || coalesce(r.description, '') || ' ' || "
                               "coalesce((SELECT %1 FROM scheme_theme st JOIN ref_theme t ON t.code = "
                               "st.theme_code WHERE st.scheme_id = r.id), '') || ' ' || "
                               "coalesce((SELECT %2 FROM scheme_country sc JOIN ref_country c ON c.code = "
                               "sc.country_code WHERE sc.scheme_id = r.id), '')")
                    .arg(engine.aggregateList(QStringLiteral("t.label_fr"), QStringLiteral(" ")),
                         engine.aggregateList(QStringLiteral("c.label_fr || ' ' || c.label_en"),
                                              QStringLiteral(" ")))));
    }
    return {};
}

const QStringList& indexedTables()
{
    static const QStringList tables = {QStringLiteral("actor"), QStringLiteral("foreign_partner"),
                                       QStringLiteral("partnership"), QStringLiteral("project"),
                                       QStringLiteral("scheme")};
    return tables;
}

// Every segment of the index merged into one (FTS5's 'optimize'); SQLite only.
Status compact(const QSqlDatabase& db)
{
    if (SqlEngine::of(db).kind() != SqlEngine::Kind::Sqlite)
        return {};
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("INSERT INTO search_index (search_index) VALUES ('optimize')")))
        return SqlErrors::failure(updateFailed(), query.lastError());
    return {};
}

// An indexed word, quoted for an FTS5 query, and the number of entries that hold it.
struct IndexedWord
{
    QString quoted;
    qint64 entries = 0;
};

// The indexed words that `word` begins; none when there are more than kProbeWords, or when the
// index's spelling of `word` is not certain: the tokenizer lowers case and takes accents off
// (unicode61, remove_diacritics 2), which TextFolding::key() does for every letter that folds to
// ASCII.
std::optional<QList<IndexedWord>> indexedWordsBeginning(const QSqlDatabase& db, const QString& word)
{
    const QString folded = TextFolding::key(word);
    const bool ascii =
        std::all_of(folded.cbegin(), folded.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (folded.size() != word.size() || !ascii)
        return std::nullopt;
    // FTS5's vocabulary of the index, a view of it that lives with the connection (the temp
    // schema: nothing is written to the database, which may be open read-only).
    QSqlQuery vocabulary(db);
    if (!vocabulary.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_index_words "
                                        "USING fts5vocab(main, search_index, 'row')")))
        return std::nullopt;
    // The words from `folded` up to the next string of its length: a seek in the vocabulary. It
    // counts each word's entries whether asked or not (it reads the word's whole list).
    QString next = folded;
    next.back() = QChar(next.back().unicode() + 1);
    Statement words(db, QStringLiteral("SELECT term, doc FROM temp.search_index_words WHERE term >= ? AND "
                                       "term < ? LIMIT %1")
                            .arg(kProbeWords + 1));
    words.bind(0, folded);
    words.bind(1, next);
    QList<IndexedWord> found;
    while (words.next())
        found.append({QLatin1Char('"') + words.string(0) + QLatin1Char('"'), words.integer(1)});
    if (!words.error().isEmpty() || found.size() > kProbeWords)
        return std::nullopt;
    return found;
}

// The words, as an FTS5 query that any of them matches.
QString anyOf(const QList<IndexedWord>& words)
{
    QStringList quoted;
    for (const IndexedWord& word : words)
        quoted << word.quoted;
    return QLatin1Char('(') + quoted.join(QLatin1String(" OR ")) + QLatin1Char(')');
}

} // namespace

int entityNumber(const QString& table)
{
    return static_cast<int>(indexedTables().indexOf(table)) + 1;
}

Status rebuild(const QSqlDatabase& db, int schemaVersion)
{
    const TermBuffer buffer(db);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("DELETE FROM search_index")))
        return SqlErrors::failure(updateFailed(), query.lastError());
    for (const QString& table : indexedTables()) {
        // The migration that indexes existing records runs before the later tables exist.
        if (table == QLatin1String("scheme") && schemaVersion < kSchemeTableVersion)
            continue;
        if (!query.exec(QStringLiteral("INSERT INTO search_index (rowid, content) ") + textQuery(db, table)))
            return SqlErrors::failure(updateFailed(), query.lastError());
    }
    return compact(db);
}

Status remove(const QSqlDatabase& db, const QString& table, qint64 id)
{
    const int number = entityNumber(table);
    if (number <= 0)
        return {};
    PreparedQuery query(db, QStringLiteral("DELETE FROM search_index WHERE rowid = ?"));
    Statement& removal = query.bound();
    removal.bind(0, id * 8 + number);
    if (!removal.run())
        return SqlErrors::failure(updateFailed(), removal.sqlError());
    return {};
}

Status refresh(const QSqlDatabase& db, const QString& table, qint64 id)
{
    if (entityNumber(table) <= 0)
        return {};
    // A change that leaves the words as they were (a source, a date, a status: half the updates of
    // an import) keeps the entry, which FTS5 would otherwise delete and tokenise again.
    {
        PreparedQuery same(db,
                           QStringLiteral("SELECT 1 FROM (") + textQuery(db, table) +
                               QLatin1String(" WHERE r.id = ?) AS t JOIN search_index s ON s.rowid = t.entry "
                                             "WHERE s.content = t.words"));
        Statement& lookup = same.bound();
        lookup.bind(0, id);
        if (lookup.run() && lookup.returnedRow())
            return {};
    }
    if (Status removed = remove(db, table, id); !removed)
        return removed;
    PreparedQuery query(db, QStringLiteral("INSERT INTO search_index (rowid, content) ") +
                                textQuery(db, table) + QLatin1String(" WHERE r.id = ?"));
    Statement& insert = query.bound();
    insert.bind(0, id);
    if (!insert.run())
        return SqlErrors::failure(updateFailed(), insert.sqlError());
    return {};
}

bool readsAny(const QSqlDatabase& db, const QString& table, const QStringList& fields)
{
    if (entityNumber(table) <= 0)
        return false;
    // The names the text's query reads, taken from the query itself so that they cannot fall out
    // of step with it: the record's columns (r.title) and the tables it joins (partnership_theme).
    static QMutex mutex;
    static QHash<QString, QSet<QString>> namesByTable;
    const QMutexLocker locker(&mutex);
    auto names = namesByTable.constFind(table);
    if (names == namesByTable.cend()) {
        static const QRegularExpression name(QStringLiteral("(?:\\br\\.|\\bFROM |\\bJOIN )(\\w+)"));
        QSet<QString> read;
        for (const QRegularExpressionMatch& match : name.globalMatch(textQuery(db, table)))
            read.insert(match.captured(1));
        names = namesByTable.insert(table, read);
    }
    return std::any_of(fields.cbegin(), fields.cend(),
                       [&](const QString& field) { return names->contains(field); });
}

Result<qint64> addFrom(const QSqlDatabase& db, const QString& table, qint64 firstId, qint64 recordsAStatement)
{
    const int number = entityNumber(table);
    if (number <= 0)
        return qint64(0);
    // A record changed after it was created (a later row of the same file) had its entry
    // written then: those go first, and every record of the range gets its entry once.
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM search_index WHERE rowid >= ? AND rowid % 8 = ?"));
    query.addBindValue(firstId * 8);
    query.addBindValue(number);
    if (!query.exec())
        return SqlErrors::failure(updateFailed(), query.lastError());
    // A statement for some thousands of records (forEachIdRange).
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO search_index (rowid, content) ") + textQuery(db, table) +
                   QLatin1String(" WHERE r.id >= ? AND r.id < ?"));
    qint64 added = 0;
    const Status written =
        forEachIdRange(db, table, firstId, recordsAStatement, updateFailed(), [&](qint64 from, qint64 to) {
            insert.addBindValue(from);
            insert.addBindValue(to);
            if (!insert.exec())
                return SqlErrors::failure(updateFailed(), insert.lastError());
            added += insert.numRowsAffected();
            return Status();
        });
    if (!written)
        return written;
    return added;
}

Status compactAfter(const QSqlDatabase& db, qint64 added)
{
    if (added <= 0 || SqlEngine::of(db).kind() != SqlEngine::Kind::Sqlite)
        return {};
    // The index's entries, counted by the records that have one: each table's count comes from
    // its smallest index, where FTS5 would read every row of its own.
    QStringList counts;
    for (const QString& table : indexedTables())
        counts << QStringLiteral("(SELECT count(*) FROM %1)").arg(table);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT ") + counts.join(QLatin1String(" + "))) || !query.next())
        return SqlErrors::failure(updateFailed(), query.lastError());
    if (added * 4 < query.value(0).toLongLong())
        return {};
    return compact(db);
}

QString matchExpression(const QString& typed)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    // "St" and "Ste" stand for "Saint" and "Sainte", as people abbreviate them.
    static const QHash<QString, QString> abbreviations = {{QStringLiteral("st"), QStringLiteral("saint")},
                                                          {QStringLiteral("ste"), QStringLiteral("sainte")}};
    QStringList terms;
    QString spelt = typed;
    spelt.replace(QChar(0x0153), QLatin1String("oe"))
        .replace(QChar(0x0152), QLatin1String("OE"))
        .replace(QChar(0x00E6), QLatin1String("ae"))
        .replace(QChar(0x00C6), QLatin1String("AE"))
        .replace(QChar(0x00DF), QLatin1String("ss"));
    for (const QString& word : spelt.split(separators, Qt::SkipEmptyParts)) {
        const QString term = QLatin1Char('"') + word + QLatin1String("\"*");
        const auto full = abbreviations.constFind(word.toLower());
        terms << (full == abbreviations.cend() ? term : QStringLiteral("(%1 OR \"%2\"*)").arg(term, *full));
    }
    return terms.join(QLatin1String(" AND "));
}

QString matchingIds(const QSqlDatabase& db, const QString& table)
{
    return SqlEngine::of(db).searchMatches(entityNumber(table));
}

QString recordMatches(const QSqlDatabase& db, const QString& table, const QString& idExpression,
                      const Probe& probe)
{
    if (SqlEngine::of(db).kind() != SqlEngine::Kind::Sqlite)
        return {};
    // rowid = record id * 8 + the entity's number (resources/migrations/003_search.sql).
    const QString entry = QStringLiteral("(%1) * 8 + %2").arg(idExpression).arg(entityNumber(table));
    const QString lookup =
        QStringLiteral("EXISTS (SELECT 1 FROM search_index WHERE search_index MATCH :probe AND rowid = %1)")
            .arg(entry);
    if (probe.rare.isEmpty())
        return lookup;
    const QString rare = IdSet::condition(entry, QStringLiteral(":rare"));
    return probe.lookup.isEmpty()
               ? rare
               : QLatin1Char('(') + rare + QLatin1String(" OR ") + lookup + QLatin1Char(')');
}

std::optional<IdSet> matchingEntries(const QSqlDatabase& db, const QString& expression)
{
    if (!IdSet::available(db))
        return std::nullopt;
    Statement entries(db, QStringLiteral("SELECT rowid FROM search_index WHERE search_index MATCH ?"));
    entries.bind(0, expression);
    return IdSet::read(entries);
}

Probe probe(const QSqlDatabase& db, const QString& typed, qint64 mostRareEntries)
{
    if (SqlEngine::of(db).kind() != SqlEngine::Kind::Sqlite)
        return {};
    static const QRegularExpression term(QStringLiteral("\"([^\"]*)\"\\*"));
    const QString expression = matchExpression(typed);
    Probe probe;
    // The indexed words of a search of one word (the common case of typing), where some of them
    // are rare.
    std::optional<QList<IndexedWord>> single;
    qsizetype copied = 0;
    for (auto it = term.globalMatch(expression); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        probe.expression += QStringView(expression).mid(copied, match.capturedStart() - copied);
        copied = match.capturedEnd();
        const QString word = match.captured(1);
        // The prefix lengths of resources/migrations/003_search.sql.
        if (word.size() <= 3) {
            probe.expression += match.captured();
            continue;
        }
        const std::optional<QList<IndexedWord>> words = indexedWordsBeginning(db, word);
        if (!words)
            return {};
        // A word that begins no indexed word matches nothing, and its lookup costs nothing.
        probe.expression += words->isEmpty() ? match.captured() : anyOf(*words);
        if (match.capturedStart() == 0 && match.capturedEnd() == expression.size())
            single = words;
    }
    probe.expression += QStringView(expression).mid(copied);
    probe.lookup = probe.expression;
    if (!single || single->isEmpty() || !IdSet::available(db))
        return probe;
    // Each word looked up costs about the same whatever its number of entries (at a million
    // records, 12 µs for « jumeaux » and its 315 entries as for « jumelage » and its 384,847, and
    // an OR of both 21 µs: docs/performance.md). The rare words' entries are read once into a set
    // instead, which a record's entry is tested in; the common words are looked up. Reading an
    // entry into the set costs some 0.3 µs, looking a word up 12 µs at each record walked: a walk
    // of some hundreds of records pays for the set of the rarest words up to kRareEntries entries
    // (3 ms at most). Words as common as each other keep the vocabulary's order.
    QList<IndexedWord> words = *single;
    std::stable_sort(words.begin(), words.end(),
                     [](const IndexedWord& a, const IndexedWord& b) { return a.entries < b.entries; });
    QList<IndexedWord> common;
    QList<IndexedWord> rare;
    qint64 inSet = 0;
    for (const IndexedWord& word : std::as_const(words)) {
        inSet += word.entries;
        (inSet > mostRareEntries ? common : rare) << word;
    }
    if (rare.isEmpty())
        return probe;
    probe.lookup = common.isEmpty() ? QString() : anyOf(common);
    probe.rare = anyOf(rare);
    return probe;
}

} // namespace SearchIndex
