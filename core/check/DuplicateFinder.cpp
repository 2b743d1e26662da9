#include "DuplicateFinder.h"

#include "common/TextFolding.h"
#include "common/TextSimilarity.h"
#include "database/Statement.h"
#include "records/FieldText.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

namespace {

// Names this close (one slip in a name of seven letters) are worth the adviser's look, if what
// differs between them is close too (a slip, not another word).
constexpr double kCloseNames = 0.85;
constexpr double kCloseWords = 0.75;

// The numbers in a name, in order: "Lycée 2" and "Lycée 3", "Chambre des métiers 38" and "… 42"
// are close spellings of different organisations, not a slip.
QString numbersOf(const QString& folded)
{
    QString numbers;
    for (const QChar c : folded) {
        if (c.isDigit())
            numbers += c;
        else if (!numbers.isEmpty() && !numbers.endsWith(QLatin1Char(' ')))
            numbers += QLatin1Char(' ');
    }
    return numbers.trimmed();
}

// What two names do not share: the words they begin and end with in common left out. "Comité de
// jumelage de Bozas" and "… de Meyras" are 86 % alike as wholes, yet "bozas" and "meyras" are
// two towns; "Œuvre des Pupilles" and "Oeuvre des Pupiles" differ by a slip in "pupilles".
std::pair<QString, QString> differingParts(const QString& a, const QString& b)
{
    QStringList first = a.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList second = b.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (!first.isEmpty() && !second.isEmpty() && first.first() == second.first()) {
        first.removeFirst();
        second.removeFirst();
    }
    while (!first.isEmpty() && !second.isEmpty() && first.last() == second.last()) {
        first.removeLast();
        second.removeLast();
    }
    return {first.join(QLatin1Char(' ')), second.join(QLatin1Char(' '))};
}

// One record as the search for pairs compares it.
struct Compared
{
    qint64 id = 0;
    QString name;
    QString folded;    // TextFolding::normalizedName, as stored
    QStringList codes; // official codes, each prefixed by its kind ("siren:…")
    QString place;     // département or country code
};

QList<Compared> readCompared(const QSqlDatabase& db, const QString& sql, int codeColumns)
{
    QList<Compared> rows;
    Statement query(db, sql);
    while (query.next()) {
        Compared row;
        row.id = query.integer(0);
        row.name = QString::fromUtf8(query.text(1));
        row.folded = QString::fromUtf8(query.text(2));
        row.place = QString::fromUtf8(query.text(3));
        for (int i = 0; i < codeColumns; ++i) {
            if (!query.isNull(4 + i))
                row.codes << QString::number(i) + QLatin1Char(':') + QString::fromUtf8(query.text(4 + i));
        }
        rows << row;
    }
    return rows;
}

// Pairs found by one or more rules, each pair once, with its best score and every reason.
class PairCollector
{
public:
    PairCollector(const QList<Compared>& rows, std::function<QString(const QString&)> placeText)
        : m_rows(rows)
        , m_placeText(std::move(placeText))
    {
    }

    void add(qsizetype a, qsizetype b, int score, const QString& reason)
    {
        const Compared& first = m_rows.at(std::min(a, b));
        const Compared& second = m_rows.at(std::max(a, b));
        DuplicateFinder::Pair& pair = m_pairs[{std::min(first.id, second.id), std::max(first.id, second.id)}];
        if (pair.firstId == 0) {
            const bool inOrder = first.id < second.id;
            const Compared& older = inOrder ? first : second;
            const Compared& newer = inOrder ? second : first;
            pair = {older.id,
                    older.name,
                    newer.id,
                    newer.name,
                    placeOf(older.place.isEmpty() ? newer.place : older.place),
                    score,
                    reason};
            return;
        }
        pair.score = std::max(pair.score, score);
        if (!pair.reason.contains(reason))
            pair.reason += QStringLiteral("; ") + reason;
    }

    QList<DuplicateFinder::Pair> sorted() const
    {
        QList<DuplicateFinder::Pair> pairs;
        for (const auto& entry : m_pairs)
            pairs << entry.second;
        std::stable_sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) {
            return a.score != b.score ? a.score > b.score : a.firstName.localeAwareCompare(b.firstName) < 0;
        });
        return pairs;
    }

