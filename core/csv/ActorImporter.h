#pragma once

#include "CheckedRows.h"
#include "RecordImporter.h"
#include "records/Actor.h"

#include <memory>
#include <optional>

class ActorStore;
class PlaceMatcher;
class VocabularyMatcher;

// Imports actors of the region, one per row, with the columns of their export (docs/csv.md). A
// row with an id updates that actor; a row without one updates the actor with the same INSEE
// code, else the same SIREN, else the same name in the same département (when exactly one), and
// creates one otherwise — so the same file imported twice creates nothing the second time. The
// rules of an edit in the window apply (ActorStore's validation), each named with its column.
// The APD declarations a row lists set those years; the years it does not list stay as they were.
class ActorImporter : public RecordImporter
{
    Q_DECLARE_TR_FUNCTIONS(ActorImporter)

public:
    explicit ActorImporter(const QSqlDatabase& db);
    ~ActorImporter() override;

protected:
    QList<ColumnMap::Field> columns() const override;
    void reset() override;
    void check(const CsvRecord& record, const ColumnMap& columns, ImportReport& report) override;
    bool write(const CsvRecord& record, const ColumnMap& columns, const ImportBatch& batch,
               ImportReport& report) override;

private:
    // The actor a row describes (uuid included); problems of reading go to the report, the
    // store's rules are left to it (check() applies them), each with one message.
    Actor parse(const CsvRecord& record, const ColumnMap& columns, ImportReport& report) const;
    std::optional<Actor> findExisting(const Actor& actor) const;
    // The APD declarations of the row's lists in step, each problem named with its column.
    QList<ApdDeclaration> readApd(const class ImportRow& cells) const;

    // Shared with the store, which checks each actor's commune and name against the same
    // geography: the region's EPCI and régions, and each commune, read once per import.
    std::shared_ptr<const PlaceMatcher> m_places;
    std::unique_ptr<VocabularyMatcher> m_types;
    // One store for every row of both passes: its check of a commune's name against its code
    // reads the region's EPCI and régions once (a store made for each row read them for each).
    std::unique_ptr<ActorStore> m_store;
    // The first pass's rows, which the second takes instead of parsing them again.
    CheckedRows<Actor> m_checked;
};
