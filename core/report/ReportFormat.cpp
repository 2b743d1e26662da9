#include "ReportFormat.h"

#include "i18n/Typography.h"

#include <QCoreApplication>

#include <cmath>

namespace ReportFormat {

namespace {

constexpr QChar kNarrowSpace = Typography::kNarrowSpace;
constexpr QChar kNoBreakSpace = Typography::kNoBreakSpace;

bool french(const QLocale& locale)
{
    return locale.language() == QLocale::French;
}

int decimalsOf(ReportTable::Kind kind)
{
    switch (kind) {
    case ReportTable::Kind::Percent:
    case ReportTable::Kind::Density:
        return 1;
    case ReportTable::Kind::Ratio:
        return 2;
    default:
        return 0;
    }
}

} // namespace

QString number(double value, int decimals, const QLocale& locale)
{
    // Rounded first, so that -0.04 is not written "-0,0".
    const double scale = std::pow(10.0, decimals);
    double rounded = std::round(value * scale) / scale;
    if (rounded == 0)
        rounded = 0;
    return locale.toString(rounded, 'f', decimals);
}

QString cell(const QVariant& value, ReportTable::Kind kind, const QLocale& locale)
{
    if (!value.isValid() || value.isNull())
        // A figure not defined (a share of nothing, the median of no budget): said so, never 0.
        return QCoreApplication::translate("ReportFormat", "n.d.");
    if (kind == ReportTable::Kind::Text || value.typeId() == QMetaType::QString)
        return value.toString();
    if (kind == ReportTable::Kind::Count || kind == ReportTable::Kind::Euros)
        return locale.toString(qRound64(value.toDouble()));
    return number(value.toDouble(), decimalsOf(kind), locale);
}

QString withUnit(const QVariant& value, ReportTable::Kind kind, const QLocale& locale)
{
    const QString written = cell(value, kind, locale);
    if (!value.isValid() || value.isNull())
        return written;
    switch (kind) {
    case ReportTable::Kind::Euros:
        if (french(locale))
            return written + kNoBreakSpace + QStringLiteral("€");
        return QStringLiteral("€") + written;
    case ReportTable::Kind::Percent:
        if (french(locale))
            return written + kNarrowSpace + QLatin1Char('%');
        return written + QLatin1Char('%');
    default:
        return written;
    }
}

QString cell(const ReportTable& table, int row, int column, const QLocale& locale)
{
    return cell(table.rows.value(row).value(column), table.kind(row, column), locale);
}

QString typography(const QString& text, const QLocale& locale)
{
    return french(locale) ? Typography::french(text) : text;
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace ReportFormat
