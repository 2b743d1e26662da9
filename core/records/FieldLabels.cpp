#include "FieldLabels.h"

#include <QCoreApplication>
#include <QHash>

namespace FieldLabels {

namespace {

// Translated when asked, not when the table is built: the language may be chosen after.
const QHash<QString, const char*>& sources()
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("FieldLabels", "Name")},
        {QStringLiteral("acronym"), QT_TRANSLATE_NOOP("FieldLabels", "Acronym")},
        {QStringLiteral("actor_type_code"), QT_TRANSLATE_NOOP("FieldLabels", "Type of actor")},
        {QStringLiteral("partner_type_code"), QT_TRANSLATE_NOOP("FieldLabels", "Type of partner")},
        {QStringLiteral("insee_code"), QT_TRANSLATE_NOOP("FieldLabels", "INSEE code")},
        {QStringLiteral("siren"), QT_TRANSLATE_NOOP("FieldLabels", "SIREN")},
        {QStringLiteral("rna"), QT_TRANSLATE_NOOP("FieldLabels", "RNA number")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("FieldLabels", "Address")},
        {QStringLiteral("postcode"), QT_TRANSLATE_NOOP("FieldLabels", "Postcode")},
        {QStringLiteral("commune_insee"), QT_TRANSLATE_NOOP("FieldLabels", "Municipality")},
        {QStringLiteral("departement_code"), QT_TRANSLATE_NOOP("FieldLabels", "Department")},
        {QStringLiteral("population"), QT_TRANSLATE_NOOP("FieldLabels", "Population")},
        {QStringLiteral("parent_actor_id"), QT_TRANSLATE_NOOP("FieldLabels", "Attached to")},
        {QStringLiteral("website"), QT_TRANSLATE_NOOP("FieldLabels", "Website")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("FieldLabels", "Email")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("FieldLabels", "Phone")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("FieldLabels", "Source")},
        // A date named as a date: it may be known only to the year, and « Vérifié le : 2026 »
        // does not read.
        {QStringLiteral("verified_on"), QT_TRANSLATE_NOOP("FieldLabels", "Verification date")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("FieldLabels", "Notes")},
        {QStringLiteral("country_code"), QT_TRANSLATE_NOOP("FieldLabels", "Country")},
        {QStringLiteral("admin_area"), QT_TRANSLATE_NOOP("FieldLabels", "Partner area")},
        {QStringLiteral("latitude"), QT_TRANSLATE_NOOP("FieldLabels", "Latitude")},
        {QStringLiteral("longitude"), QT_TRANSLATE_NOOP("FieldLabels", "Longitude")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("FieldLabels", "Title")},
        {QStringLiteral("kind_code"), QT_TRANSLATE_NOOP("FieldLabels", "Nature")},
        {QStringLiteral("status_code"), QT_TRANSLATE_NOOP("FieldLabels", "Status")},
        {QStringLiteral("status_reason"), QT_TRANSLATE_NOOP("FieldLabels", "Reason of the status")},
        {QStringLiteral("formalized"), QT_TRANSLATE_NOOP("FieldLabels", "Formalised")},
        {QStringLiteral("signed_on"), QT_TRANSLATE_NOOP("FieldLabels", "Signing date")},
        {QStringLiteral("started_on"), QT_TRANSLATE_NOOP("FieldLabels", "Start date")},
        {QStringLiteral("ended_on"), QT_TRANSLATE_NOOP("FieldLabels", "End date")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("FieldLabels", "Description")},
        {QStringLiteral("partnership_id"), QT_TRANSLATE_NOOP("FieldLabels", "Partnership")},
        {QStringLiteral("in_france"), QT_TRANSLATE_NOOP("FieldLabels", "In France")},
        {QStringLiteral("budget_cents"), QT_TRANSLATE_NOOP("FieldLabels", "Budget")},
        {QStringLiteral("currency"), QT_TRANSLATE_NOOP("FieldLabels", "Currency")},
        {QStringLiteral("project_id"), QT_TRANSLATE_NOOP("FieldLabels", "Project")},
        // The funding lines' history names the project and the funder (FundingStore::history).
        {QStringLiteral("project"), QT_TRANSLATE_NOOP("FieldLabels", "Project")},
        {QStringLiteral("funder"), QT_TRANSLATE_NOOP("FieldLabels", "Funder")},
        {QStringLiteral("funder_actor_id"), QT_TRANSLATE_NOOP("FieldLabels", "Funder")},
        {QStringLiteral("programme_code"), QT_TRANSLATE_NOOP("FieldLabels", "Programme")},
        {QStringLiteral("year"), QT_TRANSLATE_NOOP("FieldLabels", "Year")},
        {QStringLiteral("amount_cents"), QT_TRANSLATE_NOOP("FieldLabels", "Amount")},
        // A funding line's scheme and call, by name (FundingStore::history).
        {QStringLiteral("scheme"), QT_TRANSLATE_NOOP("FieldLabels", "Scheme")},
        {QStringLiteral("scheme_id"), QT_TRANSLATE_NOOP("FieldLabels", "Scheme")},
        {QStringLiteral("call"), QT_TRANSLATE_NOOP("FieldLabels", "Call")},
        {QStringLiteral("call_closes_on"), QT_TRANSLATE_NOOP("FieldLabels", "Call")},
        {QStringLiteral("actors"), QT_TRANSLATE_NOOP("FieldLabels", "Actors")},
        {QStringLiteral("partners"), QT_TRANSLATE_NOOP("FieldLabels", "Partners")},
        {QStringLiteral("themes"), QT_TRANSLATE_NOOP("FieldLabels", "Themes")},
        {QStringLiteral("countries"), QT_TRANSLATE_NOOP("FieldLabels", "Countries")},
        {QStringLiteral("sdgs"), QT_TRANSLATE_NOOP("FieldLabels", "Sustainable development goals")},
        {QStringLiteral("amount_min_cents"), QT_TRANSLATE_NOOP("FieldLabels", "Smallest amount")},
        {QStringLiteral("amount_max_cents"), QT_TRANSLATE_NOOP("FieldLabels", "Largest amount")},
        {QStringLiteral("cofunding_max_percent"),
         QT_TRANSLATE_NOOP("FieldLabels", "Largest co-funding rate")},
        {QStringLiteral("url"), QT_TRANSLATE_NOOP("FieldLabels", "Link")},
        {QStringLiteral("contact"), QT_TRANSLATE_NOOP("FieldLabels", "Contact")},
        {QStringLiteral("actor_types"), QT_TRANSLATE_NOOP("FieldLabels", "Open to")},
        {QStringLiteral("zones"), QT_TRANSLATE_NOOP("FieldLabels", "Zones")},
        {QStringLiteral("conditions"), QT_TRANSLATE_NOOP("FieldLabels", "Conditions")},
        {QStringLiteral("calls"), QT_TRANSLATE_NOOP("FieldLabels", "Calls")},
        {QStringLiteral("apd_declarations"), QT_TRANSLATE_NOOP("FieldLabels", "ODA declarations")},
        // A merge of duplicates in the history of the kept record and of the other (DuplicateMerge).
        {QStringLiteral("merged_from"), QT_TRANSLATE_NOOP("FieldLabels", "Merged with")},
        {QStringLiteral("merged_into"), QT_TRANSLATE_NOOP("FieldLabels", "Merged into")},
        // The columns of the history, imports and trash that PersonalData looks in.
        {QStringLiteral("old_value"), QT_TRANSLATE_NOOP("FieldLabels", "Former value")},
        {QStringLiteral("new_value"), QT_TRANSLATE_NOOP("FieldLabels", "New value")},
        {QStringLiteral("user_name"), QT_TRANSLATE_NOOP("FieldLabels", "Author")},
        {QStringLiteral("deleted_by"), QT_TRANSLATE_NOOP("FieldLabels", "Deleted by")},
        {QStringLiteral("content"), QT_TRANSLATE_NOOP("FieldLabels", "Content")},
    };
    return labels;
}

} // namespace

