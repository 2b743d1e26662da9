#include "support/QtPrinting.h"
#include "support/StoreFixture.h"

#include "common/Money.h"
#include "lists/RecordQuery.h"
#include "lists/RecordSheet.h"
#include "records/FieldLabels.h"
#include "records/FieldText.h"
#include "store/SchemeStore.h"
#include "store/Trash.h"

#include <algorithm>

namespace {

Scheme waterScheme()
{
    Scheme scheme;
    scheme.name = QStringLiteral("Eau solidaire");
    scheme.funder = QStringLiteral("Agence de l'eau");
    scheme.kindCode = QStringLiteral("appel_a_projets");
    scheme.programmeCode = QStringLiteral("oudin_santini_eau");
    scheme.actorTypeCodes = {QStringLiteral("commune"), QStringLiteral("epci")};
    scheme.zoneCodes = {QStringLiteral("afrique_ouest")};
    scheme.countryCodes = {QStringLiteral("MG")};
    scheme.themeCodes = {QStringLiteral("eau_assainissement")};
    scheme.conditionCodes = {QStringLiteral("declaration_apd")};
    scheme.amountMinCents = 500000;
    scheme.amountMaxCents = 5000000;
    scheme.cofundingMaxPercent = 50;
    scheme.calls = {{QStringLiteral("Session 1"), PartialDate::ofDay(QDate(2026, 1, 5)),
                     PartialDate::ofDay(QDate(2026, 3, 31))},
                    {QString(), PartialDate(), PartialDate::ofMonth(2026, 9)}};
    scheme.url = QStringLiteral("https://example.org/eau");
    scheme.source = QStringLiteral("https://example.org/eau");
    scheme.verifiedOn = PartialDate::ofDay(QDate(2026, 12, 1));
    return scheme;
}

// The latest entry of a field (the first is the record's creation).
ChangeEntry lastEntryFor(QList<ChangeEntry> entries, const QString& field)
{
    std::reverse(entries.begin(), entries.end());
    return entryFor(entries, field);
}

QList<qint64> idsFor(const StoreFixture& db, const RecordFilter& filter)
{
    RecordQuery query(db.connection(), RecordList::Family::Schemes, false);
    query.setFilter(filter);
    return query.matchingIds();
}

} // namespace

TEST_CASE("A scheme is stored with its lists and calls, and read back the same", "[stores][schemes]")
{
    StoreFixture db;
    SchemeStore store(db.connection());
    const Result<Scheme> created = store.create(waterScheme());
    INFO(created.message().toStdString());
    REQUIRE(created.ok());
    Scheme expected = waterScheme();
    const Scheme& read = created.value();
    CHECK(read.name == expected.name);
    CHECK(read.actorTypeCodes == QStringList{QStringLiteral("commune"), QStringLiteral("epci")});
    CHECK(read.zoneCodes == expected.zoneCodes);
    CHECK(read.countryCodes == expected.countryCodes);
    CHECK(read.themeCodes == expected.themeCodes);
    CHECK(read.conditionCodes == expected.conditionCodes);
    CHECK(read.amountMinCents == expected.amountMinCents);
    CHECK(read.amountMaxCents == expected.amountMaxCents);
    CHECK(read.cofundingMaxPercent == 50);
    // Calls come back in closing order, with their precision.
    REQUIRE(read.calls.size() == 2);
    CHECK(read.calls.at(0) == expected.calls.at(0));
    CHECK(read.calls.at(1).closesOn.toIso() == QStringLiteral("2026-09"));
    CHECK(read.version == 1);
    CHECK(db.count(QStringLiteral("scheme_call")) == 2);
}

TEST_CASE("A scheme without name or kind, or with impossible values, is refused whole", "[stores][schemes]")
{
    StoreFixture db;
    SchemeStore store(db.connection());
    Scheme scheme;
    Problems problems = store.validate(scheme);
    CHECK(problemFields(problems) == QStringList{QStringLiteral("name"), QStringLiteral("kind")});

    scheme = waterScheme();
    scheme.kindCode = QStringLiteral("loterie");
    scheme.themeCodes << QStringLiteral("astrologie");
    scheme.amountMinCents = 900;
    scheme.amountMaxCents = 100;
    scheme.cofundingMaxPercent = 120;
    scheme.calls << SchemeCall{QStringLiteral("Sans fin"), PartialDate(), PartialDate()};
    scheme.calls << SchemeCall{QStringLiteral("À l'envers"), PartialDate::ofDay(QDate(2026, 6, 1)),
                               PartialDate::ofDay(QDate(2026, 5, 1))};
    scheme.calls << SchemeCall{QStringLiteral("Même jour"), PartialDate(),
                               PartialDate::ofDay(QDate(2026, 3, 31))};
    problems = store.validate(scheme);
    const QStringList fields = problemFields(problems);
    CHECK(fields.contains(QStringLiteral("kind")));
    CHECK(fields.contains(QStringLiteral("themes")));
    CHECK(fields.contains(QStringLiteral("amount_max")));
    CHECK(fields.contains(QStringLiteral("cofunding")));
    CHECK(fields.count(QStringLiteral("calls")) ==
          3); // no closing date, closes before opening, twice the same day
    REQUIRE_FALSE(store.create(scheme).ok());
    CHECK(db.count(QStringLiteral("scheme")) == 0);
    CHECK(db.count(QStringLiteral("scheme_call")) == 0);
}

