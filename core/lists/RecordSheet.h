#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// What the details panel shows of one record, read in one place so that the window holds no SQL:
// its values with the reference labels in the interface's language, and its linked records,
// each an id and the text that names it. Dates are ISO text, amounts in cents.
namespace RecordSheet {

struct Linked
{
    qint64 id = 0;
    QString text;
};

struct Actor
{
    QString name, acronym, type, commune, departement, inseeCode, siren, rna;
    std::optional<qint64> population;
    QString email, website, phone, source, verifiedOn, notes;
    QList<Linked> partnerships; // nature – partners
    QList<Linked> projects;
};

struct Partner
{
    QString name, country, adminArea, type, source, verifiedOn, notes;
    QList<Linked> partnerships; // nature – actors
    QList<Linked> projects;
};

struct Partnership
{
    QString title, kind, status, statusReason, signedOn, endedOn, description, source, verifiedOn, themes;
    bool formalized = false;
    // A convention or charter was signed (::Partnership::isSignedAgreement): the record says so,
    // or its nature is a signed act (a twinning, a decentralised cooperation…). Else its date is
    // when it began.
    bool signedAgreement = false;
    // Still to be made (::Partnership::isPlanned): its date is the one planned.
    bool planned = false;
    // After a dash, not in parentheses: labels hold parentheses (« Porteur (maître d'ouvrage) »).
    QList<Linked> actors;   // name — role
    QList<Linked> partners; // name — country
    QList<Linked> projects;
};

struct FundingLine
{
    QString funder; // an actor, or a programme
    QString year;
    qint64 amountCents = 0;
    QString status;
};

struct Project
{
    QString title, status, startedOn, endedOn, description, source, verifiedOn, themes, countries;
    std::optional<qint64> budgetCents;
    qint64 partnershipId = 0; // 0: none
    QList<Linked> actors;     // name — role
    QList<Linked> partners;
    QList<FundingLine> funding; // in the order they were entered
};

struct SchemeCall
{
    QString label, opensOn, closesOn;
};

// The lists are labels joined by LabelList::separator(); an empty list means "all" (every actor
// type, anywhere, every theme).
struct Scheme
{
    QString name, funder, programme, kind, actorTypes, zones, countries, themes, conditions;
    std::optional<qint64> amountMinCents, amountMaxCents;
    std::optional<qint64> cofundingMaxPercent;
    QList<SchemeCall> calls; // in closing order
    QString url, contact, description, source, verifiedOn;
};

// nullopt when there is no such record (or it cannot be read).
std::optional<Actor> actor(const QSqlDatabase& db, qint64 id, bool english);
std::optional<Partner> partner(const QSqlDatabase& db, qint64 id, bool english);
std::optional<Partnership> partnership(const QSqlDatabase& db, qint64 id, bool english);
std::optional<Project> project(const QSqlDatabase& db, qint64 id, bool english);
std::optional<Scheme> scheme(const QSqlDatabase& db, qint64 id, bool english);

// "Lyon – Leipzig": a partnership without a title named by its first actor and partner; empty
// when it has neither.
QString partnershipByFirstNames(const QSqlDatabase& db, qint64 id);

} // namespace RecordSheet
