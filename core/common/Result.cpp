#include "Result.h"

#include <algorithm>

QString describeProblems(const Problems& problems)
{
    QStringList lines;
    lines.reserve(problems.size());
    for (const Problem& problem : problems)
        lines << (problem.field.isEmpty() ? problem.message
                                          : problem.field + QLatin1String(": ") + problem.message);
    return lines.join(QLatin1Char('\n'));
}

bool hasStorageProblem(const Problems& problems)
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [](const Problem& problem) { return problem.isStorage(); });
}

bool hasConflict(const Problems& problems)
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [](const Problem& problem) { return problem.kind == Problem::Kind::Conflict; });
}
