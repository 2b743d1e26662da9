#include "ReportFormat.h"

#include <QCoreApplication>
#include <QLocale>

namespace ReportFormat {

QString value(const QVariant& value)
{
    static const QLocale french(QLocale::French, QLocale::France);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return french.toString(value.toLongLong());
    case QMetaType::Double: {
        const double number = value.toDouble();
        const bool whole = qAbs(number - qRound64(number)) < 0.005;
        return french.toString(number, 'f',
                               whole ? 0 : (qAbs(number * 10 - qRound64(number * 10)) < 0.05 ? 1 : 2));
    }
    default:
        // A figure not defined (a share of nothing, the median of no budget): said so, never 0.
        return value.isValid() ? value.toString() : QCoreApplication::translate("ReportFormat", "n.d.");
    }
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace ReportFormat
