#pragma once

#include "CheckedRows.h"
#include "OrganisationMatcher.h"
#include "RecordImporter.h"
#include "RecordKeys.h"
#include "records/Project.h"

#include <memory>
#include <optional>

class VocabularyMatcher;

// Imports projects, one per row, with the columns of their export (docs/csv.md): the actors and
// partners by name as in the partnership file (matched or created), the countries where the
// project happens, its partnership by id, budget, themes and SDGs. The first actor leads the
// project unless the roles say otherwise. A row with an id updates that project; a row without
// one updates the project of the same title led by the same actor, so the same file imported
// twice creates nothing the second time.
class ProjectImporter : public RecordImporter
{
    Q_DECLARE_TR_FUNCTIONS(ProjectImporter)

public:
    explicit ProjectImporter(const QSqlDatabase& db);
    ~ProjectImporter() override;

protected:
    QList<ColumnMap::Field> columns() const override;
    void reset() override;
    void check(const CsvRecord& record, const ColumnMap& columns, ImportReport& report) override;
    bool write(const CsvRecord& record, const ColumnMap& columns, const ImportBatch& batch,
               ImportReport& report) override;

private:
    struct Row
    {
        Project project;
        QList<OrganisationMatcher::ActorSpec> actors;
        QList<OrganisationMatcher::PartnerSpec> partners;
        bool clean = false; // read without a problem
    };

    // Reads one record into a row; problems go to the report. The store's rules are left to it
    // (check() applies them), each with one message.
    Row parse(const CsvRecord& record, const ColumnMap& columns, ImportReport& report) const;
    void readLinks(const ImportRow& cells, Row& row) const;
    void readValues(const ImportRow& cells, Project& project) const;
    // The project a row names: by id, else the project of the same title led by the same actor
    // (the lowest id), found through the keys of every project (read at the first call) and
    // asked of the database only when a key's project is not the row's.
    std::optional<Project> findExisting(const Project& project);
    qint64 findSameInDatabase(qint64 leadId, const QString& normalizedTitle) const;
    void readKeys();
    static RecordKeys::Key keyOf(qint64 leadId, const QString& normalizedTitle);

    std::unique_ptr<OrganisationMatcher> m_organisations;
    std::unique_ptr<VocabularyMatcher> m_statuses;
    std::unique_ptr<VocabularyMatcher> m_themes;
    RecordKeys m_keys;
    // The first pass's rows, which the second takes instead of parsing them again.
    CheckedRows<Row> m_checked;
};
