#pragma once

#include "CheckedRows.h"
#include "RecordImporter.h"
#include "records/ForeignPartner.h"

#include <memory>
#include <optional>

class CountryLookup;
class VocabularyMatcher;

// Imports foreign partners, one per row, with the columns of their export (docs/csv.md). A row
// with an id updates that partner; a row without one updates the partner of the same name in the
// same country, when there is exactly one, and creates one otherwise — so the same file imported
// twice creates nothing the second time.
class PartnerImporter : public RecordImporter
{
    Q_DECLARE_TR_FUNCTIONS(PartnerImporter)

public:
    explicit PartnerImporter(const QSqlDatabase& db);
    ~PartnerImporter() override;

protected:
    QList<ColumnMap::Field> columns() const override;
    void reset() override;
    void check(const CsvRecord& record, const ColumnMap& columns, ImportReport& report) override;
    bool write(const CsvRecord& record, const ColumnMap& columns, const ImportBatch& batch,
               ImportReport& report) override;

private:
    // The partner a row describes (uuid included); problems of reading go to the report, the
    // store's rules are left to it (check() applies them), each with one message.
    ForeignPartner parse(const CsvRecord& record, const ColumnMap& columns, ImportReport& report) const;
    std::optional<ForeignPartner> findExisting(const ForeignPartner& partner) const;

    std::unique_ptr<CountryLookup> m_countries;
    std::unique_ptr<VocabularyMatcher> m_types;
    // The first pass's rows, which the second takes instead of parsing them again.
    CheckedRows<ForeignPartner> m_checked;
};
