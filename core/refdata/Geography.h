#pragma once

#include <QString>
#include <QStringList>

#include <optional>

struct Commune
{
    QString code; // INSEE
    QString name;
    QString departementCode; // 69M for the Métropole de Lyon, 69D for the rest of the Rhône
    QString regionCode;
    QString siren;
    QString epciSiren;
    std::optional<qint64> population;
    QStringList postcodes;
};

// A commune found by a code or a name that may be a former one: `matchedCode`/`formerName` say
// what was asked for, `commune` is the current commune that carries it now.
struct CommuneMatch
{
    Commune commune;
    QString matchedCode;
    QString formerName;
    QString formerKind; // empty for a current code; fusion, deleguee, associee or arrondissement

    bool isFormer() const { return !formerKind.isEmpty(); }
};

struct Departement
{
    QString code;
    QString name;
    QString regionCode;
    std::optional<qint64> population;
};

struct Epci
{
    QString siren;
    QString name;
    QString kind; // CC, CA, CU, METRO, MET69
    std::optional<qint64> population;
};
