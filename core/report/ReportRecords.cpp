#include "ReportRecords.h"

#include "common/IdPlaces.h"
#include "database/SecondConnection.h"

#include <QSqlQuery>

#include <algorithm>
#include <latch>
#include <map>
#include <optional>
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

// One connection and what went wrong on it.
struct Channel
{
    QSqlDatabase db;
    QString error;
};

class Loader
{
public:
    Loader(const QSqlDatabase& db, Statement::Engine engine, bool freshTransaction, bool english)
        : m_db(db)
        , m_engine(engine)
        , m_freshTransaction(freshTransaction)
        , m_english(english)
    {
    }

    Result<ReportRecords> load()
    {
        Channel main{m_db, {}};
        // Opened before the first read: both connections read the same state.
        std::optional<SecondConnection> second;
        if (m_freshTransaction && m_engine == Statement::Engine::Native)
            second.emplace(m_db);
        Result<ReportVocabulary> vocabulary = ReportVocabulary::load(m_db, m_english);
        if (!vocabulary)
            return vocabulary.problems();
        m_records.vocabulary = std::move(vocabulary.value());
        Channel other;
        if (second && second->isOpen()) {
            std::latch actorsRead(1);
            second->start([&](const QSqlDatabase& db) {
                other.db = db;
                secondThreadReads(other, &actorsRead);
                other.db = QSqlDatabase();
            });
            firstThreadReads(main, &actorsRead);
            second->wait();
        } else {
            firstThreadReads(main, nullptr);
            secondThreadReads(main, nullptr);
        }
        for (const QString& error : {main.error, other.error}) {
            if (!error.isEmpty())
                return Result<ReportRecords>::failure(error);
        }
        return std::move(m_records);
    }

private:
    // The reads of each thread. The second's last read, the projects' actors, needs the first's
    // actors: the first reads them first.
    void firstThreadReads(Channel& c, std::latch* actorsRead)
    {
        readActors(c);
        if (actorsRead)
            actorsRead->count_down();
        readPartnerships(c);
        readPartnershipActors(c);
        readPartnershipThemes(c);
        readPartners(c);
        readPartnershipCountries(c);
        readApdDeclarations(c);
    }
    void secondThreadReads(Channel& c, std::latch* actorsRead)
    {
        readProjects(c);
        readProjectLinks(c);
        if (actorsRead)
            actorsRead->wait();
        readProjectActors(c);
    }

    // Calls `onRow` for each row of `sql`.
    template <typename OnRow> void scan(Channel& c, const QString& sql, OnRow onRow)
    {
        if (!c.error.isEmpty())
            return;
        Statement scan(c.db, sql, m_engine);
        while (scan.next())
            onRow(scan);
        c.error = scan.error();
    }

