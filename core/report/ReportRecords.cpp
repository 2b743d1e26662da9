#include "ReportRecords.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <string>

namespace {

// The year of an ISO date, full or partial ("1998", "1998-05", "1998-05-12"); 0 when not given.
short yearOf(std::string_view date)
{
    if (date.size() < 4)
        return 0;
    int year = 0;
    for (size_t i = 0; i < 4; ++i) {
        if (date[i] < '0' || date[i] > '9')
            return 0;
        year = year * 10 + (date[i] - '0');
    }
    return static_cast<short>(year);
}

// The places of records by id. The ids come in increasing order; when they are dense (as SQLite
// gives them) a table finds a place at once, otherwise a binary search does.
class IdPlaces
{
public:
    void add(qint64 id) { m_ids.push_back(id); }
    void finish()
    {
        const qint64 largest = m_ids.empty() ? 0 : m_ids.back();
        if (largest >= 0 && largest <= 4 * static_cast<qint64>(m_ids.size()) + 1024) {
            m_table.assign(static_cast<size_t>(largest) + 1, -1);
            for (size_t i = 0; i < m_ids.size(); ++i)
                m_table[static_cast<size_t>(m_ids[i])] = static_cast<int>(i);
        }
    }
    int place(qint64 id) const
    {
        if (!m_table.empty())
            return id >= 0 && id < static_cast<qint64>(m_table.size()) ? m_table[static_cast<size_t>(id)] : -1;
        const auto it = std::lower_bound(m_ids.begin(), m_ids.end(), id);
        return it != m_ids.end() && *it == id ? static_cast<int>(it - m_ids.begin()) : -1;
    }

private:
    std::vector<qint64> m_ids;
    std::vector<int> m_table;
};

class Loader
{
public:
    Loader(const QSqlDatabase& db, ReportVocabulary& vocabulary, RowScan::Engine engine)
        : m_db(db)
        , m_vocabulary(vocabulary)
        , m_engine(engine)
    {
    }

    Result<ReportRecords> load()
    {
        readActors();
        readPartnerships();
        readProjects();
        readPartnershipLinks();
        readProjectLinks();
        if (!m_error.isEmpty())
            return Result<ReportRecords>::failure(m_error);
        return std::move(m_records);
    }

private:
    // Calls `row` for each row of `sql`.
    void scan(const QString& sql, const std::function<void(const RowScan&)>& row)
    {
        if (!m_error.isEmpty())
            return;
        RowScan scan(m_db, sql, m_engine);
        while (scan.next())
            row(scan);
        m_error = scan.error();
    }

    // Reads a link table ordered by its record: `owner` column 0, `value` column 1.
    void scanLinks(const QString& sql, const IdPlaces& owners, LinkList& links, size_t ownerCount,
                   const std::function<int(const RowScan&)>& target, bool unique = false)
    {
        scan(sql, [&](const RowScan& row) {
            const int owner = owners.place(row.integer(0));
            const int value = target(row);
            if (owner < 0 || value < 0)
                return;
            if (unique)
                links.appendUnique(owner, value);
            else
                links.append(owner, value);
        });
        links.finish(static_cast<int>(ownerCount));
    }

    void readActors()
    {
        scan(QStringLiteral("SELECT id, actor_type_code, departement_code, population, verified_on FROM actor "
                            "ORDER BY id"),
             [this](const RowScan& row) {
                 m_actorPlaces.add(row.integer(0));
                 ReportRecords::Actor actor;
                 // A type missing from the vocabulary counts as not given, like a type left empty.
                 const int type = m_vocabulary.actorTypes.find(row.text(1));
                 actor.type = static_cast<short>(type > 0 && m_vocabulary.actorTypes.at(type).known ? type : 0);
                 actor.departement = static_cast<short>(m_vocabulary.departements.index(row.text(2)));
                 actor.sizeBracket =
                     static_cast<short>(ReportRecords::sizeBracket(row.integer(3), !row.isNull(3)));
                 actor.verifiedYear = yearOf(row.text(4));
                 m_records.actors.push_back(actor);
             });
        m_actorPlaces.finish();
    }

    void readPartnerships()
    {
        const int planned = m_vocabulary.statuses.find("en_projet");
        std::map<int, std::set<std::string>> reasons;
        scan(QStringLiteral("SELECT id, kind_code, status_code, status_reason, signed_on, ended_on, "
                            "coalesce(description, '') <> '', verified_on FROM partnership ORDER BY id"),
             [&](const RowScan& row) {
                 m_partnershipPlaces.add(row.integer(0));
                 ReportRecords::Partnership p;
                 p.kind = static_cast<short>(m_vocabulary.kinds.index(row.text(1)));
                 p.status = static_cast<short>(m_vocabulary.statuses.index(row.text(2)));
                 p.planned = p.status == planned;
                 if (!row.text(3).empty())
                     reasons[p.status].emplace(row.text(3));
                 const std::string_view signedOn = row.text(4);
                 p.signedYear = yearOf(signedOn);
                 p.fullSignature = signedOn.size() == 10;
                 p.endedYear = yearOf(row.text(5));
                 p.described = row.integer(6) != 0;
                 p.verifiedYear = yearOf(row.text(7));
                 m_records.partnerships.push_back(p);
             });
        m_partnershipPlaces.finish();
        for (const auto& [status, texts] : reasons) {
            QStringList& list = m_records.reasons[status];
            for (const std::string& text : texts)
                list << QString::fromStdString(text);
        }
    }

