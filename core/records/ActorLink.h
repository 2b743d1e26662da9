#pragma once

#include <QString>

// An actor taking part in a partnership or a project, in a role (ref_org_role).
struct ActorLink
{
    qint64 actorId = 0;
    QString roleCode;

    friend bool operator==(const ActorLink&, const ActorLink&) = default;
};
