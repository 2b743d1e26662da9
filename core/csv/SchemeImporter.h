#pragma once

#include "CheckedRows.h"
#include "RecordImporter.h"
#include "records/Scheme.h"

#include <memory>
#include <optional>

class CountryLookup;
class ImportRow;
class VocabularyMatcher;

// Imports support schemes, one per row, with the columns of their export (docs/csv.md): the
// lists (actor types, zones, countries, themes, conditions) by label or code separated by "|",
// and the calls as three lists in step (names, openings, closings). A row with an id updates that
// scheme; a row without one updates the scheme of the same name, when there is exactly one — so
// the same file imported twice creates nothing the second time.
class SchemeImporter : public RecordImporter
{
    Q_DECLARE_TR_FUNCTIONS(SchemeImporter)

public:
    explicit SchemeImporter(const QSqlDatabase& db);
    ~SchemeImporter() override;

protected:
    QList<ColumnMap::Field> columns() const override;
    void reset() override;
    void check(const CsvRecord& record, const ColumnMap& columns, ImportReport& report) override;
    bool write(const CsvRecord& record, const ColumnMap& columns, const ImportBatch& batch,
               ImportReport& report) override;

private:
    // The scheme a row describes (uuid included), or nothing when the row has problems.
    std::optional<Scheme> parse(const CsvRecord& record, const ColumnMap& columns,
                                ImportReport& report) const;
    QList<SchemeCall> readCalls(const ImportRow& cells) const;
    std::optional<Scheme> findExisting(const Scheme& scheme) const;

    std::unique_ptr<CountryLookup> m_countries;
    std::unique_ptr<VocabularyMatcher> m_kinds;
    std::unique_ptr<VocabularyMatcher> m_programmes;
    std::unique_ptr<VocabularyMatcher> m_actorTypes;
    std::unique_ptr<VocabularyMatcher> m_zones;
    std::unique_ptr<VocabularyMatcher> m_themes;
    std::unique_ptr<VocabularyMatcher> m_conditions;
    // The first pass's rows, which the second takes instead of parsing them again.
    CheckedRows<std::optional<Scheme>> m_checked;
};
