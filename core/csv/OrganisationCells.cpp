#include "OrganisationCells.h"

#include "ReferenceLabels.h"
#include "common/TextMap.h"
#include "database/Statement.h"

#include <QVarLengthArray>

#include <algorithm>

namespace {

// The number of a code in `labels`, added with its label (`labelOf` the code) the first time; -1
// for no code. The code is looked up without a copy: this runs for each of millions of rows.
template <typename LabelOf>
int numberOf(TextMap<int>& numbers, std::vector<std::string>& labels, std::string_view code,
             const LabelOf& labelOf)
{
    if (code.empty())
        return -1;
    if (const auto found = numbers.find(code); found != numbers.cend())
        return found->second;
    const int number = static_cast<int>(labels.size());
    labels.push_back(labelOf(code));
    numbers.emplace(code, number);
    return number;
}

} // namespace

OrganisationCells::Texts::Texts()
    : m_blocks(1, std::string(1, '\0')) // 0 names the empty text
{
    m_blocks.back().reserve(kPlaceMask + 1);
}

std::uint32_t OrganisationCells::Texts::add(std::string_view text)
{
    if (text.empty())
        return 0;
    if (m_blocks.back().size() + text.size() + 1 > m_blocks.back().capacity()) {
        m_blocks.emplace_back();
        m_blocks.back().reserve(std::max<size_t>(kPlaceMask + 1, text.size() + 1)); // a longer text alone
    }
    std::string& block = m_blocks.back();
    const auto name = static_cast<std::uint32_t>(((m_blocks.size() - 1) << kPlaceBits) | block.size());
    block.append(text);
    block.push_back('\0');
    return name;
}

bool OrganisationCells::read(const QSqlDatabase& db, const QString& link)
{
    const SideSource actors{
        QStringLiteral("actor"),
        QStringLiteral("%1_actor").arg(link),
        QStringLiteral("SELECT id, name, coalesce(insee_code, siren), departement_code, actor_type_code "
                       "FROM actor ORDER BY id"),
        QStringLiteral("SELECT id FROM actor ORDER BY name_normalized, id"),
        QStringLiteral("ref_actor_type"),
        QStringLiteral("SELECT %1_id, actor_id, role_code FROM %1_actor ORDER BY %1_id").arg(link),
    };
    const SideSource partners{
        QStringLiteral("foreign_partner"),
        QStringLiteral("%1_partner").arg(link),
        QStringLiteral("SELECT id, name, NULL, admin_area, country_code FROM foreign_partner ORDER BY id"),
        QStringLiteral("SELECT id FROM foreign_partner ORDER BY name_normalized, id"),
        QStringLiteral("ref_country"),
        QStringLiteral("SELECT %1_id, partner_id, NULL FROM %1_partner ORDER BY %1_id").arg(link),
    };
    return readSide(db, m_actors, actors) && readSide(db, m_partners, partners);
}

bool OrganisationCells::readSide(const QSqlDatabase& db, Side& side, const SideSource& source)
{
    // Room for all of them at once: a vector doubling as it grows holds both copies for a while,
    // the peak of a large export's memory.
    const auto count = [&](const QString& table) {
        Statement rows(db, QStringLiteral("SELECT count(*) FROM %1").arg(table));
        return static_cast<size_t>(rows.next() ? rows.integer(0) : 0);
    };
    side.organisations.reserve(count(source.table));
    side.links.reserve(count(source.linkTable));
    // Codes become numbers of labels: a few hundred labels for a million organisations.
    ReferenceLabels labelOf;
    if (!labelOf.read(db, source.labelTable)) {
        m_error = labelOf.error();
        return false;
    }
    TextMap<int> labelNumbers;
    Statement organisationRows(db, source.organisations);
    while (organisationRows.next()) {
        Organisation organisation;
        side.places.add(organisationRows.integer(0));
        organisation.name = m_texts.add(organisationRows.text(1));
        organisation.code = m_texts.add(organisationRows.text(2));
        organisation.place = m_texts.add(organisationRows.text(3));
        const std::string_view code = organisationRows.text(4);
        organisation.label = numberOf(labelNumbers, side.labels, code, [&](std::string_view key) {
            const std::string* label = labelOf.label(key);
            return label ? *label : std::string();
        });
        side.organisations.push_back(organisation);
    }
    side.places.finish();
    // Ranks rather than the normalised names: the order is all the export needs of them, and an
    // index gives it (a quarter less memory at a million organisations).
    Statement orderRows(db, source.order);
    for (int rank = 0; orderRows.next(); ++rank) {
        if (const int place = side.places.place(orderRows.integer(0)); place >= 0)
            side.organisations[static_cast<size_t>(place)].rank = rank;
    }
    TextMap<int> roleNumbers;
    Statement linkRows(db, source.links);
    while (linkRows.next()) {
        const qint64 owner = linkRows.integer(0);
        const int place = side.places.place(linkRows.integer(1));
        if (place < 0)
            continue; // a foreign key would not allow it
        side.owners.add(owner);
        const std::string_view role = linkRows.text(2);
        side.links.push_back({place, numberOf(roleNumbers, m_roles, role,
                                              [](std::string_view key) { return std::string(key); })});
    }
    const auto lead = std::find(m_roles.cbegin(), m_roles.cend(), "porteur");
    m_leadRole = lead == m_roles.cend() ? -1 : static_cast<int>(lead - m_roles.cbegin());
    side.owners.finish();
    for (Statement* scan : {&organisationRows, &orderRows, &linkRows}) {
        if (!scan->error().isEmpty()) {
            m_error = scan->error();
            return false;
        }
    }
    return true;
}

bool OrganisationCells::actorCells(qint64 recordId, std::vector<std::string>& cells) const
{
    return this->cells(m_actors, recordId, true, cells);
}

bool OrganisationCells::partnerCells(qint64 recordId, std::vector<std::string>& cells) const
{
    return this->cells(m_partners, recordId, false, cells);
}

bool OrganisationCells::cells(const Side& side, qint64 recordId, bool actors,
                              std::vector<std::string>& cells) const
{
    const auto [first, end] = side.owners.rows(recordId);
    if (first == end)
        return false;
    QVarLengthArray<Link, 8> links(side.links.cbegin() + first, side.links.cbegin() + end);
    // The export's order: the lead actor first, then by normalised name, then by id.
    std::sort(links.begin(), links.end(), [&](const Link& a, const Link& b) {
        if (actors && (a.role == m_leadRole) != (b.role == m_leadRole))
            return a.role == m_leadRole;
        return side.organisations[static_cast<size_t>(a.organisation)].rank <
               side.organisations[static_cast<size_t>(b.organisation)].rank;
    });
    cells.resize(actors ? 5 : 3);
    for (std::string& cell : cells)
        cell.clear();
    const std::string none;
    for (qsizetype i = 0; i < links.size(); ++i) {
        const Link& link = links.at(i);
        const Organisation& organisation = side.organisations[static_cast<size_t>(link.organisation)];
        const std::string& label =
            organisation.label >= 0 ? side.labels[static_cast<size_t>(organisation.label)] : none;
        if (i > 0) {
            for (std::string& cell : cells)
                cell += '|';
        }
        cells[0] += m_texts.at(organisation.name);
        if (actors) {
            cells[1] += m_texts.at(organisation.code);
            cells[2] += label;
            cells[3] += m_texts.at(organisation.place);
            cells[4] += link.role >= 0 ? m_roles[static_cast<size_t>(link.role)] : none;
        } else {
            cells[1] += label;
            cells[2] += m_texts.at(organisation.place);
        }
    }
    return true;
}
