#include "RecordList.h"

#include <QLocale>

QList<RecordList::Family> RecordList::families()
{
    return {Family::Actors, Family::Partners, Family::Partnerships, Family::Projects, Family::Schemes};
}

QString RecordList::familyTitle(Family family)
{
    switch (family) {
    case Family::Actors:
        return tr("Actors");
    case Family::Partners:
        return tr("Foreign partners");
    case Family::Partnerships:
        return tr("Partnerships");
    case Family::Projects:
        return tr("Projects");
    case Family::Schemes:
        return tr("Support schemes");
    }
    return {};
}

QString RecordList::countText(Family family, int shown, int total)
{
    const QString all = QLocale().toString(total);
    if (shown == total) {
        switch (family) {
        case Family::Actors:
            return tr("%Ln actor(s)", nullptr, shown);
        case Family::Partners:
            return tr("%Ln foreign partner(s)", nullptr, shown);
        case Family::Partnerships:
            return tr("%Ln partnership(s)", nullptr, shown);
        case Family::Projects:
            return tr("%Ln project(s)", nullptr, shown);
        case Family::Schemes:
            return tr("%Ln support scheme(s)", nullptr, shown);
        }
    }
    switch (family) {
    case Family::Actors:
        return tr("%Ln actor(s) of %1", nullptr, shown).arg(all);
    case Family::Partners:
        return tr("%Ln foreign partner(s) of %1", nullptr, shown).arg(all);
    case Family::Partnerships:
        return tr("%Ln partnership(s) of %1", nullptr, shown).arg(all);
    case Family::Projects:
        return tr("%Ln project(s) of %1", nullptr, shown).arg(all);
    case Family::Schemes:
        return tr("%Ln support scheme(s) of %1", nullptr, shown).arg(all);
    }
    return {};
}

