#pragma once

#include <QList>
#include <QString>

// The vocabulary of the synthetic observatory: real foreign towns, plausible names of
// associations and projects, and the proportions of the field (../shared/reference/domain.md).
namespace DemoData {

struct ForeignTown
{
    const char* country; // ISO alpha-2
    const char* name;
    const char* area;
};

struct Weighted
{
    const char* code;
    int weight;
};

const QList<ForeignTown>& foreignTowns();

// Partner countries of twinnings (Germany first, then Europe) and of projects (Africa first).
const QList<Weighted>& twinningCountries();
const QList<Weighted>& projectCountries();

const QList<Weighted>& actorTypes();
const QList<Weighted>& partnershipKinds();
const QList<Weighted>& partnershipStatuses();
const QList<Weighted>& projectStatuses();
const QList<Weighted>& fundingProgrammes();

// "Association %1 Solidarité" and the like; %1 is a town, %2 a country.
const QList<const char*>& associationNames();
// Project titles by theme code; %1 is the partner town.
const QList<std::pair<const char*, const char*>>& projectTitles();

} // namespace DemoData
