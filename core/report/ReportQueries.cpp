#include "ReportQueries.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace {

QString partnershipTable(int year)
{
    return QStringLiteral("report_partnership_%1").arg(year);
}

QString projectTable(int year)
{
    return QStringLiteral("report_project_%1").arg(year);
}

QString actorTable(int year)
{
    return QStringLiteral("report_actor_%1").arg(year);
}

void bindYear(QSqlQuery& query, const QString& sql, int year)
{
    const auto bindIfUsed = [&](const QString& name, const QVariant& value) {
        // ":year" must not match ":year_start".
        if (sql.contains(QRegularExpression(name + QLatin1String("\\b"))))
            query.bindValue(name, value);
    };
    bindIfUsed(QStringLiteral(":year_start"), QStringLiteral("%1-01-01").arg(year));
    bindIfUsed(QStringLiteral(":year_end"), QStringLiteral("%1-12-31").arg(year));
    bindIfUsed(QStringLiteral(":year_text"), QString::number(year));
    bindIfUsed(QStringLiteral(":year"), year);
}

} // namespace

ReportQueries::ReportQueries(const QSqlDatabase& db, int year)
    : m_db(db)
    , m_year(year)
{
}

ReportQueries::~ReportQueries()
{
    QSqlQuery query(m_db);
    for (auto it = m_prepared.cbegin(); it != m_prepared.cend(); ++it) {
        query.exec(QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(partnershipTable(it.key())));
        query.exec(QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(projectTable(it.key())));
        query.exec(QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(actorTable(it.key())));
    }
}

void ReportQueries::prepareYear(int year) const
{
    if (m_prepared.contains(year))
        return;
    m_prepared.insert(year, true);
    const auto activeIn = [year](const QString& start, const QString& end) {
        return activeCondition(start, end, year);
    };
    const QStringList statements = {
        QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(partnershipTable(year)),
        // With the columns that most figures count by, so that they read this table alone.
        QStringLiteral("CREATE TEMP TABLE %1 (id INTEGER PRIMARY KEY, kind_code TEXT, signed_on TEXT)")
            .arg(partnershipTable(year)),
        QStringLiteral("INSERT INTO %1 SELECT id, kind_code, signed_on FROM partnership WHERE %2 AND "
                       "status_code <> 'en_projet'")
            .arg(partnershipTable(year), activeIn(QStringLiteral("signed_on"), QStringLiteral("ended_on"))),
        QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(projectTable(year)),
        QStringLiteral("CREATE TEMP TABLE %1 (id INTEGER PRIMARY KEY, in_france INTEGER, partnership_id "
                       "INTEGER, budget_eur_cents INTEGER)")
            .arg(projectTable(year)),
        QStringLiteral("INSERT INTO %1 SELECT id, in_france, partnership_id, CASE WHEN currency = 'EUR' THEN "
                       "budget_cents END FROM project WHERE %2")
            .arg(projectTable(year), activeIn(QStringLiteral("started_on"), QStringLiteral("ended_on"))),
        // The actors engaged: named, in any role, in a partnership or project active that year.
        QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(actorTable(year)),
        QStringLiteral("CREATE TEMP TABLE %1 (id INTEGER PRIMARY KEY)").arg(actorTable(year)),
        QStringLiteral(
            "INSERT INTO %1 SELECT actor_id FROM partnership_actor WHERE partnership_id IN (SELECT id FROM "
            "%2) UNION SELECT actor_id FROM project_actor WHERE project_id IN (SELECT id FROM %3)")
            .arg(actorTable(year), partnershipTable(year), projectTable(year)),
    };
    for (const QString& sql : statements) {
        QSqlQuery query(m_db);
        query.prepare(sql);
        bindYear(query, sql, year);
        if (!query.exec())
            m_error = query.lastError().text();
    }
}

QList<QVariantList> ReportQueries::rows(const QString& sqlTemplate, int year) const
{
    // The year's tables are made only for the queries that read them (the signatures of five
    // years do not need five years of active records).
    if (sqlTemplate.contains(QLatin1Char('{')))
        prepareYear(year);
    QString sql = sqlTemplate;
    sql.replace(QLatin1String("{partnerships}"), partnershipTable(year))
        .replace(QLatin1String("{projects}"), projectTable(year))
        .replace(QLatin1String("{actors}"), actorTable(year));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QList<QVariantList> result;
    if (!query.prepare(sql)) {
        m_error = query.lastError().text();
        return result;
    }
    bindYear(query, sql, year);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return result;
    }
    const int columns = query.record().count();
    while (query.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row << query.value(i);
        result << row;
    }
    return result;
}

QVariant ReportQueries::value(const QString& sql, int year) const
{
    const QList<QVariantList> found = rows(sql, year);
    return found.isEmpty() || found.first().isEmpty() ? QVariant() : found.first().first();
}

QString ReportQueries::activeCondition(const QString& start, const QString& end, int year)
{
    // For a whole year, the lists' rule (the earliest day a partial start may stand for is by 31
    // December, the latest day of the end on or after 1 January) is a comparison of years: the
    // same records, without building days for each row.
    return QStringLiteral(
               "(%1 IS NOT NULL AND substr(%1, 1, 4) <= '%3' AND (%2 IS NULL OR substr(%2, 1, 4) >= "
               "'%3'))")
        .arg(start, end)
        .arg(year, 4, 10, QLatin1Char('0'));
}

QList<QVariantList> ReportQueries::sideBySide(const QList<KeyedCount>& before,
                                              const QList<KeyedCount>& current)
{
    struct Line
    {
        QString label;
        int order = 0;
        qint64 before = 0;
        qint64 current = 0;
    };
    QHash<QString, Line> lines;
    const auto add = [&lines](const QList<KeyedCount>& counts, qint64 Line::*year) {
        for (const KeyedCount& count : counts) {
            Line& line = lines[count.key];
            line.label = count.label;
            line.order = count.order;
            line.*year += count.count;
        }
    };
    add(before, &Line::before);
    add(current, &Line::current);
    QList<Line> sorted = lines.values();
    std::sort(sorted.begin(), sorted.end(), [](const Line& a, const Line& b) {
        return a.order != b.order ? a.order < b.order : a.label < b.label;
    });
    QList<QVariantList> rows;
    for (const Line& line : std::as_const(sorted))
        rows << QVariantList{line.label, line.before, line.current};
    return rows;
}

double ReportQueries::percent(double part, double whole)
{
    return whole > 0 ? qRound(part * 1000.0 / whole) / 10.0 : 0.0;
}
