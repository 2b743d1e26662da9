#include "ImportChecks.h"

#include "csv/RecordImporter.h"
#include "database/SqliteHandle.h"
#include "support/TemporaryFile.h"

#include <QBuffer>
#include <QFile>

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

QStringList problemsListed(const ImportReport& report)
{
    QStringList listed;
    for (const ImportProblem& problem : report.errors)
        listed << QStringLiteral("%1 %2: %3").arg(problem.line).arg(problem.column, problem.message);
    return listed;
}

void checkListedOnce(const ImportReport& report, const QStringList& expected)
{
    const QStringList found = problemsListed(report);
    for (const QString& problem : expected) {
        INFO(problem.toStdString());
        CHECK(found.count(problem) == 1);
    }
    CHECK(found.size() == expected.size());
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
    QStringList warnings;
    for (const ImportProblem& warning : report.warnings) {
        if (warning.line == 0)
            warnings << report.describe(warning);
    }
    return warnings;
}

QList<quint64> writingStepsPer500Rows(const TestDatabase& db, RecordImporter& importer, const QString& path,
                                      int rows)
{
    sqlite3* handle = sqliteHandle(db.connection());
    REQUIRE(handle);
    quint64 steps = 0;
    sqlite3_progress_handler(
        handle, 16, [](void* counter) { return ++*static_cast<quint64*>(counter), 0; }, &steps);
    QList<quint64> atProgress; // every 500 rows: the first pass, then the writing pass
    const ImportReport report = importer.run(path, {}, [&](int) {
        atProgress << steps;
        return true;
    });
    sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    INFO(describeErrors(report).toStdString());
    REQUIRE(report.errors.isEmpty());
    const int calls = rows / 500;
    REQUIRE(atProgress.size() >= 2 * calls);
    QList<quint64> perSlice;
    for (int i = calls + 1; i < 2 * calls; ++i)
        perSlice << atProgress.at(i) - atProgress.at(i - 1);
    return perSlice;
}

void checkSameCostLateAsEarly(const QList<quint64>& steps)
{
    REQUIRE(steps.size() >= 4);
    const quint64 early = steps.at(1); // rows 1,000-1,500
    const quint64 late = steps.last();
    INFO("SQLite steps for 500 rows: " << early << " early, " << late << " late");
    CHECK(late < early + early / 4);
}

ImportReport importChangedBetweenPasses(RecordImporter& importer, const QByteArray& rows,
                                        std::initializer_list<Replacement> changes)
{
    const TemporaryFile file(rows);
    QByteArray changed = rows;
    for (const auto& [from, to] : changes)
        changed.replace(from, to);
    RecordImporter::Options options;
    options.beforeWriting = [&] {
        QFile rewritten(file.path());
        REQUIRE(rewritten.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(rewritten.write(changed) == changed.size());
        return Status();
    };
    const ImportReport report = importer.run(file.path(), options);
    INFO(describeErrors(report).toStdString());
    REQUIRE(report.written);
    return report;
}
