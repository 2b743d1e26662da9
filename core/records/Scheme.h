#pragma once

#include "common/PartialDate.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One session of a scheme: applications are received until `closesOn` (its last day, when the
// date is known only to the month or year).
struct SchemeCall
{
    QString label;
    PartialDate opensOn;
    PartialDate closesOn;

    friend bool operator==(const SchemeCall&, const SchemeCall&) = default;
};

// A support scheme (« dispositif de soutien »): a call for projects, a fund, a prize or technical
// support that actors of the region can apply to. Empty lists of actor types, zones and countries
// or themes mean "open to all": most schemes restrict one or two of them.
struct Scheme
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString funder;
    QString programmeCode; // ref_funding_programme, optional
    QString kindCode;      // ref_scheme_kind
    QStringList actorTypeCodes;
    QStringList zoneCodes;
    QStringList countryCodes;
    QStringList themeCodes;
    QStringList conditionCodes; // ref_scheme_condition
    std::optional<qint64> amountMinCents;
    std::optional<qint64> amountMaxCents;
    std::optional<int> cofundingMaxPercent; // the largest share of the budget the scheme pays
    QList<SchemeCall> calls;
    QString url;
    QString contact;
    QString description;
    QString source; // the public page the record was built from
    PartialDate verifiedOn;
    QString createdAt;
    QString updatedAt;
    qint64 version = 0; // raised by every change; a save from an older version is a conflict
};
