#pragma once

#include "CheckedRows.h"
#include "OrganisationMatcher.h"
#include "RecordImporter.h"
#include "RecordKeys.h"
#include "records/Partnership.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <functional>
#include <memory>

class VocabularyMatcher;

// Imports the flat partnership file of the CSV contract: one row per partnership, its actors and
// partners by name (several separated by "|"), matched to existing records (official code first,
// then normalised name with département or country) or created. Every row is checked before
// anything is written; then everything is written in one transaction, or nothing. The same file
// imported twice creates nothing the second time: rows with an id update that record, rows
// without one match a partnership of the same nature with the same actors and partners.
class PartnershipImporter : public RecordImporter
{
    Q_DECLARE_TR_FUNCTIONS(PartnershipImporter)

public:
    explicit PartnershipImporter(const QSqlDatabase& db);
    ~PartnershipImporter() override;

protected:
    QList<ColumnMap::Field> columns() const override;
    void reset() override;
    void check(const CsvRecord& record, const ColumnMap& columns, ImportReport& report) override;
    bool write(const CsvRecord& record, const ColumnMap& columns, const ImportBatch& batch,
               ImportReport& report) override;

private:
    struct Row
    {
        int line = 0;
        QString uuid;
        Partnership partnership;
        QList<OrganisationMatcher::ActorSpec> actors;
        QList<OrganisationMatcher::PartnerSpec> partners;
        bool clean = false; // read without a problem
    };

    // Reads one record into a row; problems go to the report.
    Row parse(const CsvRecord& record, const ColumnMap& columns, ImportReport& report) const;
    // The stored partnership of the same nature with the same actors and partners, the lowest id
    // when several are: through the keys of every partnership (read at the first call), the
    // database asked only when a key's record is not the row's.
    std::optional<Partnership> findSamePartnership(const Partnership& partnership);
    qint64 findSameInDatabase(const Partnership& partnership) const;
    void readKeys();
    static RecordKeys::Key keyOf(const Partnership& partnership);

    std::unique_ptr<OrganisationMatcher> m_organisations;
    std::unique_ptr<VocabularyMatcher> m_kinds;
    std::unique_ptr<VocabularyMatcher> m_statuses;
    std::unique_ptr<VocabularyMatcher> m_themes;
    RecordKeys m_keys;
    // The first pass's rows, which the second takes instead of parsing them again.
    CheckedRows<Row> m_checked;
};