private:
    QString placeOf(const QString& code)
    {
        if (code.isEmpty())
            return {};
        auto found = m_places.constFind(code);
        if (found == m_places.cend())
            found = m_places.insert(code, m_placeText(code));
        return found.value();
    }

    const QList<Compared>& m_rows;
    std::function<QString(const QString&)> m_placeText;
    std::map<std::pair<qint64, qint64>, DuplicateFinder::Pair> m_pairs;
    QHash<QString, QString> m_places;
};

// Calls `visit` with every two rows of each group (rows with the same key).
template <typename Key, typename Visit>
void eachPairOfGroups(const QList<Compared>& rows, Key key, Visit visit)
{
    QHash<QString, QList<qsizetype>> groups;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        for (const QString& k : key(rows.at(i)))
            groups[k] << i;
    }
    for (const QList<qsizetype>& group : std::as_const(groups)) {
        for (qsizetype i = 0; i < group.size(); ++i) {
            for (qsizetype j = i + 1; j < group.size(); ++j)
                visit(group.at(i), group.at(j));
        }
    }
}

// The rules every pair of records goes through; `codeNames` tells what each official code is.
QList<DuplicateFinder::Pair> findPairs(const QList<Compared>& rows, const QStringList& codeNames,
                                       const QString& samePlace, const QString& closePlace,
                                       std::function<QString(const QString&)> placeText)
{
    PairCollector pairs(rows, std::move(placeText));
    eachPairOfGroups(
        rows, [](const Compared& row) { return row.codes; },
        [&](qsizetype a, qsizetype b) {
            // Each code the two share (a pair may share its SIREN and its INSEE code).
            for (const QString& shared : rows.at(a).codes) {
                if (rows.at(b).codes.contains(shared)) {
                    const qsizetype kind = shared.section(QLatin1Char(':'), 0, 0).toInt();
                    pairs.add(a, b, 100,
                              DuplicateFinder::tr("same %1 %2")
                                  .arg(codeNames.value(kind), shared.section(QLatin1Char(':'), 1)));
                }
            }
        });
    eachPairOfGroups(
        rows, [](const Compared& row) { return QStringList{row.folded}; },
        [&](qsizetype a, qsizetype b) {
            const QString& first = rows.at(a).place;
            const QString& second = rows.at(b).place;
            if (first == second)
                pairs.add(a, b, 90, samePlace);
            else if (first.isEmpty() || second.isEmpty())
                pairs.add(a, b, 75, DuplicateFinder::tr("same name, one without a place"));
            // Else two places: namesakes (France has many Saint-Martin).
        });
    eachPairOfGroups(
        rows,
        [](const Compared& row) { return row.place.isEmpty() ? QStringList() : QStringList{row.place}; },
        [&](qsizetype a, qsizetype b) {
            const QString& first = rows.at(a).folded;
            const QString& second = rows.at(b).folded;
            if (first == second || numbersOf(first) != numbersOf(second))
                return;
            const double ratio = TextSimilarity::ratio(first, second, kCloseNames);
            if (ratio < kCloseNames)
                return;
            const auto [firstWords, secondWords] = differingParts(first, second);
            if (TextSimilarity::ratio(firstWords, secondWords, kCloseWords) >= kCloseWords)
                pairs.add(a, b, static_cast<int>(std::lround(ratio * 85)),
                          closePlace.arg(std::lround(ratio * 100)));
        });
    return pairs.sorted();
}

void addUnique(QList<DuplicateFinder::Candidate>& candidates, const DuplicateFinder::Candidate& candidate)
{
    for (const DuplicateFinder::Candidate& existing : candidates) {
        if (existing.id == candidate.id)
            return;
    }
    candidates.append(candidate);
}

} // namespace

DuplicateFinder::DuplicateFinder(const QSqlDatabase& db)
    : m_db(db)
{
}

