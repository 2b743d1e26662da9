#pragma once

#include <QString>
#include <QStringList>

// How several labels of one field read side by side (themes, countries, actor types, the names of
// a partnership's partners): vocabulary labels hold commas themselves (« Culture, patrimoine,
// sport »), so a comma between them would hide where one ends. The middle dot cannot occur in a
// label and reads the same in French and in English. CSV files keep their own separator, `|`
// (DESIGN.md, « CSV files »): this is only what people read on screen and on paper.
namespace LabelList {

// " · ", to put between two labels (also inside SQL aggregates).
QString separator();

QString join(const QStringList& labels);

} // namespace LabelList
