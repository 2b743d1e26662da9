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
    // With the place matcher its owner matches actors' names with (an import's): the region's
    // EPCI and régions, and each commune, are then read once for both.
    ActorStore(const QSqlDatabase& db, std::shared_ptr<const PlaceMatcher> places);
    ~ActorStore() override;

    Usage usage(qint64 id) const;

    // Whether actors of this type are local authorities or groupings (ReportRules::ApdDeclared),
    // the actors that declare their official development assistance.
    bool isLocalAuthority(const QString& typeCode) const;
    // The declarations as the change history shows them: "2024 ✓ 12 345 € 2025-04-15 | 2023 ✗".
    static QString describeApd(QList<ApdDeclaration> declarations);

protected:
    void collectProblems(const Actor& actor, RecordValidator& check) const override;
    FieldValues columns(const Actor& actor) const override;
    QList<LinkRows> links(const Actor& actor) const override;
    FieldValues history(const Actor& actor, const HistoryScope& scope) const override;
    Actor fromRow(const Statement& row) const override;
    Actor mergeChanges(const Actor& base, const Actor& mine, const Actor& theirs) const override;
    Status prepareRemoval(const Actor& actor, TrashEntry* trash) override;
    QString missingMessage() const override;

private:
    // Given, or made at the first commune checked, and kept: it reads the region's EPCI and
    // régions once, where an import checks thousands of actors; its GeoLookup reads each commune
    // once.
    const PlaceMatcher& places() const;
    mutable std::shared_ptr<const PlaceMatcher> m_places;
};
