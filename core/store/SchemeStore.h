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

    // How many funding lines name the scheme; a scheme named by some cannot be deleted (as an
    // actor in use), so that no line loses its scheme unseen.
    int fundingLineCount(qint64 schemeId) const;

protected:
    void collectProblems(const Scheme& scheme, RecordValidator& check) const override;
    FieldValues columns(const Scheme& scheme) const override;
    QList<LinkRows> links(const Scheme& scheme) const override;
    FieldValues history(const Scheme& scheme, const HistoryScope& scope) const override;
    Scheme fromRow(const Statement& row) const override;
    Scheme mergeChanges(const Scheme& base, const Scheme& mine, const Scheme& theirs) const override;
    QString missingMessage() const override;
    Status prepareRemoval(const Scheme& scheme, TrashEntry* trash) override;

private:
    // The closing dates of the scheme's calls that funding lines name, with how many lines.
    QMap<QString, int> namedCalls(qint64 schemeId) const;
};
