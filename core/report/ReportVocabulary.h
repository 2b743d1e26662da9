#pragma once

#include "CodeList.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// The vocabularies the report counts by, read from the reference tables: natures and statuses of
// partnerships, themes, countries (with their zone), zones, actor types (with their family),
// families, funding programmes (external or not), départements (in the observatory's region or not) and
// the Sustainable Development Goals.
struct ReportVocabulary
{
    Q_DECLARE_TR_FUNCTIONS(ReportVocabulary)

public:
    CodeList kinds;
    CodeList statuses;
    CodeList themes;
    CodeList zones;
    CodeList countries;
    CodeList families;
    CodeList actorTypes;
    CodeList programmes;
    CodeList departements;
    // The Sustainable Development Goals, by their number ("4"): their short labels.
    CodeList sdgs;

    // With the labels in English (label_en) or French (label_fr).
    static Result<ReportVocabulary> load(const QSqlDatabase& db, bool english);
};
