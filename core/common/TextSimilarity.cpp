#include "TextSimilarity.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace TextSimilarity {

double ratio(const QString& a, const QString& b, double floor)
{
    const qsizetype longer = std::max(a.size(), b.size());
    if (longer == 0)
        return 1.0;
    // More edits than this and the ratio is below the floor: the length difference alone, or a
    // whole row of the table above it, tells so without finishing.
    const auto allowed = static_cast<qsizetype>((1.0 - floor) * static_cast<double>(longer));
    if (std::abs(a.size() - b.size()) > allowed)
        return 0.0;
    std::vector<qsizetype> previous(static_cast<size_t>(b.size()) + 1);
    std::vector<qsizetype> current(previous.size());
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[static_cast<size_t>(j)] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = i;
        qsizetype best = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const auto at = static_cast<size_t>(j);
            const qsizetype replaced = previous[at - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[at] = std::min({previous[at] + 1, current[at - 1] + 1, replaced});
            best = std::min(best, current[at]);
        }
        if (best > allowed)
            return 0.0;
        std::swap(previous, current);
    }
    const qsizetype distance = previous[static_cast<size_t>(b.size())];
    return 1.0 - static_cast<double>(distance) / static_cast<double>(longer);
}

} // namespace TextSimilarity
