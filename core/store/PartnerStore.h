#pragma once

#include "records/ForeignPartner.h"
#include "store/RecordStore.h"

// Foreign partners: a name and a known country, and no deletion while in use.
class PartnerStore : public RecordStore<ForeignPartner>
{
    Q_DECLARE_TR_FUNCTIONS(PartnerStore)

public:
    explicit PartnerStore(const QSqlDatabase& db);

    // Partnerships and projects the partner takes part in.
    int usage(qint64 id) const;

protected:
    void collectProblems(const ForeignPartner& partner, RecordValidator& check) const override;
    FieldValues columns(const ForeignPartner& partner) const override;
    ForeignPartner fromRow(const Statement& row) const override;
    ForeignPartner mergeChanges(const ForeignPartner& base, const ForeignPartner& mine,
                                const ForeignPartner& theirs) const override;
    Status prepareRemoval(const ForeignPartner& partner, TrashEntry* trash) override;
    QString missingMessage() const override;
};
