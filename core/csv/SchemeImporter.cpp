#include "SchemeImporter.h"

#include "CsvValues.h"
#include "ImportRow.h"
#include "VocabularyMatcher.h"
#include "common/TextFolding.h"
#include "database/Statement.h"
#include "refdata/CountryLookup.h"
#include "store/SchemeStore.h"

SchemeImporter::SchemeImporter(const QSqlDatabase& db)
    : RecordImporter(db, QStringLiteral("schemes"))
    , m_countries(std::make_unique<CountryLookup>(db))
    , m_kinds(std::make_unique<VocabularyMatcher>(db, QStringLiteral("ref_scheme_kind")))
    , m_programmes(std::make_unique<VocabularyMatcher>(db, QStringLiteral("ref_funding_programme")))
    , m_actorTypes(std::make_unique<VocabularyMatcher>(db, QStringLiteral("ref_actor_type")))
    , m_zones(std::make_unique<VocabularyMatcher>(db, QStringLiteral("ref_zone")))
    , m_themes(std::make_unique<VocabularyMatcher>(db, QStringLiteral("ref_theme")))
    , m_conditions(std::make_unique<VocabularyMatcher>(db, QStringLiteral("ref_scheme_condition")))
{
}

SchemeImporter::~SchemeImporter() = default;

QList<ColumnMap::Field> SchemeImporter::columns() const
{
    return {
        {"id", "Identifiant", "Id"},
        {"name", "Nom", "Name", true, "Dispositif"},
        {"funder", "Financeur", "Funder"},
        {"programme", "Programme", "Programme"},
        {"kind", "Type de dispositif", "Kind of scheme", true},
        {"actor_types", "Ouvert à", "Open to"},
        {"zones", "Zones", "Zones"},
        {"countries", "Pays", "Countries"},
        {"themes", "Thématiques", "Themes"},
        {"conditions", "Conditions", "Conditions"},
        {"amount_min", "Montant minimal", "Smallest amount"},
        {"amount_max", "Montant maximal", "Largest amount"},
        {"cofunding", "Taux de cofinancement maximal", "Largest co-funding rate"},
        {"calls", "Appels", "Calls"},
        {"call_opens", "Ouverture des appels", "Calls open on"},
        {"call_closes", "Clôture des appels", "Calls close on"},
        {"url", "Lien", "Link"},
        {"contact", "Contact", "Contact"},
        {"description", "Description", "Description"},
        {"source", "Source", "Source"},
        {"verified_on", "Vérifié le", "Verified on"},
    };
}

QList<SchemeCall> SchemeImporter::readCalls(const ImportRow& cells) const
{
    // Three lists in step: "|Session 2" names the second call only.
    const QStringList closings = cells.items("call_closes");
    const QStringList openings = cells.items("call_opens");
    const QStringList labels = cells.items("calls");
    QList<SchemeCall> calls;
    if (!openings.isEmpty() && openings.size() != closings.size())
        cells.problem("call_opens",
                      tr("opening dates given: %1, closing dates: %2 — one per call, in the same "
                         "order, or none")
                          .arg(openings.size())
                          .arg(closings.size()));
    if (!labels.isEmpty() && labels.size() != closings.size())
        cells.problem("calls",
                      tr("call names given: %1, closing dates: %2 — one per call, in the same order, "
                         "or none")
                          .arg(labels.size())
                          .arg(closings.size()));
    for (qsizetype i = 0; i < closings.size(); ++i) {
        SchemeCall call;
        call.label = labels.value(i);
        QString error;
        if (closings.at(i).isEmpty())
            cells.problem("call_closes", tr("call %1 has no closing date").arg(i + 1));
        else if (const auto date = PartialDate::parse(closings.at(i), &error))
            call.closesOn = *date;
        else
            cells.problem("call_closes", tr("call %1: %2").arg(i + 1).arg(error));
        if (const QString opening = openings.value(i); !opening.isEmpty()) {
            if (const auto date = PartialDate::parse(opening, &error))
                call.opensOn = *date;
            else
                cells.problem("call_opens", tr("call %1: %2").arg(i + 1).arg(error));
        }
        if (call.closesOn.certainlyBefore(call.opensOn))
            cells.problem("call_closes", tr("call %1 closes (%2) before it opens (%3)")
                                             .arg(i + 1)
                                             .arg(call.closesOn.toFrench(), call.opensOn.toFrench()));
        calls << call;
    }
    if (closings.isEmpty() && (!openings.isEmpty() || !labels.isEmpty()))
        cells.problem("call_closes", tr("each call needs its closing date"));
    return calls;
}

