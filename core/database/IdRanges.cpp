#include "IdRanges.h"

#include "SqlErrors.h"

#include <QSqlQuery>

#include <algorithm>

Status forEachIdRange(const QSqlDatabase& db, const QString& table, qint64 firstId, qint64 idsARange,
                      const QString& failure, const std::function<Status(qint64 from, qint64 to)>& each)
{
    const qint64 step = std::max<qint64>(1, idsARange);
    QSqlQuery next(db);
    next.prepare(QStringLiteral("SELECT min(id) FROM %1 WHERE id >= ?").arg(table));
    for (qint64 from = firstId;;) {
        next.addBindValue(from);
        if (!next.exec() || !next.next())
            return SqlErrors::failure(failure, next.lastError());
        if (next.value(0).isNull())
            return {};
        from = next.value(0).toLongLong();
        if (Status written = each(from, from + step); !written)
            return written;
        from += step;
    }
}
