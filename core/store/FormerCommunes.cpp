#include "FormerCommunes.h"

#include "ChangeLog.h"
#include "common/Clock.h"

#include <QSqlError>
#include <QSqlQuery>

namespace FormerCommunes {

Status moveActors(const QSqlDatabase& db, const QString& changedBy)
{
    const ChangeLog changeLog(db, changedBy);
    for (const QString& column : {QStringLiteral("insee_code"), QStringLiteral("commune_insee")}) {
        QSqlQuery moved(db);
        if (!moved.exec(QStringLiteral("SELECT a.id, a.uuid, a.%1, f.current_code FROM actor a "
                                       "JOIN ref_commune_former f ON f.code = a.%1 "
                                       "WHERE f.kind <> 'arrondissement'")
                            .arg(column)))
            return Status::failure(moved.lastError().text());
        QSqlQuery update(db);
        update.prepare(
            QStringLiteral("UPDATE actor SET %1 = ?, updated_at = ?, version = version + 1 WHERE id = ?")
                .arg(column));
        while (moved.next()) {
            const qint64 id = moved.value(0).toLongLong();
            const QString now = Clock::nowIso();
            update.addBindValue(moved.value(3));
            update.addBindValue(now);
            update.addBindValue(id);
            if (!update.exec())
                return Status::failure(update.lastError().text());
            if (Status logged = changeLog.record(ChangeLog::Action::Update, QStringLiteral("actor"), id,
                                                 moved.value(1).toString(), {{column, moved.value(2)}},
                                                 {{column, moved.value(3)}}, now);
                !logged)
                return logged;
        }
    }
    return {};
}

} // namespace FormerCommunes