std::optional<Scheme> SchemeImporter::parse(const CsvRecord& record, const ColumnMap& columns,
                                            ImportReport& report) const
{
    ImportRow cells(record, columns, report);
    Scheme s;
    s.uuid = cells.id();
    s.name = cells.value("name");
    if (s.name.isEmpty())
        cells.problem("name", tr("the name is missing"));
    s.funder = cells.value("funder");
    if (const QString kind = cells.value("kind"); kind.isEmpty()) {
        cells.problem("kind", tr("the kind of scheme is missing"));
    } else {
        s.kindCode = m_kinds->find(kind);
        if (s.kindCode.isEmpty())
            cells.problem("kind", tr("\"%1\" is not a known kind of scheme").arg(CsvValues::excerpt(kind)) +
                                      m_kinds->hint(kind));
    }
    if (const QString programme = cells.value("programme"); !programme.isEmpty()) {
        s.programmeCode = m_programmes->find(programme);
        if (s.programmeCode.isEmpty())
            cells.problem("programme",
                          tr("\"%1\" is not a known funding programme").arg(CsvValues::excerpt(programme)) +
                              m_programmes->hint(programme));
    }
    s.actorTypeCodes = cells.codes("actor_types", *m_actorTypes, tr("\"%1\" is not a known actor type"));
    s.zoneCodes = cells.codes("zones", *m_zones, tr("\"%1\" is not a known zone"));
    for (const QString& country : CsvValues::splitList(cells.value("countries"), true)) {
        if (country.isEmpty())
            continue;
        if (const auto found = m_countries->find(country)) {
            if (!s.countryCodes.contains(found->code))
                s.countryCodes << found->code;
        } else {
            cells.problem("countries", tr("\"%1\" is not a known country").arg(CsvValues::excerpt(country)));
        }
    }
    s.themeCodes = cells.codes("themes", *m_themes, tr("\"%1\" is not a known theme"));
    s.conditionCodes = cells.codes("conditions", *m_conditions, tr("\"%1\" is not a known condition"));
    s.amountMinCents = cells.amount("amount_min");
    s.amountMaxCents = cells.amount("amount_max");
    if (s.amountMinCents && s.amountMaxCents && *s.amountMinCents > *s.amountMaxCents)
        cells.problem("amount_max", tr("the largest amount is smaller than the smallest amount"));
    if (const std::optional<double> rate = cells.number("cofunding")) {
        if (*rate < 1 || *rate > 100 || *rate != static_cast<int>(*rate))
            cells.problem("cofunding", tr("a co-funding rate is a whole percentage between 1 and 100"));
        else
            s.cofundingMaxPercent = static_cast<int>(*rate);
    }
    s.calls = readCalls(cells);
    s.url = cells.value("url");
    s.contact = cells.value("contact");
    s.description = cells.value("description");
    s.source = cells.value("source");
    cells.date("verified_on", s.verifiedOn);
    return cells.clean() ? std::optional<Scheme>(s) : std::nullopt;
}

void SchemeImporter::reset()
{
    m_checked.clear();
}

void SchemeImporter::check(const CsvRecord& record, const ColumnMap& columns, ImportReport& report)
{
    m_checked.keep(parse(record, columns, report), record);
}

std::optional<Scheme> SchemeImporter::findExisting(const Scheme& scheme) const
{
    SchemeStore store(m_db);
    if (!scheme.uuid.isEmpty())
        return store.findByUuid(scheme.uuid);
    // The catalogue holds dozens of schemes: their names are compared here, normalised.
    Statement query(m_db, QStringLiteral("SELECT id, name FROM scheme ORDER BY id"));
    const QString name = TextFolding::normalizedName(scheme.name);
    qint64 found = 0;
    while (query.next()) {
        if (TextFolding::normalizedName(query.string(1)) != name)
            continue;
        // Two schemes of that name: the row cannot say which; it makes a third.
        if (found > 0)
            return std::nullopt;
        found = query.integer(0);
    }
    return found > 0 ? store.find(found) : std::nullopt;
}

bool SchemeImporter::write(const CsvRecord& record, const ColumnMap& columns, const ImportBatch& batch,
                           ImportReport& report)
{
    // The same reading as the first pass's, whose problems (none, or nothing is written) and
    // warnings are in the report already.
    const std::optional<Scheme> scheme =
        m_checked.takeOr(record.line, [&] { return parse(record, columns, report); });
    if (!scheme)
        return false;
    const std::optional<Scheme> existing = findExisting(*scheme);
    // Columns the file does not have keep their stored values.
    Scheme merged = existing ? *existing : *scheme;
    merged.name = scheme->name;
    merged.kindCode = scheme->kindCode;
    take(columns, "funder", merged.funder, scheme->funder);
    take(columns, "programme", merged.programmeCode, scheme->programmeCode);
    take(columns, "actor_types", merged.actorTypeCodes, scheme->actorTypeCodes);
    take(columns, "zones", merged.zoneCodes, scheme->zoneCodes);
    take(columns, "countries", merged.countryCodes, scheme->countryCodes);
    take(columns, "themes", merged.themeCodes, scheme->themeCodes);
    take(columns, "conditions", merged.conditionCodes, scheme->conditionCodes);
    take(columns, "amount_min", merged.amountMinCents, scheme->amountMinCents);
    take(columns, "amount_max", merged.amountMaxCents, scheme->amountMaxCents);
    take(columns, "cofunding", merged.cofundingMaxPercent, scheme->cofundingMaxPercent);
    take(columns, "call_closes", merged.calls, scheme->calls);
    take(columns, "url", merged.url, scheme->url);
    take(columns, "contact", merged.contact, scheme->contact);
    take(columns, "description", merged.description, scheme->description);
    take(columns, "source", merged.source, scheme->source);
    take(columns, "verified_on", merged.verifiedOn, scheme->verifiedOn);
    return save(SchemeStore(m_db), *scheme, existing, merged, QStringLiteral("scheme"), record.line, columns,
                batch, report);
}
