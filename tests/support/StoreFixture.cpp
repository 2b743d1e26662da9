#include "StoreFixture.h"

#include <catch2/catch.hpp>

#include "store/ActorStore.h"
#include "store/PartnerStore.h"
#include "store/PartnershipStore.h"
#include "store/ProjectStore.h"
#include "store/SchemeStore.h"

StoreFixture::StoreFixture() = default;

qint64 StoreFixture::addActor(const QString& name, const QString& type)
{
    Actor actor;
    actor.name = name;
    actor.typeCode = type;
    const Result<Actor> created = ActorStore(connection()).create(actor);
    INFO(created.message().toStdString());
    REQUIRE(created.ok());
    return created.value().id;
}

qint64 StoreFixture::addPartner(const QString& name, const QString& country)
{
    ForeignPartner partner;
    partner.name = name;
    partner.countryCode = country;
    const Result<ForeignPartner> created = PartnerStore(connection()).create(partner);
    INFO(created.message().toStdString());
    REQUIRE(created.ok());
    return created.value().id;
}

qint64 StoreFixture::addPartnership(qint64 actorId, qint64 partnerId, const QString& kind)
{
    Partnership partnership;
    partnership.kindCode = kind;
    partnership.actors = {{actorId, QString()}};
    partnership.partnerIds = {partnerId};
    const Result<Partnership> created = PartnershipStore(connection()).create(partnership);
    INFO(created.message().toStdString());
    REQUIRE(created.ok());
    return created.value().id;
}

qint64 StoreFixture::addProject(const QString& title, qint64 leadActorId)
{
    Project project;
    project.title = title;
    project.actors = {{leadActorId, QString::fromLatin1(Project::kLeadRole)}};
    const Result<Project> created = ProjectStore(connection()).create(project);
    INFO(created.message().toStdString());
    REQUIRE(created.ok());
    return created.value().id;
}

qint64 StoreFixture::addScheme(const Scheme& scheme)
{
    const Result<Scheme> created = SchemeStore(connection()).create(scheme);
    INFO(created.message().toStdString());
    REQUIRE(created.ok());
    return created.value().id;
}

QList<ChangeEntry> StoreFixture::history(const QString& entity, qint64 id) const
{
    return ChangeLog(connection()).forRecord(entity, id);
}

int StoreFixture::count(const QString& table) const
{
    return scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
}

ChangeEntry entryFor(const QList<ChangeEntry>& entries, const QString& field)
{
    for (const ChangeEntry& entry : entries) {
        if (entry.field == field)
            return entry;
    }
    return {};
}
