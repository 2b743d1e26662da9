#pragma once

#include "ActorLink.h"
#include "common/PartialDate.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A time-bounded action, often inside a partnership. Its lead actor is the actor in the role
// "porteur".
struct Project
{
    static constexpr auto kLeadRole = "porteur";

    qint64 id = 0;
    QString uuid;
    QString title;
    QString description;
    qint64 partnershipId = 0;
    QString statusCode = QStringLiteral("en_cours");
    PartialDate startedOn;
    PartialDate endedOn;
    bool inFrance = false;
    std::optional<qint64> budgetCents;
    QString currency = QStringLiteral("EUR");
    QString source;
    PartialDate verifiedOn;
    QList<ActorLink> actors;
    QList<qint64> partnerIds;
    QStringList countryCodes;
    QStringList themeCodes;
    QList<int> sdgGoals;
    QString createdAt;
    QString updatedAt;
    qint64 version = 0; // raised by every change; a save from an older version is a conflict
};
