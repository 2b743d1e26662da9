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

// A support scheme of the demo's catalogue, after the national, European and local schemes the
// field applies to (the documented example catalogue, docs/csv.md). Lists are "|"-separated
// codes, empty: open to all.
struct SupportScheme
{
    const char* name;
    const char* funder;
    const char* programme; // ref_funding_programme: the lines of this programme may name it
    const char* kind;      // ref_scheme_kind
    const char* actorTypes;
    const char* themes;
    int amountMaxEuros;      // 0: no ceiling given
    int cofundingMaxPercent; // 0: none given
    const char* closesOn;    // the call's closing day in the year ("MM-DD"); nullptr: open all year
};

const QList<SupportScheme>& supportSchemes();

// "Association %1 Solidarité" and the like; %1 is a town, %2 a country.
const QList<const char*>& associationNames();
// Project titles by theme code; %1 is the partner town.
const QList<std::pair<const char*, const char*>>& projectTitles();

} // namespace DemoData
