#include "ImportChecks.h"

#include <QBuffer>
#include <QRegularExpression>

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

QString describeErrors(const ImportReport& report)
{
    QStringList lines;
    for (const ImportProblem& problem : report.errors)
        lines << report.describe(problem);
    return lines.join(QLatin1Char('\n'));
}

void checkSameLines(const QByteArray& after, const QByteArray& before)
{
    const QList<QByteArray> afterLines = after.split('\n');
    const QList<QByteArray> beforeLines = before.split('\n');
    REQUIRE(afterLines.size() == beforeLines.size());
    for (qsizetype i = 0; i < beforeLines.size(); ++i) {
        INFO("line " << i + 1);
        CHECK(QString::fromUtf8(afterLines.at(i)).toStdString() ==
              QString::fromUtf8(beforeLines.at(i)).toStdString());
    }
}

QStringList fileWarnings(const ImportReport& report)
{
    static const QRegularExpression rowWarning(QStringLiteral(":\\d+: "));
    QStringList warnings;
    for (const QString& warning : report.warnings) {
        if (!warning.contains(rowWarning))
            warnings << warning;
    }
    return warnings;
}
