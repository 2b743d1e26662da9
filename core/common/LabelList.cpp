#include "LabelList.h"

namespace LabelList {

QString separator()
{
    return QStringLiteral(" · ");
}

QString join(const QStringList& labels)
{
    return labels.join(separator());
}

} // namespace LabelList
