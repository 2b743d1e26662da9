#pragma once

#include "common/PartialDate.h"

#include <QList>
#include <QString>

#include <optional>

// A local authority's declaration of official development assistance (« déclaration APD ») for
// one year: declared or known not to be, with the amount and the day when they are known.
struct ApdDeclaration
{
    int year = 0;
    bool declared = true;
    std::optional<qint64> amountCents;
    PartialDate declaredOn;

    friend bool operator==(const ApdDeclaration&, const ApdDeclaration&) = default;
};

// An organisation of the region (or elsewhere in France) that runs international actions:
// a local authority, an association, a school, a company…
struct Actor
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString acronym;
    QString typeCode;
    QString inseeCode;
    QString siren;
    QString rna;
    QString address;
    QString postcode;
    QString communeInsee;
    QString departementCode;
    std::optional<qint64> population;
    qint64 parentActorId = 0;
    QString website;
    QString email;
    QString phone;
    QString source;
    PartialDate verifiedOn;
    QString notes;
    // Local authorities and groupings only (ActorStore::isPublicActor); one per year.
    QList<ApdDeclaration> apdDeclarations;
    QString createdAt;
    QString updatedAt;
    qint64 version = 0; // raised by every change; a save from an older version is a conflict
};