TEST_CASE("A scheme's changes go to the history, and a save from an older version is a conflict",
          "[stores][schemes]")
{
    StoreFixture db;
    SchemeStore store(db.connection());
    const Scheme created = store.create(waterScheme()).value();
    Scheme changed = created;
    changed.calls.removeLast();
    changed.themeCodes << QStringLiteral("sante");
    const Result<Scheme> updated = store.update(changed);
    REQUIRE(updated.ok());
    CHECK(updated.value().version == 2);
    const QList<ChangeEntry> history = db.history(QStringLiteral("scheme"), created.id);
    CHECK(lastEntryFor(history, QStringLiteral("calls")).newValue ==
          QStringLiteral("Session 1: 2026-01-05 → 2026-03-31"));
    CHECK(lastEntryFor(history, QStringLiteral("themes")).newValue ==
          QStringLiteral("eau_assainissement | sante"));

    // `created` is at version 1: saving it now would undo the change made meanwhile.
    Scheme stale = created;
    stale.name = QStringLiteral("Autre nom");
    const Result<Scheme> refused = store.update(stale);
    REQUIRE_FALSE(refused.ok());
    CHECK(hasConflict(refused.problems()));
    REQUIRE(store.remove(created.id).ok());
    CHECK(db.count(QStringLiteral("scheme_call")) == 0);
}

TEST_CASE("The schemes' list is searched and filtered like every list; no list means open to all",
          "[stores][schemes][lists]")
{
    StoreFixture db;
    const qint64 water = db.addScheme(waterScheme());
    Scheme everywhere;
    everywhere.name = QStringLiteral("Fonds ouvert");
    everywhere.kindCode = QStringLiteral("fonds");
    const qint64 open = db.addScheme(everywhere);
    Scheme twinning;
    twinning.name = QStringLiteral("Jumelages européens");
    twinning.kindCode = QStringLiteral("appel_a_projets");
    twinning.zoneCodes = {QStringLiteral("union_europeenne")};
    twinning.actorTypeCodes = {QStringLiteral("comite_jumelage")};
    twinning.themeCodes = {QStringLiteral("culture_sport")};
    const qint64 europe = db.addScheme(twinning);

    RecordFilter filter;
    filter.search = QStringLiteral("solid");
    CHECK(idsFor(db, filter) == QList<qint64>{water});
    filter.search = QStringLiteral("assainissement"); // a theme's label
    CHECK(idsFor(db, filter) == QList<qint64>{water});

    filter = {};
    filter.countryCode = QStringLiteral("SN"); // in West Africa
    CHECK(idsFor(db, filter) == QList<qint64>{water, open});
    filter.countryCode = QStringLiteral("MG"); // named by the scheme
    CHECK(idsFor(db, filter) == QList<qint64>{water, open});
    filter.countryCode = QStringLiteral("DE");
    CHECK(idsFor(db, filter) == QList<qint64>{open, europe});
    filter = {};
    filter.zoneCode = QStringLiteral("union_europeenne");
    CHECK(idsFor(db, filter) == QList<qint64>{open, europe});
    filter = {};
    filter.actorTypeCode = QStringLiteral("commune");
    CHECK(idsFor(db, filter) == QList<qint64>{water, open});
    filter = {};
    filter.themeCode = QStringLiteral("culture_sport");
    CHECK(idsFor(db, filter) == QList<qint64>{open, europe});

    RecordQuery query(db.connection(), RecordList::Family::Schemes, false);
    const RecordList::Rows rows = query.rows({water});
    REQUIRE(rows.values.size() == 1);
    CHECK(rows.values.first().at(0).toString() == QStringLiteral("Eau solidaire"));
    CHECK(rows.values.first().at(2).toString() == QStringLiteral("Appel à projets"));
}