QList<RecordList::Column> RecordList::columns(Family family)
{
    switch (family) {
    case Family::Actors:
        return {
            {QStringLiteral("name"), QT_TR_NOOP("Name"), ColumnKind::Text},
            {QStringLiteral("actor_type"), QT_TR_NOOP("Type"), ColumnKind::Text},
            {QStringLiteral("departement"), QT_TR_NOOP("Department"), ColumnKind::Text},
            {QStringLiteral("actor_code"), QT_TR_NOOP("INSEE code / SIREN"), ColumnKind::Text},
            {QStringLiteral("partnerships"), QT_TR_NOOP("Partnerships"), ColumnKind::Integer},
            {QStringLiteral("verified_on"), QT_TR_NOOP("Verified"), ColumnKind::Date},
            {QStringLiteral("acronym"), QT_TR_NOOP("Acronym"), ColumnKind::Text, false},
            {QStringLiteral("commune"), QT_TR_NOOP("Municipality"), ColumnKind::Text, false},
            {QStringLiteral("siren"), QT_TR_NOOP("SIREN"), ColumnKind::Text, false},
            {QStringLiteral("rna"), QT_TR_NOOP("RNA"), ColumnKind::Text, false},
            {QStringLiteral("population"), QT_TR_NOOP("Population"), ColumnKind::Integer, false},
            {QStringLiteral("projects"), QT_TR_NOOP("Projects"), ColumnKind::Integer, false},
            {QStringLiteral("email"), QT_TR_NOOP("E-mail"), ColumnKind::Text, false},
            {QStringLiteral("website"), QT_TR_NOOP("Website"), ColumnKind::Text, false},
            {QStringLiteral("phone"), QT_TR_NOOP("Phone"), ColumnKind::Text, false},
            {QStringLiteral("source"), QT_TR_NOOP("Source"), ColumnKind::Text, false},
            {QStringLiteral("updated_at"), QT_TR_NOOP("Last changed"), ColumnKind::Date, false},
        };
    case Family::Partners:
        return {
            {QStringLiteral("partner"), QT_TR_NOOP("Name"), ColumnKind::Text},
            {QStringLiteral("country"), QT_TR_NOOP("Country"), ColumnKind::Text},
            {QStringLiteral("partner_area"), QT_TR_NOOP("Partner area"), ColumnKind::Text},
            {QStringLiteral("partner_type"), QT_TR_NOOP("Type"), ColumnKind::Text},
            {QStringLiteral("partnerships"), QT_TR_NOOP("Partnerships"), ColumnKind::Integer},
            {QStringLiteral("projects"), QT_TR_NOOP("Projects"), ColumnKind::Integer, false},
            {QStringLiteral("source"), QT_TR_NOOP("Source"), ColumnKind::Text, false},
            {QStringLiteral("verified_on"), QT_TR_NOOP("Verified"), ColumnKind::Date, false},
            {QStringLiteral("updated_at"), QT_TR_NOOP("Last changed"), ColumnKind::Date, false},
        };
    case Family::Partnerships:
        return {
            {QStringLiteral("kind"), QT_TR_NOOP("Nature"), ColumnKind::Text},
            {QStringLiteral("actor"), QT_TR_NOOP("Actors"), ColumnKind::Text},
            {QStringLiteral("partner"), QT_TR_NOOP("Partners"), ColumnKind::Text},
            {QStringLiteral("country"), QT_TR_NOOP("Country"), ColumnKind::Text},
            {QStringLiteral("status"), QT_TR_NOOP("Status"), ColumnKind::Text},
            {QStringLiteral("signed_on"), QT_TR_NOOP("Since"), ColumnKind::Date},
            {QStringLiteral("title"), QT_TR_NOOP("Title"), ColumnKind::Text, false},
            {QStringLiteral("ended_on"), QT_TR_NOOP("End"), ColumnKind::Date, false},
            {QStringLiteral("themes"), QT_TR_NOOP("Themes"), ColumnKind::Text, false},
            {QStringLiteral("departement"), QT_TR_NOOP("Department"), ColumnKind::Text, false},
            {QStringLiteral("projects"), QT_TR_NOOP("Projects"), ColumnKind::Integer, false},
            {QStringLiteral("source"), QT_TR_NOOP("Source"), ColumnKind::Text, false},
            {QStringLiteral("verified_on"), QT_TR_NOOP("Verified"), ColumnKind::Date, false},
            {QStringLiteral("updated_at"), QT_TR_NOOP("Last changed"), ColumnKind::Date, false},
        };
    case Family::Projects:
        return {
            {QStringLiteral("title"), QT_TR_NOOP("Title"), ColumnKind::Text},
            {QStringLiteral("actor"), QT_TR_NOOP("Lead actor"), ColumnKind::Text},
            {QStringLiteral("country"), QT_TR_NOOP("Countries"), ColumnKind::Text},
            {QStringLiteral("status"), QT_TR_NOOP("Status"), ColumnKind::Text},
            {QStringLiteral("started_on"), QT_TR_NOOP("Start"), ColumnKind::Date},
            {QStringLiteral("ended_on"), QT_TR_NOOP("End"), ColumnKind::Date},
            {QStringLiteral("budget"), QT_TR_NOOP("Budget"), ColumnKind::Money},
            {QStringLiteral("partner"), QT_TR_NOOP("Partners"), ColumnKind::Text, false},
            {QStringLiteral("themes"), QT_TR_NOOP("Themes"), ColumnKind::Text, false},
            {QStringLiteral("funding"), QT_TR_NOOP("Funding"), ColumnKind::Money, false},
            {QStringLiteral("source"), QT_TR_NOOP("Source"), ColumnKind::Text, false},
            {QStringLiteral("verified_on"), QT_TR_NOOP("Verified"), ColumnKind::Date, false},
            {QStringLiteral("updated_at"), QT_TR_NOOP("Last changed"), ColumnKind::Date, false},
        };
    case Family::Schemes:
        return {
            {QStringLiteral("name"), QT_TR_NOOP("Name"), ColumnKind::Text},
            {QStringLiteral("funder"), QT_TR_NOOP("Funder"), ColumnKind::Text},
            {QStringLiteral("kind"), QT_TR_NOOP("Kind"), ColumnKind::Text},
            {QStringLiteral("next_closing"), QT_TR_NOOP("Next closing"), ColumnKind::Date},
            {QStringLiteral("amount_max"), QT_TR_NOOP("Up to"), ColumnKind::Money},
            {QStringLiteral("verified_on"), QT_TR_NOOP("Verified"), ColumnKind::Date},
            {QStringLiteral("themes"), QT_TR_NOOP("Themes"), ColumnKind::Text, false},
            {QStringLiteral("amount_min"), QT_TR_NOOP("Smallest amount"), ColumnKind::Money, false},
            {QStringLiteral("updated_at"), QT_TR_NOOP("Last changed"), ColumnKind::Date, false},
        };
    }
    return {};
}

QString RecordList::columnTitle(const Column& column)
{
    return tr(column.title);
}

RecordList::Sorting RecordList::naturalOrder(Family family)
{
    // Actors, partners and schemes by their name, the first column.
    if (family != Family::Partnerships && family != Family::Projects)
        return {0, Qt::AscendingOrder};
    const QLatin1String date =
        family == Family::Partnerships ? QLatin1String("signed_on") : QLatin1String("started_on");
    const QList<Column> all = columns(family);
    for (int column = 0; column < all.size(); ++column) {
        if (all.at(column).key == date)
            return {column, Qt::DescendingOrder};
    }
    return {};
}