    void readProjects()
    {
        scan(QStringLiteral("SELECT id, started_on, ended_on, in_france, partnership_id IS NOT NULL, "
                            "budget_cents, currency = 'EUR', verified_on FROM project ORDER BY id"),
             [this](const RowScan& row) {
                 m_projectPlaces.add(row.integer(0));
                 ReportRecords::Project p;
                 p.startedYear = yearOf(row.text(1));
                 p.endedYear = yearOf(row.text(2));
                 p.inFrance = row.integer(3) != 0;
                 p.inPartnership = row.integer(4) != 0;
                 p.budgetCents = row.isNull(5) ? -1 : row.integer(5);
                 p.euro = row.integer(6) != 0;
                 p.verifiedYear = yearOf(row.text(7));
                 m_records.projects.push_back(p);
             });
        m_projectPlaces.finish();
    }

    void readPartnershipLinks()
    {
        const size_t count = m_records.partnerships.size();
        const auto actor = [this](const RowScan& row) { return m_actorPlaces.place(row.integer(1)); };
        scanLinks(QStringLiteral("SELECT partnership_id, actor_id FROM partnership_actor ORDER BY partnership_id"),
                  m_partnershipPlaces, m_records.partnershipActors, count, actor);
        // The partners' countries, each once per partnership.
        IdPlaces partnerPlaces;
        std::vector<int> partnerCountries;
        scan(QStringLiteral("SELECT id, country_code FROM foreign_partner ORDER BY id"), [&](const RowScan& row) {
            partnerPlaces.add(row.integer(0));
            partnerCountries.push_back(m_vocabulary.countries.index(row.text(1)));
        });
        partnerPlaces.finish();
        scanLinks(
            QStringLiteral("SELECT partnership_id, partner_id FROM partnership_partner ORDER BY partnership_id"),
            m_partnershipPlaces, m_records.partnershipCountries, count,
            [&](const RowScan& row) {
                const int partner = partnerPlaces.place(row.integer(1));
                return partner < 0 ? -1 : partnerCountries[static_cast<size_t>(partner)];
            },
            true);
        scan(QStringLiteral("SELECT DISTINCT partnership_id FROM partnership_theme"), [this](const RowScan& row) {
            const int place = m_partnershipPlaces.place(row.integer(0));
            if (place >= 0)
                m_records.partnerships[static_cast<size_t>(place)].themed = true;
        });
    }

    void readProjectLinks()
    {
        const size_t count = m_records.projects.size();
        scanLinks(QStringLiteral("SELECT project_id, actor_id FROM project_actor ORDER BY project_id"),
                  m_projectPlaces, m_records.projectActors, count,
                  [this](const RowScan& row) { return m_actorPlaces.place(row.integer(1)); });
        scanLinks(QStringLiteral("SELECT project_id, theme_code FROM project_theme ORDER BY project_id"),
                  m_projectPlaces, m_records.projectThemes, count,
                  [this](const RowScan& row) { return m_vocabulary.themes.index(row.text(1)); });
        scanLinks(QStringLiteral("SELECT project_id, sdg_goal FROM project_sdg ORDER BY project_id"),
                  m_projectPlaces, m_records.projectSdgs, count,
                  [](const RowScan& row) { return static_cast<int>(row.integer(1)); });
        scanLinks(QStringLiteral("SELECT project_id, country_code FROM project_country ORDER BY project_id"),
                  m_projectPlaces, m_records.projectCountries, count,
                  [this](const RowScan& row) { return m_vocabulary.countries.index(row.text(1)); });
    }

    QSqlDatabase m_db;
    ReportVocabulary& m_vocabulary;
    RowScan::Engine m_engine;
    ReportRecords m_records;
    IdPlaces m_actorPlaces;
    IdPlaces m_partnershipPlaces;
    IdPlaces m_projectPlaces;
    QString m_error;
};

} // namespace

int ReportRecords::sizeBracket(qint64 population, bool known)
{
    if (!known)
        return 5;
    return population < 2000 ? 1 : population < 10000 ? 2 : population < 50000 ? 3 : 4;
}

std::vector<bool> ReportRecords::engagedActors(int year) const
{
    std::vector<bool> engaged(actors.size(), false);
    for (size_t i = 0; i < partnerships.size(); ++i) {
        if (active(partnerships[i], year)) {
            for (const int actor : partnershipActors.of(static_cast<int>(i)))
                engaged[static_cast<size_t>(actor)] = true;
        }
    }
    for (size_t i = 0; i < projects.size(); ++i) {
        if (active(projects[i], year)) {
            for (const int actor : projectActors.of(static_cast<int>(i)))
                engaged[static_cast<size_t>(actor)] = true;
        }
    }
    return engaged;
}

Result<ReportRecords> ReportRecords::load(const QSqlDatabase& db, ReportVocabulary& vocabulary,
                                          RowScan::Engine engine)
{
    return Loader(db, vocabulary, engine).load();
}
