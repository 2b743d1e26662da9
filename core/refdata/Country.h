#pragma once

#include <QString>

struct Country
{
    QString code; // ISO 3166-1 alpha-2
    QString iso3;
    QString labelFr;
    QString labelEn;
    QString zoneCode;
    bool leastDeveloped = false;
    bool euMember = false;
};
