#pragma once

#include "records/Funding.h"
#include "store/RecordStore.h"

// Co-funding lines of projects.
class FundingStore : public RecordStore<Funding>
{
    Q_DECLARE_TR_FUNCTIONS(FundingStore)

public:
    // The years a funding line may have (the schema's check).
    static constexpr int kFirstYear = 1900;
    static constexpr int kLastYear = 2200;

    explicit FundingStore(const QSqlDatabase& db);

    QList<qint64> idsForProject(qint64 projectId) const;

    // How a line's call reads to people: its label and closing date ("Session 2 (2026-03-31)").
    QString callName(qint64 schemeId, const PartialDate& closesOn) const;

protected:
    void collectProblems(const Funding& funding, RecordValidator& check) const override;
    FieldValues columns(const Funding& funding) const override;
    FieldValues history(const Funding& funding, const HistoryScope& scope) const override;
    Funding fromRow(const Statement& row) const override;
    Funding mergeChanges(const Funding& base, const Funding& mine, const Funding& theirs) const override;
    QString missingMessage() const override;

private:
    bool callExists(qint64 schemeId, const PartialDate& closesOn) const;
};
