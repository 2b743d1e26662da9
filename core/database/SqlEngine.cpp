#include "SqlEngine.h"

#include "PostgresEngine.h"
#include "SqlErrors.h"
#include "SqliteEngine.h"
#include "common/CurrentUser.h"

#include <QSqlQuery>

Status SqlEngine::rewriteSortKeys(const QSqlDatabase& db)
{
    // The views partnership_sort_key and project_sort_key (migration 014) hold the rule; these
    // are the statements that filled the columns in migration 013.
    const QStringList statements{
        QStringLiteral(
            "UPDATE partnership SET (sort_actors, sort_partners, sort_countries_fr, sort_countries_en) = "
            "(SELECT actors, partners, countries_fr, countries_en FROM partnership_sort_key k "
            "WHERE k.id = partnership.id)"),
        QStringLiteral(
            "UPDATE project SET (sort_carriers, sort_countries_fr, sort_countries_en) = "
            "(SELECT carriers, countries_fr, countries_en FROM project_sort_key k WHERE k.id = project.id)"),
    };
    QSqlQuery query(db);
    for (const QString& statement : statements) {
        if (!query.exec(statement))
            return SqlErrors::failure(tr("The records' sort keys could not be written"), query.lastError());
    }
    return {};
}

QString SqlEngine::quoted(const QString& text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QLatin1String("''")) +
           QLatin1Char('\'');
}

QString SqlEngine::onConflict(const QStringList& keys, const QStringList& columns) const
{
    const QString head = QStringLiteral("ON CONFLICT (%1) ").arg(keys.join(QLatin1String(", ")));
    if (columns.isEmpty())
        return head + QLatin1String("DO NOTHING");
    QStringList assignments;
    for (const QString& column : columns)
        assignments << QStringLiteral("%1 = excluded.%1").arg(column);
    return head + QLatin1String("DO UPDATE SET ") + assignments.join(QLatin1String(", "));
}

QString SqlEngine::author() const
{
    // TEXT: PostgreSQL would otherwise take the parameter for current_user's type, `name`, cut at
    // 63 bytes.
    return QStringLiteral("COALESCE(CAST(? AS TEXT), %1)").arg(defaultAuthor());
}

QVariant SqlEngine::authorValue(const QString& named)
{
    const QString name = named.isEmpty() ? CurrentUser::chosenName() : named;
    return name.isEmpty() ? QVariant() : QVariant(name);
}

QString SqlEngine::unnamedAuthor(const QSqlDatabase& db) const
{
    QSqlQuery query(db);
    if (!query.exec(QLatin1String("SELECT ") + defaultAuthor()) || !query.next())
        return {};
    return query.value(0).toString();
}

QString SqlEngine::changeChannel()
{
    return QStringLiteral("observatoire_changes");
}

const SqlEngine& SqlEngine::of(const QSqlDatabase& db)
{
    static const SqliteEngine sqlite;
    static const PostgresEngine postgres;
    if (db.isValid() && db.driverName() == QLatin1String("QPSQL"))
        return postgres;
    Q_ASSERT(!db.isValid() || db.driverName() == QLatin1String("QSQLITE"));
    return sqlite;
}

Result<QStringList> SqlEngine::dataTables(const QSqlDatabase& db) const
{
    QSqlQuery query(db);
    if (!query.exec(dataTablesQuery()))
        return SqlErrors::failure(tr("The tables of the database could not be read"), query.lastError());
    QStringList tables;
    while (query.next())
        tables << query.value(0).toString();
    return tables;
}

Result<QList<SqlEngine::Reference>> SqlEngine::references(const QSqlDatabase& db) const
{
    QSqlQuery query(db);
    if (!query.exec(referencesQuery()))
        return SqlErrors::failure(tr("The foreign keys of the database could not be read"),
                                  query.lastError());
    QList<Reference> references;
    while (query.next())
        references.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return references;
}
