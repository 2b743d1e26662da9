#pragma once

#include "lists/RecordList.h"
#include "lists/RecordSheet.h"

#include <QSqlDatabase>
#include <QTextBrowser>

struct SchemeFit;

// The record selected in a list, in full: an actor with its partnerships and projects, a
// partnership with its actors, partners and projects, and the change history of any record.
// Related records are links; following one asks the window to show it.
class RecordDetails : public QTextBrowser
{
    Q_OBJECT

public:
    explicit RecordDetails(QWidget* parent = nullptr);

    void setDatabase(const QSqlDatabase& db);
    void showRecord(RecordList::Family family, qint64 id);
    void clearRecord();

    // "obs:partnership/12" for a record, to build and to read links.
    static QString link(RecordList::Family family, qint64 id);
    static bool parseLink(const QUrl& url, RecordList::Family* family, qint64* id);

    // Asks where, then writes the actors that fit the scheme (CSV for Excel, or .xlsx); tests call
    // it as the link under the list does.
    void exportMatchingActors(qint64 schemeId);

Q_SIGNALS:
    void recordRequested(RecordList::Family family, qint64 id);

private:
    QString actorHtml(qint64 id) const;
    QString partnerHtml(qint64 id) const;
    QString partnershipHtml(qint64 id) const;
    QString projectHtml(qint64 id) const;
    QString schemeHtml(qint64 id) const;
    // The schemes an actor or a project fits, with why and what is missing.
    QString fittingSchemesHtml(const QList<SchemeFit>& fits) const;
    // One scheme or actor of a match, as a link with why it fits and what is missing.
    static QString fitItem(const QString& href, const QString& name, const SchemeFit& fit);
    QString historyHtml(const QString& entity, qint64 id) const;
    static QString linkedList(RecordList::Family family, const QList<RecordSheet::Linked>& records);

    QSqlDatabase m_db;
};
