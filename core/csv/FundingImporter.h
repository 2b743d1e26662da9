#pragma once

#include "OrganisationMatcher.h"
#include "RecordImporter.h"
#include "records/Funding.h"

#include <QHash>

#include <memory>
#include <optional>

class VocabularyMatcher;

// Imports co-funding lines, one per row, with the columns of their export (docs/csv.md). The
// project is named by its id, or by its title when no other project has it; the funder is an
// actor matched by code or name (or created), and/or a funding programme. A row with an id
// updates that line; a row without one updates the line of the same project, funder, programme
// and year, so the same file imported twice creates nothing the second time.
class FundingImporter : public RecordImporter
{
    Q_DECLARE_TR_FUNCTIONS(FundingImporter)

public:
    explicit FundingImporter(const QSqlDatabase& db);
    ~FundingImporter() override;

protected:
    QList<ColumnMap::Field> columns() const override;
    void reset() override;
    void check(const CsvRecord& record, const ColumnMap& columns, ImportReport& report) override;
    bool write(const CsvRecord& record, const ColumnMap& columns, const ImportBatch& batch,
               ImportReport& report) override;

private:
    struct Row
    {
        Funding funding;
        std::optional<OrganisationMatcher::ActorSpec> funder;
        // The column that names the project: its id, else its title (the store's "project").
        const char* projectKey = "project";
        bool clean = false; // read without a problem
    };

    // Reads one record into a row; problems go to the report. The store's rules are left to it
    // (check() applies them), each with one message.
    Row parse(const CsvRecord& record, const ColumnMap& columns, ImportReport& report) const;
    // The id of the project a row names by id or title, or 0 after reporting why there is none.
    qint64 findProject(const ImportRow& cells) const;
    std::optional<Funding> findExisting(const Funding& funding) const;

    std::unique_ptr<OrganisationMatcher> m_organisations;
    std::unique_ptr<VocabularyMatcher> m_programmes;
    std::unique_ptr<VocabularyMatcher> m_statuses;
    // Normalised project titles → ids, read once when a file names projects by title.
    mutable std::optional<QMultiHash<QString, qint64>> m_projectsByTitle;
};
