#include "ImportReport.h"

#include <algorithm>

#include "CsvWriter.h"

#include <QSaveFile>

QString ImportReport::describe(const ImportProblem& problem) const
{
    QString text = QStringLiteral("%1:%2: ").arg(file).arg(problem.line);
    if (!problem.column.isEmpty())
        text += problem.column + QLatin1String(": ");
    return text + problem.message;
}

QString ImportReport::writeErrors(const QString& path) const
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return out.errorString();
    CsvWriter writer(&out, CsvWriter::Dialect::Excel);
    bool complete = writer.writeRecord({tr("File"), tr("Line"), tr("Column"), tr("Message")});
    for (const ImportProblem& problem : errors)
        complete = complete &&
                   writer.writeRecord({file, QString::number(problem.line), problem.column, problem.message});
    if (!complete || !out.commit())
        return out.errorString();
    return {};
}

bool ImportReport::hasStorageFailure() const
{
    return std::any_of(errors.cbegin(), errors.cend(),
                       [](const ImportProblem& problem) { return problem.storage; });
}

void ImportReport::addProblems(const Problems& problems, int line)
{
    for (const Problem& problem : problems)
        errors.append({line, QString(), problem.message, problem.isStorage()});
}
