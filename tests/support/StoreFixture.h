#pragma once

#include "support/TestDatabase.h"

#include "records/Actor.h"
#include "records/ForeignPartner.h"
#include "records/Partnership.h"
#include "records/Project.h"
#include "records/Scheme.h"
#include "store/ChangeLog.h"

// A test database with quick ways to add valid records.
class StoreFixture : public TestDatabase
{
public:
    StoreFixture();

    qint64 addActor(const QString& name, const QString& type = QStringLiteral("commune"));
    qint64 addPartner(const QString& name, const QString& country);
    qint64 addPartnership(qint64 actorId, qint64 partnerId, const QString& kind = QStringLiteral("jumelage"));
    qint64 addProject(const QString& title, qint64 leadActorId);
    qint64 addScheme(const Scheme& scheme);

    QList<ChangeEntry> history(const QString& entity, qint64 id) const;
    int count(const QString& table) const;
};

// The history entry of one field, or an empty one.
ChangeEntry entryFor(const QList<ChangeEntry>& entries, const QString& field);
