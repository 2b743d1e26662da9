#pragma once

#include "CheckedRows.h"
#include "OrganisationMatcher.h"
#include "RecordImporter.h"
#include "records/Funding.h"

#include <QHash>

#include <functional>

#include <memory>
#include <optional>

class VocabularyMatcher;

// Imports co-funding lines, one per row, with the columns of their export (docs/csv.md). The
// project is named by its id, or by its title when no other project has it; the funder is an
// actor matched by code or name (or created), and/or a funding programme. A row with an id
// updates that line; a row without one updates the line of the same project, funder, programme
// and year, so the same file imported twice creates nothing the second time. A line may name its
// support scheme (by name or id) and the call of that scheme it answered (by closing date).
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
        // The column that names the scheme: its id, else its name (the store's "scheme").
        const char* schemeKey = "scheme_id";
        bool clean = false; // read without a problem
    };

    // Reads one record into a row; problems go to the report. The store's rules are left to it
    // (check() applies them), each with one message.
    Row parse(const CsvRecord& record, const ColumnMap& columns, ImportReport& report) const;
    // A record a row names by its stable id or, without one, by a name that no other record of
    // its table has (without case or accents), with the messages of each failure.
    struct NamedRecord
    {
        const char* idKey;
        const char* nameKey;
        QString table;
        QString nameColumn;
        std::function<QString(const QString& id)> noId;
        std::function<QString(const QString& name)> noName;
        std::function<QString(const QString& name, int count)> severalNames;
    };
    // Its id, or 0 (after reporting why, when the row names one); `byName` caches the table's names.
    qint64 findNamed(const ImportRow& cells, const NamedRecord& named,
                     std::optional<QMultiHash<QString, qint64>>& byName) const;
    // The id of the project a row names by id or title, or 0 after reporting why there is none.
    qint64 findProject(const ImportRow& cells) const;
    // The id of the scheme a row names by id or name (0 for none), after reporting a problem.
    qint64 findScheme(const ImportRow& cells) const;
    std::optional<Funding> findExisting(const Funding& funding) const;

    std::unique_ptr<OrganisationMatcher> m_organisations;
    std::unique_ptr<VocabularyMatcher> m_programmes;
    std::unique_ptr<VocabularyMatcher> m_statuses;
    // Normalised project titles → ids, read once when a file names projects by title.
    mutable std::optional<QMultiHash<QString, qint64>> m_projectsByTitle;
    // Normalised scheme names → ids, read once when a file names schemes.
    mutable std::optional<QMultiHash<QString, qint64>> m_schemesByName;
    // The first pass's rows, which the second takes instead of parsing them again.
    CheckedRows<Row> m_checked;
};