    // Reads a link table ordered by its record (column 0); `target` gives the number a row links
    // to (-1: none).
    template <typename Target>
    void scanLinks(Channel& c, const QString& sql, const IdPlaces& owners, LinkList& links, size_t ownerCount,
                   Target target, bool unique = false)
    {
        scan(c, sql, [&](const Statement& row) {
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

    void readActors(Channel& c)
    {
        const ReportVocabulary& vocabulary = m_records.vocabulary;
        scan(
            c,
            QStringLiteral("SELECT id, actor_type_code, departement_code, population, verified_on FROM actor "
                           "ORDER BY id"),
            [&](const Statement& row) {
                m_actorPlaces.add(row.integer(0));
                ReportRecords::Actor actor;
                // A type missing from the vocabulary counts as not given, like a type left empty.
                const int type = vocabulary.actorTypes.find(row.text(1));
                actor.type = static_cast<short>(type > 0 && vocabulary.actorTypes.at(type).known ? type : 0);
                actor.departement = static_cast<short>(vocabulary.departements.index(row.text(2)));
                actor.sizeBracket =
                    static_cast<short>(ReportRecords::sizeBracket(row.integer(3), !row.isNull(3)));
                actor.verifiedYear = yearOf(row.text(4));
                m_records.actors.push_back(actor);
            });
        m_actorPlaces.finish();
    }

    void readPartnerships(Channel& c)
    {
        const ReportVocabulary& vocabulary = m_records.vocabulary;
        // Each reason text once, numbered in the order met, renumbered in the order of text below.
        std::map<std::string, int, std::less<>> reasons;
        scan(c,
             QStringLiteral("SELECT id, kind_code, status_code, status_reason, signed_on, ended_on, "
                            "length(description) > 0, verified_on FROM partnership ORDER BY id"),
             [&](const Statement& row) {
                 m_partnershipPlaces.add(row.integer(0));
                 ReportRecords::Partnership p;
                 p.kind = static_cast<short>(vocabulary.kinds.index(row.text(1)));
                 p.status = static_cast<short>(vocabulary.statuses.index(row.text(2)));
                 p.statusClass = ReportRules::ActivePartnership::classOf(row.text(2));
                 if (!row.text(3).empty()) {
                     const auto found = reasons.find(row.text(3));
                     p.reason =
                         found != reasons.end()
                             ? found->second
                             : reasons.emplace(std::string(row.text(3)), static_cast<int>(reasons.size()))
                                   .first->second;
                 }
                 const std::string_view signedOn = row.text(4);
                 p.signedYear = yearOf(signedOn);
                 p.fullSignature = signedOn.size() == 10;
                 p.endedYear = yearOf(row.text(5));
                 p.described = row.integer(6) != 0;
                 p.verifiedYear = yearOf(row.text(7));
                 m_records.partnerships.push_back(p);
             });
        m_partnershipPlaces.finish();
        std::vector<int> sortedPlace(reasons.size(), -1);
        for (const auto& [text, met] : reasons) {
            sortedPlace[static_cast<size_t>(met)] = static_cast<int>(m_records.reasons.size());
            m_records.reasons << QString::fromStdString(text);
        }
        for (ReportRecords::Partnership& p : m_records.partnerships) {
            if (p.reason >= 0)
                p.reason = sortedPlace[static_cast<size_t>(p.reason)];
        }
    }

    void readPartnershipActors(Channel& c)
    {
        scanLinks(
            c,
            QStringLiteral("SELECT partnership_id, actor_id FROM partnership_actor ORDER BY partnership_id"),
            m_partnershipPlaces, m_records.partnershipActors, m_records.partnerships.size(),
            [this](const Statement& row) { return m_actorPlaces.place(row.integer(1)); });
    }

    void readPartnershipThemes(Channel& c)
    {
        scan(c, QStringLiteral("SELECT DISTINCT partnership_id FROM partnership_theme"),
             [this](const Statement& row) {
                 const int place = m_partnershipPlaces.place(row.integer(0));
                 if (place >= 0)
                     m_records.partnerships[static_cast<size_t>(place)].themed = true;
             });
    }

    void readPartners(Channel& c)
    {
        scan(c, QStringLiteral("SELECT id, country_code FROM foreign_partner ORDER BY id"),
             [this](const Statement& row) {
                 m_partnerPlaces.add(row.integer(0));
                 m_partnerCountries.push_back(m_records.vocabulary.countries.index(row.text(1)));
             });
        m_partnerPlaces.finish();
    }

    // The partners' countries, each once per partnership.
    void readPartnershipCountries(Channel& c)
    {
        scanLinks(
            c,
            QStringLiteral(
                "SELECT partnership_id, partner_id FROM partnership_partner ORDER BY partnership_id"),
            m_partnershipPlaces, m_records.partnershipCountries, m_records.partnerships.size(),
            [this](const Statement& row) {
                const int partner = m_partnerPlaces.place(row.integer(1));
                return partner < 0 ? -1 : m_partnerCountries[static_cast<size_t>(partner)];
            },
            true);
    }

    void readProjects(Channel& c)
    {
        scan(c,
             QStringLiteral(
                 "SELECT id, started_on, ended_on, in_france, partnership_id IS NOT NULL, "
                 "budget_cents, currency = 'EUR', verified_on, status_code FROM project ORDER BY id"),
             [this](const Statement& row) {
                 m_projectPlaces.add(row.integer(0));
                 ReportRecords::Project p;
                 p.startedYear = yearOf(row.text(1));
                 p.endedYear = yearOf(row.text(2));
                 p.inFrance = row.integer(3) != 0;
                 p.inPartnership = row.integer(4) != 0;
                 p.budgetCents = row.isNull(5) ? -1 : row.integer(5);
                 p.euro = row.integer(6) != 0;
                 p.verifiedYear = yearOf(row.text(7));
                 p.statusClass = ReportRules::ActiveProject::classOf(row.text(8));
                 m_records.projects.push_back(p);
             });
        m_projectPlaces.finish();
    }

    void readProjectLinks(Channel& c)
    {
        const ReportVocabulary& vocabulary = m_records.vocabulary;
        const size_t count = m_records.projects.size();
        scanLinks(c, QStringLiteral("SELECT project_id, theme_code FROM project_theme ORDER BY project_id"),
                  m_projectPlaces, m_records.projectThemes, count,
                  [&](const Statement& row) { return vocabulary.themes.index(row.text(1)); });
        scanLinks(c, QStringLiteral("SELECT project_id, sdg_goal FROM project_sdg ORDER BY project_id"),
                  m_projectPlaces, m_records.projectSdgs, count,
                  [](const Statement& row) { return static_cast<int>(row.integer(1)); });
        // A project led in France has France among its countries (rule Places), added in the order
        // of the projects, before the first country read of each.
        const int france = vocabulary.countries.find("FR");
        size_t next = 0;
        const auto addFranceUpTo = [&](size_t last) {
            for (; next < last; ++next) {
                if (france >= 0 && m_records.projects[next].inFrance)
                    m_records.projectCountries.appendUnique(static_cast<int>(next), france);
            }
        };
        scan(c, QStringLiteral("SELECT project_id, country_code FROM project_country ORDER BY project_id"),
             [&](const Statement& row) {
                 const int owner = m_projectPlaces.place(row.integer(0));
                 const int country = vocabulary.countries.index(row.text(1));
                 if (owner < 0 || country < 0)
                     return;
                 addFranceUpTo(static_cast<size_t>(owner) + 1);
                 m_records.projectCountries.appendUnique(owner, country);
             });
        addFranceUpTo(count);
        m_records.projectCountries.finish(static_cast<int>(count));
    }

    // The years each actor declared its APD for (rule ApdDeclared: a "no" is no declaration).
    void readApdDeclarations(Channel& c)
    {
        scanLinks(c,
                  QStringLiteral("SELECT actor_id, year FROM actor_apd_declaration WHERE declared = 1 "
                                 "ORDER BY actor_id, year"),
                  m_actorPlaces, m_records.actorApdYears, m_records.actors.size(),
                  [](const Statement& row) { return static_cast<int>(row.integer(1)); });
    }

    void readProjectActors(Channel& c)
    {
        scanLinks(c, QStringLiteral("SELECT project_id, actor_id FROM project_actor ORDER BY project_id"),
                  m_projectPlaces, m_records.projectActors, m_records.projects.size(),
                  [this](const Statement& row) { return m_actorPlaces.place(row.integer(1)); });
    }

    QSqlDatabase m_db;
    Statement::Engine m_engine;
    bool m_freshTransaction;
    bool m_english;
    ReportRecords m_records;
    IdPlaces m_actorPlaces;
    IdPlaces m_partnershipPlaces;
    IdPlaces m_projectPlaces;
    IdPlaces m_partnerPlaces;
    std::vector<int> m_partnerCountries;
};

} // namespace

int ReportRecords::sizeBracket(qint64 population, bool known)
{
    if (!known)
        return 5;
    return population < 2000 ? 1 : population < 10000 ? 2 : population < 50000 ? 3 : 4;
}

namespace {

// The actors named in the records that `wanted` keeps, by place.
template <typename Wanted>
std::vector<bool> actorsNamedIn(const ReportRecords& records, int year, Wanted wanted)
{
    std::vector<bool> named(records.actors.size(), false);
    for (size_t i = 0; i < records.partnerships.size(); ++i) {
        const ReportRecords::Partnership& p = records.partnerships[i];
        if (wanted(ReportRecords::standing(p, year), p.statusClass)) {
            for (const int actor : records.partnershipActors.of(static_cast<int>(i)))
                named[static_cast<size_t>(actor)] = true;
        }
    }
    for (size_t i = 0; i < records.projects.size(); ++i) {
        const ReportRecords::Project& p = records.projects[i];
        if (wanted(ReportRecords::standing(p, year), p.statusClass)) {
            for (const int actor : records.projectActors.of(static_cast<int>(i)))
                named[static_cast<size_t>(actor)] = true;
        }
    }
    return named;
}

} // namespace

std::vector<bool> ReportRecords::engagedActors(int year) const
{
    return actorsNamedIn(*this, year, [](ReportRules::Standing standing, ReportRules::StatusClass) {
        return standing == ReportRules::Standing::Active;
    });
}

std::vector<bool> ReportRecords::actorsOfLeftOut(int year) const
{
    return actorsNamedIn(*this, year, [](ReportRules::Standing standing, ReportRules::StatusClass) {
        return ReportRules::LeftOut::forWantOfADate(standing);
    });
}

Result<ReportRecords> ReportRecords::load(const QSqlDatabase& db, Statement::Engine engine,
                                          bool freshTransaction, bool english)
{
    return Loader(db, engine, freshTransaction, english).load();
}
