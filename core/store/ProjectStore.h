#pragma once

#include "records/Project.h"
#include "store/RecordStore.h"

// Projects with their actors (one lead at least), partners, countries, themes and SDGs. Deleting
// a project deletes its funding lines, each with its own history.
class ProjectStore : public RecordStore<Project>
{
    Q_DECLARE_TR_FUNCTIONS(ProjectStore)

public:
    static constexpr auto kDefaultActorRole = "partenaire";

    explicit ProjectStore(const QSqlDatabase& db);

protected:
    void collectProblems(const Project& project, RecordValidator& check) const override;
    FieldValues columns(const Project& project) const override;
    QList<LinkRows> links(const Project& project) const override;
    FieldValues history(const Project& project, const HistoryScope& scope) const override;
    Project fromRow(const Statement& row) const override;
    Project mergeChanges(const Project& base, const Project& mine, const Project& theirs) const override;
    Status prepareRemoval(const Project& project, TrashEntry* trash) override;
    QString missingMessage() const override;
};
