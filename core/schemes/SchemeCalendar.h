#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The calls of the catalogue that close soon: what the first page of the window shows, and what
// an adviser adds to their own calendar as an iCalendar (.ics) file.
class SchemeCalendar
{
    Q_DECLARE_TR_FUNCTIONS(SchemeCalendar)

public:
    struct ClosingCall
    {
        qint64 schemeId = 0;
        QString schemeUuid;
        QString schemeName;
        QString funder;
        QString callLabel;
        QString url;
        QDate opensOn;
        QDate closesOn; // the last day applications are received
    };

    // The calls whose last day is between `today` (included: a call closing today is still open)
    // and `weeks` weeks later (included), soonest first. Dates are calendar days: a call closes on
    // the same day wherever the adviser is.
    static QList<ClosingCall> closing(const QSqlDatabase& db, const QDate& today, int weeks);

    // The calls as an iCalendar file (RFC 5545): one all-day event on each closing day, with a
    // stable uid (so that importing a newer file updates the events), `stampUtc` as its stamp.
    static QByteArray ics(const QList<ClosingCall>& calls, const QDateTime& stampUtc);

    // Writes ics() to `path` (never over the database), whole or not at all.
    static Status writeIcs(const QList<ClosingCall>& calls, const QString& path,
                           const QString& databasePath = QString());
};