QList<DuplicateFinder::Candidate> DuplicateFinder::actors(const Actor& actor) const
{
    QList<Candidate> candidates;
    QSqlQuery query(m_db);
    const auto collect = [&](const QString& reason) {
        while (query.next()) {
            if (query.value(0).toLongLong() != actor.id)
                addUnique(candidates, {query.value(0).toLongLong(), query.value(1).toString(), reason});
        }
    };
    for (const auto& [column, value] :
         {std::pair{QStringLiteral("insee_code"), actor.inseeCode},
          std::pair{QStringLiteral("siren"), actor.siren}, std::pair{QStringLiteral("rna"), actor.rna}}) {
        if (value.isEmpty())
            continue;
        query.prepare(QStringLiteral("SELECT id, name FROM actor WHERE %1 = ?").arg(column));
        query.addBindValue(value);
        if (query.exec())
            collect(tr("same official code %1").arg(value));
    }
    const QString normalized = TextFolding::normalizedName(actor.name);
    if (!normalized.isEmpty()) {
        query.prepare(QStringLiteral("SELECT id, name FROM actor WHERE name_normalized = ? "
                                     "AND coalesce(departement_code, '') = coalesce(?, '')"));
        query.addBindValue(normalized);
        query.addBindValue(actor.departementCode.isEmpty() ? QVariant() : QVariant(actor.departementCode));
        if (query.exec())
            collect(tr("same name in the same department"));
    }
    return candidates;
}

QList<DuplicateFinder::Candidate> DuplicateFinder::partners(const ForeignPartner& partner) const
{
    QList<Candidate> candidates;
    const QString normalized = TextFolding::normalizedName(partner.name);
    if (normalized.isEmpty())
        return candidates;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT id, name FROM foreign_partner WHERE name_normalized = ? AND country_code = ?"));
    query.addBindValue(normalized);
    query.addBindValue(partner.countryCode);
    if (query.exec()) {
        while (query.next()) {
            if (query.value(0).toLongLong() != partner.id)
                addUnique(candidates, {query.value(0).toLongLong(), query.value(1).toString(),
                                       tr("same name in the same country")});
        }
    }
    return candidates;
}

QList<DuplicateFinder::Candidate> DuplicateFinder::partnerships(const Partnership& partnership) const
{
    QList<Candidate> candidates;
    if (partnership.actors.isEmpty() || partnership.partnerIds.isEmpty())
        return candidates;
    // Same nature, and one of its actors already works with one of its partners.
    QStringList actorIds;
    for (const ActorLink& link : partnership.actors)
        actorIds << QString::number(link.actorId);
    QStringList partnerIds;
    for (const qint64 id : partnership.partnerIds)
        partnerIds << QString::number(id);
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral(
            "SELECT DISTINCT p.id, (SELECT a.name FROM actor a WHERE a.id = pa.actor_id) || ' – ' || "
            "(SELECT f.name FROM foreign_partner f WHERE f.id = pp.partner_id) "
            "FROM partnership p JOIN partnership_actor pa ON pa.partnership_id = p.id "
            "JOIN partnership_partner pp ON pp.partnership_id = p.id "
            "WHERE p.kind_code = ? AND pa.actor_id IN (%1) AND pp.partner_id IN (%2)")
            .arg(actorIds.join(QLatin1Char(',')), partnerIds.join(QLatin1Char(','))));
    query.addBindValue(partnership.kindCode);
    if (query.exec()) {
        while (query.next()) {
            if (query.value(0).toLongLong() != partnership.id)
                addUnique(candidates, {query.value(0).toLongLong(), query.value(1).toString(),
                                       tr("same nature, same actor and partner")});
        }
    }
    return candidates;
}

QList<DuplicateFinder::Pair> DuplicateFinder::actorPairs() const
{
    const QList<Compared> rows = readCompared(
        m_db,
        QStringLiteral(
            "SELECT id, name, name_normalized, departement_code, siren, rna, insee_code FROM actor"),
        3);
    const QSqlDatabase db = m_db;
    return findPairs(
        rows, {tr("SIREN"), tr("RNA number"), tr("INSEE code")}, tr("same name in the same department"),
        tr("close names in the same department (%1 % alike)"), [db](const QString& code) {
            return FieldText::display(db, QStringLiteral("actor"), QStringLiteral("departement_code"), code);
        });
}

QList<DuplicateFinder::Pair> DuplicateFinder::partnerPairs() const
{
    const QList<Compared> rows = readCompared(
        m_db, QStringLiteral("SELECT id, name, name_normalized, country_code FROM foreign_partner"), 0);
    const QSqlDatabase db = m_db;
    return findPairs(rows, {}, tr("same name in the same country"),
                     tr("close names in the same country (%1 % alike)"), [db](const QString& code) {
                         return FieldText::display(db, QStringLiteral("foreign_partner"),
                                                   QStringLiteral("country_code"), code);
                     });
}