QString label(const QString& field)
{
    const auto found = sources().constFind(field);
    return found == sources().cend() ? field : QCoreApplication::translate("FieldLabels", found.value());
}

QString kindOfRecord(const QString& table)
{
    static const QHash<QString, const char*> kinds = {
        {QStringLiteral("actor"), QT_TRANSLATE_NOOP("FieldLabels", "Actor")},
        {QStringLiteral("foreign_partner"), QT_TRANSLATE_NOOP("FieldLabels", "Foreign partner")},
        {QStringLiteral("partnership"), QT_TRANSLATE_NOOP("FieldLabels", "Partnership")},
        {QStringLiteral("project"), QT_TRANSLATE_NOOP("FieldLabels", "Project")},
        {QStringLiteral("funding"), QT_TRANSLATE_NOOP("FieldLabels", "Funding line")},
        {QStringLiteral("scheme"), QT_TRANSLATE_NOOP("FieldLabels", "Support scheme")},
        // Where personal data may also be (PersonalData).
        {QStringLiteral("change_log"), QT_TRANSLATE_NOOP("FieldLabels", "Change history")},
        {QStringLiteral("import_batch"), QT_TRANSLATE_NOOP("FieldLabels", "Import")},
        {QStringLiteral("trash_entry"), QT_TRANSLATE_NOOP("FieldLabels", "Trash")},
    };
    const auto found = kinds.constFind(table);
    return found == kinds.cend() ? table : QCoreApplication::translate("FieldLabels", found.value());
}

} // namespace FieldLabels
