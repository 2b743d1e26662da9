#pragma once

#include <QString>

#include <optional>

// One co-funding line of a project: who funds it (an actor and/or a programme), which year,
// how much (in cents) and how far the money has come (requested, granted, paid, refused).
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
    QString notes;
    QString createdAt;
    QString updatedAt;
    qint64 version = 0; // raised by every change; a save from an older version is a conflict
};
