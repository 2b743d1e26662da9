#include "PastedList.h"

#include "common/Clock.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

#include <algorithm>

QByteArray PastedList::asFile(const QString& text, const QList<ColumnMap::Field>& fields)
{
    QString lines = text;
    lines.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    while (lines.endsWith(QLatin1Char('\n')))
        lines.chop(1);
    if (lines.trimmed().isEmpty())
        return {};
    const QStringList first = lines.section(QLatin1Char('\n'), 0, 0).split(QLatin1Char('\t'));
    ColumnMap header(fields);
    header.build(first);
    const bool named = std::any_of(fields.cbegin(), fields.cend(), [&](const ColumnMap::Field& field) {
        return header.column(field.key) >= 0;
    });
    if (!named) {
        QStringList numbered;
        for (qsizetype i = 1; i <= first.size(); ++i)
            numbered << tr("Column %1").arg(i);
        lines.prepend(numbered.join(QLatin1Char('\t')) + QLatin1Char('\n'));
    }
    return lines.toUtf8() + '\n';
}

QString PastedList::sourceName()
{
    const QDateTime now = QDateTime::fromString(Clock::nowIso(), Qt::ISODateWithMs).toLocalTime();
    return tr("pasted on %1 at %2")
        .arg(QLocale().toString(now.date(), QLocale::ShortFormat),
             now.time().toString(QStringLiteral("HH:mm")));
}
