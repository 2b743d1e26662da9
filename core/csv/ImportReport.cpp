#include "ImportReport.h"

#include <algorithm>

#include "CsvWriter.h"
#include "OutputFile.h"
#include "common/TextFolding.h"

void ImportReport::addUnknownValue(const UnknownValue& value)
{
    const QString key = TextFolding::key(value.value);
    for (UnknownValue& known : unknownValues) {
        if (known.column == value.column && TextFolding::key(known.value) == key) {
            ++known.rows;
            return;
        }
    }
    unknownValues.append(value);
    unknownValues.last().rows = 1;
}

QString ImportReport::describe(const ImportProblem& problem) const
{
    QString text =
        problem.line > 0 ? QStringLiteral("%1:%2: ").arg(file).arg(problem.line) : file + QLatin1String(": ");
    if (!problem.column.isEmpty())
        text += problem.column + QLatin1String(": ");
    return text + problem.message;
}

QStringList ImportReport::warningLines() const
{
    QStringList lines;
    for (const ImportProblem& warning : warnings)
        lines << describe(warning);
    return lines;
}

Status ImportReport::writeErrors(const QString& path) const
{
    OutputFile out(path);
    if (Status begun = out.begin(); !begun)
        return begun;
    return writeErrors(out);
}

Status ImportReport::writeErrors(OutputFile& out) const
{
    CsvWriter writer(&out, CsvWriter::Dialect::Excel);
    writer.writeRecord({tr("File"), tr("Line"), tr("Column"), tr("Message")});
    for (const ImportProblem& problem : errors) {
        // After a refused write the file refuses the others, and its commit says why.
        if (!writer.writeRecord({file, QString::number(problem.line), problem.column, problem.message}))
            break;
    }
    return out.commit();
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
