#include "CsvValues.h"

#include "CsvWriter.h"
#include "common/TextFolding.h"

#include <QRegularExpression>

namespace CsvValues {

std::optional<bool> parseFlag(const QString& text, bool* valid)
{
    *valid = true;
    const QString key = TextFolding::key(text);
    if (key.isEmpty())
        return std::nullopt;
    if (key == QLatin1String("oui") || key == QLatin1String("x") || key == QLatin1String("1") ||
        key == QLatin1String("true") || key == QLatin1String("yes") || key == QLatin1String("vrai"))
        return true;
    if (key == QLatin1String("non") || key == QLatin1String("0") || key == QLatin1String("false") ||
        key == QLatin1String("no") || key == QLatin1String("faux"))
        return false;
    *valid = false;
    return std::nullopt;
}

QStringList splitList(const QString& text, bool freeSeparators)
{
    static const QRegularExpression free(QStringLiteral("[|;\\r\\n]"));
    const QStringList parts = freeSeparators ? text.split(free) : text.split(QLatin1Char('|'));
    QStringList items;
    for (const QString& part : parts)
        items << part.trimmed();
    // A list of one empty item is no list.
    if (items.size() == 1 && items.first().isEmpty())
        return {};
    return items;
}

QString clean(const QString& cell)
{
    return CsvWriter::unguardFormula(cell.trimmed());
}

QString excerpt(const QString& text, qsizetype length)
{
    if (text.size() <= length)
        return text;
    // Not between the two halves of a surrogate pair.
    qsizetype cut = length;
    if (text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut) + QChar(0x2026);
}

} // namespace CsvValues
