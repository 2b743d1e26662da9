#include "ImportChecks.h"

#include <QBuffer>

#include <catch2/catch.hpp>

QByteArray exportedFile(const TestDatabase& db, RecordExporter::Entity entity)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Result<int> written = RecordExporter(db.connection(), entity).write(&buffer, {});
    REQUIRE(written.ok());
    return buffer.data();
}

QStringList problemPlaces(const ImportReport& report)
{
    QStringList places;
    for (const ImportProblem& problem : report.errors)
        places << QStringLiteral("%1 %2").arg(problem.line).arg(problem.column);
    return places;
}
