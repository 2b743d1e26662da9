#pragma once

#include "CodeList.h"
#include "common/Result.h"

#include <QSqlDatabase>

// The vocabularies the report counts by, read from the reference tables: natures and statuses of
// partnerships, themes, countries (with their zone), zones, actor types (with their family),
// families, funding programmes (external or not) and départements.
struct ReportVocabulary
{
    // The label of actors whose type is not given (their type and family are the code "").
    static constexpr const char* kNoType = "Type non renseigné";

    CodeList kinds;
    CodeList statuses;
    CodeList themes;
    CodeList zones;
    CodeList countries;
    CodeList families;
    CodeList actorTypes;
    CodeList programmes;
    CodeList departements;

    static Result<ReportVocabulary> load(const QSqlDatabase& db);
};
