#pragma once

#include <QString>

// How alike two spellings are, for duplicate detection: names already folded
// (TextFolding::normalizedName) that differ by a typing slip or a missing word.
namespace TextSimilarity {

// 1 for the same text, 0 for nothing in common: one minus the edit distance (Levenshtein: letters
// inserted, removed or replaced) over the length of the longer text. Below `floor` it may stop
// early and return any value below `floor`: most pairs of a list are far apart.
double ratio(const QString& a, const QString& b, double floor = 0.0);

} // namespace TextSimilarity
