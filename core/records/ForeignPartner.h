#pragma once

#include "common/PartialDate.h"

#include <QString>

#include <optional>

// An organisation abroad that the region's actors work with: a town, a province, an NGO…
struct ForeignPartner
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString typeCode;
    QString countryCode;
    QString adminArea;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString source;
    PartialDate verifiedOn;
    QString notes;
    QString createdAt;
    QString updatedAt;
    qint64 version = 0; // raised by every change; a save from an older version is a conflict
};
