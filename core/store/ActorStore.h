#pragma once

#include "records/Actor.h"
#include "store/RecordStore.h"

#include <memory>

class PlaceMatcher;

// Actors of the region: validation of their identifiers, and no deletion while in use.
class ActorStore : public RecordStore<Actor>
{
    Q_DECLARE_TR_FUNCTIONS(ActorStore)

public:
    // What refers to an actor; an actor still in use cannot be deleted.
    struct Usage
    {
        int partnerships = 0;
        int projects = 0;
        int fundings = 0;
        int children = 0;
        bool any() const { return partnerships + projects + fundings + children > 0; }
    };

    explicit ActorStore(const QSqlDatabase& db);
    ~ActorStore() override;

    Usage usage(qint64 id) const;

protected:
    void collectProblems(const Actor& actor, RecordValidator& check) const override;
    FieldValues columns(const Actor& actor) const override;
    Actor fromRow(const QSqlQuery& query) const override;
    Actor mergeChanges(const Actor& base, const Actor& mine, const Actor& theirs) const override;
    Status prepareRemoval(const Actor& actor, TrashEntry* trash) override;
    QString missingMessage() const override;

private:
    // Made at the first commune checked, and kept: it reads the region's EPCI and régions once,
    // where an import checks thousands of actors.
    const PlaceMatcher& places() const;
    mutable std::unique_ptr<PlaceMatcher> m_places;
};
