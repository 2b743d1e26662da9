#pragma once

#include "common/PartialDate.h"

#include <QString>

#include <optional>

// One co-funding line of a project: who funds it (an actor and/or a programme), which year,
// how much (in cents), how far the money has come (requested, granted, paid, refused) and,
// optionally, through which support scheme and call.
struct Funding
{
    qint64 id = 0;
    QString uuid;
    qint64 projectId = 0;
    qint64 funderActorId = 0;
    QString programmeCode;
    std::optional<int> year;
    qint64 amountCents = 0;
    QString statusCode = QStringLiteral("accorde");
    // The support scheme the line was applied for or obtained through (0: none), and the call of
    // that scheme, known by its closing date (null: none or not known).
    qint64 schemeId = 0;
    PartialDate callClosesOn;
    QString notes;
    QString createdAt;
    QString updatedAt;
    qint64 version = 0; // raised by every change; a save from an older version is a conflict
};
