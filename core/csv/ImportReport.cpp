#include "ImportReport.h"

QString ImportReport::describe(const ImportProblem& problem) const
{
    QString text = QStringLiteral("%1:%2: ").arg(file).arg(problem.line);
    if (!problem.column.isEmpty())
        text += problem.column + QLatin1String(": ");
    return text + problem.message;
}
