#include "SchemeCalendar.h"

#include "common/PartialDate.h"
#include "csv/OutputFile.h"
#include "database/Statement.h"

#include <QDateTime>

#include <algorithm>

namespace {

// RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in text.
QString escapedText(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char(';'), QLatin1String("\\;"));
    text.replace(QLatin1Char(','), QLatin1String("\\,"));
    text.replace(QLatin1String("\r\n"), QLatin1String("\\n"));
    text.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return text;
}

// RFC 5545 §3.1: lines longer than 75 octets are folded (CRLF and a space), never inside a
// UTF-8 character.
void appendLine(QByteArray& out, const QString& line)
{
    const QByteArray bytes = line.toUtf8();
    qsizetype start = 0;
    qsizetype limit = 75;
    while (bytes.size() - start > limit) {
        qsizetype end = start + limit;
        while (end > start && (static_cast<unsigned char>(bytes.at(end)) & 0xC0) == 0x80)
            --end;
        out += bytes.mid(start, end - start);
        out += "\r\n ";
        start = end;
        limit = 74; // the leading space counts
    }
    out += bytes.mid(start);
    out += "\r\n";
}

QString dateValue(const QDate& date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

} // namespace

QList<SchemeCalendar::ClosingCall> SchemeCalendar::closing(const QSqlDatabase& db, const QDate& today,
                                                           int weeks)
{
    QList<ClosingCall> calls;
    const QDate last = today.addDays(7LL * weeks);
    // Few calls: the dates (of any precision) are compared here, on their last day.
    Statement query(db, QStringLiteral("SELECT s.id, s.uuid, s.name, s.funder, s.url, c.label, c.opens_on, "
                                       "c.closes_on FROM scheme_call c JOIN scheme s ON s.id = c.scheme_id"));
    while (query.next()) {
        const std::optional<PartialDate> closes = PartialDate::fromIso(query.string(7));
        if (!closes || closes->isNull())
            continue;
        ClosingCall call;
        call.closesOn = closes->latestDay();
        if (call.closesOn < today || call.closesOn > last)
            continue;
        call.schemeId = query.integer(0);
        call.schemeUuid = query.string(1);
        call.schemeName = query.string(2);
        call.funder = query.string(3);
        call.url = query.string(4);
        call.callLabel = query.string(5);
        if (const std::optional<PartialDate> opens = PartialDate::fromIso(query.string(6));
            opens && !opens->isNull())
            call.opensOn = opens->earliestDay();
        calls << call;
    }
    std::sort(calls.begin(), calls.end(), [](const ClosingCall& a, const ClosingCall& b) {
        if (a.closesOn != b.closesOn)
            return a.closesOn < b.closesOn;
        return QString::localeAwareCompare(a.schemeName, b.schemeName) < 0;
    });
    return calls;
}

QByteArray SchemeCalendar::ics(const QList<ClosingCall>& calls, const QDateTime& stampUtc)
{
    QByteArray out;
    appendLine(out, QStringLiteral("BEGIN:VCALENDAR"));
    appendLine(out, QStringLiteral("VERSION:2.0"));
    appendLine(out, QStringLiteral("PRODID:-//RESACOOP//Observatoire//FR"));
    appendLine(out, QStringLiteral("CALSCALE:GREGORIAN"));
    const QString stamp = stampUtc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    for (const ClosingCall& call : calls) {
        const QString name = call.callLabel.isEmpty()
                                 ? call.schemeName
                                 : call.schemeName + QStringLiteral(" – ") + call.callLabel;
        QStringList details;
        if (!call.funder.isEmpty())
            details << tr("Funder: %1").arg(call.funder);
        if (call.opensOn.isValid())
            details << tr("Open since %1").arg(QLocale().toString(call.opensOn, QLocale::ShortFormat));
        appendLine(out, QStringLiteral("BEGIN:VEVENT"));
        appendLine(
            out,
            QStringLiteral("UID:%1-%2@observatoire.resacoop").arg(call.schemeUuid, dateValue(call.closesOn)));
        appendLine(out, QStringLiteral("DTSTAMP:") + stamp);
        // An all-day event: a date without time or zone, the same day in every time zone.
        appendLine(out, QStringLiteral("DTSTART;VALUE=DATE:") + dateValue(call.closesOn));
        appendLine(out, QStringLiteral("DTEND;VALUE=DATE:") + dateValue(call.closesOn.addDays(1)));
        appendLine(out, QStringLiteral("SUMMARY:") + escapedText(tr("Closing: %1").arg(name)));
        if (!details.isEmpty())
            appendLine(out, QStringLiteral("DESCRIPTION:") + escapedText(details.join(QLatin1Char('\n'))));
        if (!call.url.isEmpty())
            appendLine(out, QStringLiteral("URL:") + call.url);
        appendLine(out, QStringLiteral("TRANSP:TRANSPARENT"));
        appendLine(out, QStringLiteral("END:VEVENT"));
    }
    appendLine(out, QStringLiteral("END:VCALENDAR"));
    return out;
}

Status SchemeCalendar::writeIcs(const QList<ClosingCall>& calls, const QString& path,
                                const QString& databasePath)
{
    OutputFile out(path);
    if (Status begun = out.begin(databasePath); !begun)
        return begun;
    out.write(ics(calls, QDateTime::currentDateTimeUtc()));
    return out.commit();
}
