#pragma once

#include "records/Scheme.h"
#include "store/RecordStore.h"

// Support schemes with the actor types, zones, countries, themes and conditions they set, and
// their calls.
class SchemeStore : public RecordStore<Scheme>
{
    Q_DECLARE_TR_FUNCTIONS(SchemeStore)

public:
    explicit SchemeStore(const QSqlDatabase& db);

protected:
    void collectProblems(const Scheme& scheme, RecordValidator& check) const override;
    FieldValues columns(const Scheme& scheme) const override;
    QList<LinkRows> links(const Scheme& scheme) const override;
    FieldValues history(const Scheme& scheme, const HistoryScope& scope) const override;
    Scheme fromRow(const Statement& row) const override;
    Scheme mergeChanges(const Scheme& base, const Scheme& mine, const Scheme& theirs) const override;
    QString missingMessage() const override;
};