TEST_CASE("A deleted scheme goes to the trash and comes back with its lists and calls",
          "[stores][schemes][trash]")
{
    StoreFixture db;
    SchemeStore store(db.connection());
    const Scheme before = store.create(waterScheme()).value();
    const Result<qint64> trashed = store.moveToTrash(before.id, before.name);
    INFO(trashed.message().toStdString());
    REQUIRE(trashed.ok());
    CHECK_FALSE(store.find(before.id));
    for (const char* table : {"scheme_actor_type", "scheme_zone", "scheme_country", "scheme_theme",
                              "scheme_condition", "scheme_call"})
        CHECK(db.count(QLatin1String(table)) == 0);
    RecordFilter filter;
    filter.search = QStringLiteral("solidaire");
    CHECK(idsFor(db, filter).isEmpty());

    const Result<qint64> restored = Trash(db.connection()).restore(trashed.value());
    INFO(restored.message().toStdString());
    REQUIRE(restored.ok());
    CHECK(restored.value() == before.id);
    const std::optional<Scheme> after = store.find(before.id);
    REQUIRE(after);
    CHECK(after->uuid == before.uuid);
    CHECK(after->actorTypeCodes == before.actorTypeCodes);
    CHECK(after->zoneCodes == before.zoneCodes);
    CHECK(after->countryCodes == before.countryCodes);
    CHECK(after->themeCodes == before.themeCodes);
    CHECK(after->conditionCodes == before.conditionCodes);
    CHECK(after->calls == before.calls);
    CHECK(after->amountMaxCents == before.amountMaxCents);
    CHECK(idsFor(db, filter) == QList<qint64>{before.id});
}

TEST_CASE("A scheme's history names every field and shows its values as read", "[stores][schemes][history]")
{
    StoreFixture db;
    SchemeStore store(db.connection());
    Scheme bare;
    bare.name = QStringLiteral("Fonds");
    bare.kindCode = QStringLiteral("fonds");
    const Scheme created = store.create(bare).value();
    Scheme full = waterScheme();
    full.id = created.id;
    full.uuid = created.uuid;
    full.version = created.version;
    full.contact = QStringLiteral("dispositifs@example.org");
    full.description = QStringLiteral("Pour l'eau");
    REQUIRE(store.update(full).ok());
    const QList<ChangeEntry> history = db.history(QStringLiteral("scheme"), created.id);
    QStringList fields;
    for (const ChangeEntry& entry : history) {
        if (entry.field.isEmpty())
            continue;
        fields << entry.field;
        INFO(entry.field.toStdString());
        CHECK(FieldLabels::label(entry.field) != entry.field);
    }
    CHECK(fields.contains(QStringLiteral("calls")));
    CHECK(fields.contains(QStringLiteral("conditions")));
    CHECK(fields.contains(QStringLiteral("cofunding_max_percent")));
    const auto shown = [&](const char* field) {
        const ChangeEntry entry = lastEntryFor(history, QLatin1String(field));
        return FieldText::display(db.connection(), QStringLiteral("scheme"), entry.field, entry.newValue);
    };
    // In the interface's language (English under CTest).
    CHECK(shown("kind_code") == QStringLiteral("Call for projects"));
    // Several labels apart by a mark no label holds (labels hold commas).
    CHECK(shown("actor_types") == QStringLiteral("Municipality · Inter-municipal body (EPCI)"));
    CHECK(shown("conditions") == QStringLiteral("Up-to-date ODA declaration (déclaration APD)"));
    CHECK(shown("calls") == QStringLiteral("Session 1: 05/01/2026 → 31/03/2026 · 09/2026"));
    CHECK(shown("amount_max_cents") == Money::format(5000000));
    CHECK(shown("cofunding_max_percent") == QStringLiteral("50 %"));
    CHECK(FieldLabels::kindOfRecord(QStringLiteral("scheme")) != QStringLiteral("scheme"));
}

TEST_CASE("A scheme's sheet gives its lists by their labels and its calls in closing order",
          "[stores][schemes][lists]")
{
    StoreFixture db;
    const qint64 id = db.addScheme(waterScheme());
    const std::optional<RecordSheet::Scheme> sheet = RecordSheet::scheme(db.connection(), id, false);
    REQUIRE(sheet);
    CHECK(sheet->kind == QStringLiteral("Appel à projets"));
    CHECK(sheet->actorTypes == QStringLiteral("Commune · EPCI à fiscalité propre"));
    CHECK(sheet->countries == QStringLiteral("Madagascar"));
    CHECK(sheet->conditions == QStringLiteral("Déclaration APD à jour"));
    REQUIRE(sheet->calls.size() == 2);
    CHECK(sheet->calls.at(0).closesOn == QStringLiteral("2026-03-31"));
    CHECK(sheet->calls.at(0).opensOn == QStringLiteral("2026-01-05"));
    CHECK(sheet->calls.at(1).closesOn == QStringLiteral("2026-09"));
    CHECK(sheet->cofundingMaxPercent == 50);
    const std::optional<RecordSheet::Scheme> english = RecordSheet::scheme(db.connection(), id, true);
    REQUIRE(english);
    CHECK(english->kind != sheet->kind);
    CHECK_FALSE(RecordSheet::scheme(db.connection(), id + 100, false));
}
