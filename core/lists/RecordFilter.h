#pragma once

#include <QString>

// What the adviser narrows a list to: a search and filters that combine (all must hold). A
// filter that does not apply to a family (a partnership kind for foreign partners…) is ignored
// there, so one filter can follow the adviser from list to list.
struct RecordFilter
{
    QString search;
    QString kindCode;        // partnership kind
    QString statusCode;      // partnership or project status
    QString countryCode;     // a partner's country, a project's country
    QString zoneCode;        // the zone of that country
    QString departementCode; // an actor's département
    QString actorTypeCode;
    QString themeCode;
    int activeYear = 0;     // active during that year; 0 for any
    bool staleOnly = false; // not verified for two years
    bool twinningsOnly = false;

    bool isEmpty() const { return *this == RecordFilter(); }
    friend bool operator==(const RecordFilter&, const RecordFilter&) = default;
};
