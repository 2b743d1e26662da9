#include "support/QtPrinting.h"
#include "support/StoreFixture.h"

#include "schemes/SchemeCalendar.h"
#include "store/SchemeStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

namespace {

const QDate kToday(2026, 3, 31);

void addScheme(StoreFixture& db, const QString& name, const QList<SchemeCall>& calls)
{
    Scheme s;
    s.name = name;
    s.kindCode = QStringLiteral("appel_a_projets");
    s.calls = calls;
    s.url = QStringLiteral("https://example.org/") + name;
    db.addScheme(s);
}

SchemeCall closingOn(const PartialDate& date, const QString& label = QString())
{
    return {label, PartialDate(), date};
}

} // namespace

TEST_CASE("Calendar: the calls closing from today to N weeks later, soonest first", "[schemes][calendar]")
{
    StoreFixture db;
    addScheme(db, QStringLiteral("Yesterday"), {closingOn(PartialDate::ofDay(kToday.addDays(-1)))});
    addScheme(db, QStringLiteral("Today"), {closingOn(PartialDate::ofDay(kToday))});
    addScheme(db, QStringLiteral("Edge"), {closingOn(PartialDate::ofDay(kToday.addDays(14)))});
    addScheme(db, QStringLiteral("Beyond"), {closingOn(PartialDate::ofDay(kToday.addDays(15)))});
    // Known to the month: it closes on the month's last day, which is today.
    addScheme(db, QStringLiteral("Month"),
              {closingOn(PartialDate::ofMonth(2026, 3), QStringLiteral("Session 1"))});

    QStringList names;
    for (const SchemeCalendar::ClosingCall& call : SchemeCalendar::closing(db.connection(), kToday, 2))
        names << call.schemeName + QLatin1Char('@') + call.closesOn.toString(Qt::ISODate);
    CHECK(names == QStringList{QStringLiteral("Month@2026-03-31"), QStringLiteral("Today@2026-03-31"),
                               QStringLiteral("Edge@2026-04-14")});
    CHECK(SchemeCalendar::closing(db.connection(), kToday.addDays(1), 2).size() == 2);
}

TEST_CASE("Calendar: an .ics of all-day events, the same day in every time zone", "[schemes][calendar]")
{
    SchemeCalendar::ClosingCall call;
    call.schemeUuid = QStringLiteral("0190a1b2-0000-7000-8000-000000000001");
    call.schemeName = QStringLiteral("Appel à projets généraliste, coopération; décentralisée");
    call.callLabel =
        QStringLiteral("Session de printemps avec un nom assez long pour être replié sur deux lignes");
    call.funder = QStringLiteral("Ministère");
    call.closesOn = QDate(2026, 3, 31);
    call.url = QStringLiteral("https://example.org/appel");
    // Written at 1 a.m. on 1 April in Kiribati: still 31 March in UTC.
    const QDateTime stamp(QDate(2026, 4, 1), QTime(1, 0), QTimeZone(14 * 3600));
    const QByteArray ics = SchemeCalendar::ics({call}, stamp);
    const QList<QByteArray> lines = ics.split('\n');
    CHECK(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    CHECK(ics.endsWith("END:VCALENDAR\r\n"));
    CHECK(ics.contains("DTSTART;VALUE=DATE:20260331\r\n"));
    CHECK(ics.contains("DTEND;VALUE=DATE:20260401\r\n"));
    CHECK(ics.contains("DTSTAMP:20260331T110000Z\r\n"));
    CHECK(ics.contains("UID:0190a1b2-0000-7000-8000-000000000001-20260331@observatoire.resacoop\r\n"));
    for (const QByteArray& line : lines) {
        CHECK(line.size() <= 76); // 75 octets and the CR
        CHECK((line.isEmpty() || line.endsWith('\r')));
    }
    // Unfolded, the summary escapes the comma and the semicolon, and keeps every character.
    QByteArray unfolded = ics;
    unfolded.replace("\r\n ", "");
    CHECK(QString::fromUtf8(unfolded).contains(QStringLiteral(
        "SUMMARY:Closing: Appel à projets généraliste\\, coopération\\; décentralisée – Session de "
        "printemps avec un nom assez long pour être replié sur deux lignes\r\n")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clotures.ics"));
    REQUIRE(SchemeCalendar::writeIcs({call}, path).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().contains("DTSTART;VALUE=DATE:20260331"));
}
