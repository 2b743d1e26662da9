#include "ValueAliases.h"

#include "common/TextFolding.h"
#include "database/SqlErrors.h"

#include <QSqlError>
#include <QSqlQuery>

ValueAliases::ValueAliases(const QSqlDatabase& db)
    : m_db(db)
{
}

Status ValueAliases::keep(const QString& vocabulary, const QString& alias, const QString& code) const
{
    const QString key = TextFolding::key(alias);
    if (key.isEmpty() || code.isEmpty())
        return Status::failure(tr("An empty spelling or entry cannot be kept."));
    QSqlQuery query(m_db);
    if (vocabulary == QLatin1String("ref_country")) {
        query.prepare(QStringLiteral(
            "INSERT INTO ref_country_alias (alias_key, country_code, builtin) VALUES (?, ?, 0) "
            "ON CONFLICT (alias_key) DO UPDATE SET country_code = excluded.country_code, "
            "builtin = 0"));
        query.addBindValue(key);
        query.addBindValue(code);
    } else {
        query.prepare(QStringLiteral("INSERT INTO ref_vocabulary_alias (vocabulary, alias_key, alias, code) "
                                     "VALUES (?, ?, ?, ?) ON CONFLICT (vocabulary, alias_key) DO UPDATE SET "
                                     "alias = excluded.alias, code = excluded.code"));
        query.addBindValue(vocabulary);
        query.addBindValue(key);
        query.addBindValue(alias.trimmed());
        query.addBindValue(code);
    }
    if (!query.exec())
        return SqlErrors::failure(tr("The spelling \"%1\" could not be kept").arg(alias), query.lastError());
    return {};
}
