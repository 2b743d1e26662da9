#pragma once

#include "common/IdPlaces.h"
#include "common/OwnerRanges.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// The actor and partner columns of a large export, read once: every actor and foreign partner,
// and every link of the exported table to them — each table read in its own order, then joined
// in memory. Read per batch of records instead, SQLite found each linked actor and partner at
// random in its table, and then sorted them: most of an export of a million partnerships
// (docs/performance.md). The cells are those the per-batch query gives (a test compares both).
class OrganisationCells
{
public:
    // Reads the actors and partners of the records of `link` ("partnership" or "project").
    // False, with error(), when a table could not be read.
    bool read(const QSqlDatabase& db, const QString& link);
    QString error() const { return m_error; }

    // A record's actor cells — names, codes, types, départements, roles — or its partner cells —
    // names, countries, areas — in `cells`, in UTF-8: the values of its organisations joined by
    // "|", the lead actor first, then by name. False when the record has none.
    bool actorCells(qint64 recordId, std::vector<std::string>& cells) const;
    bool partnerCells(qint64 recordId, std::vector<std::string>& cells) const;

private:
    // Texts kept one after the other in blocks of 1 MiB, each ended by a NUL, named by their block
    // and their place in it. One buffer doubling as it grew held the old copy and the new one at
    // once, a sixth of a large export's memory.
    class Texts
    {
    public:
        Texts();
        std::uint32_t add(std::string_view text);
        std::string_view at(std::uint32_t name) const
        {
            return std::string_view(m_blocks[name >> kPlaceBits].data() + (name & kPlaceMask));
        }

    private:
        static constexpr int kPlaceBits = 20;
        static constexpr std::uint32_t kPlaceMask = (1u << kPlaceBits) - 1;
        std::vector<std::string> m_blocks;
    };

    struct Organisation
    {
        std::uint32_t name = 0;
        std::uint32_t code = 0;  // actors: INSEE code or SIREN
        std::uint32_t place = 0; // actors: département; partners: area
        int rank = 0;            // in the order of normalised name, then id
        int label = -1;          // actors: type; partners: country
    };
    struct Link
    {
        int organisation;
        int role; // actors only
    };
    // Organisations of one kind, and the links of the records to them, grouped by record.
    struct Side
    {
        std::vector<Organisation> organisations; // by id
        IdPlaces places;                         // id → place in organisations
        OwnerRanges owners;                      // each record's links
        std::vector<Link> links;
        std::vector<std::string> labels;
    };

    // Where one side is read from.
    struct SideSource
    {
        QString table;         // the organisations
        QString linkTable;     // the records' links to them
        QString organisations; // id, name, code, place, label's code; by id
        QString order;         // the ids in the export's order of names
        QString labelTable;    // the reference table of their type (actors) or country (partners)
        QString links;         // record id, organisation id, role; by record
    };
    bool readSide(const QSqlDatabase& db, Side& side, const SideSource& source);
    bool cells(const Side& side, qint64 recordId, bool actors, std::vector<std::string>& cells) const;

    Texts m_texts;
    Side m_actors;
    Side m_partners;
    std::vector<std::string> m_roles;
    int m_leadRole = -1; // the number of the lead's role in m_roles
    QString m_error;
};
