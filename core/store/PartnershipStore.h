#pragma once

#include "records/Partnership.h"
#include "store/RecordStore.h"

// Partnerships with their actors (and roles), partners and themes.
class PartnershipStore : public RecordStore<Partnership>
{
    Q_DECLARE_TR_FUNCTIONS(PartnershipStore)

public:
    static constexpr auto kDefaultActorRole = "signataire";

    explicit PartnershipStore(const QSqlDatabase& db);

    // Projects carried out within the partnership.
    int projectCount(qint64 id) const;

protected:
    void collectProblems(const Partnership& partnership, RecordValidator& check) const override;
    FieldValues columns(const Partnership& partnership) const override;
    QList<LinkRows> links(const Partnership& partnership) const override;
    FieldValues history(const Partnership& partnership, const HistoryScope& scope) const override;
    Partnership fromRow(const Statement& row) const override;
    Partnership mergeChanges(const Partnership& base, const Partnership& mine,
                             const Partnership& theirs) const override;
    Status prepareRemoval(const Partnership& partnership, TrashEntry* trash) override;
    QString missingMessage() const override;
};
