#include "FieldText.h"

#include "common/LabelList.h"
#include "common/Money.h"
#include "common/PartialDate.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

#include <functional>

namespace {

QString labelColumn()
{
    return Translations::current() == Translations::Language::English ? QStringLiteral("label_en")
                                                                      : QStringLiteral("label_fr");
}

// The label of `code` in a reference table; the code itself when the table does not know it.
QString lookUp(const QSqlDatabase& db, const QString& table, const QString& label, const QString& key,
               const QString& code)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(label, table, key));
    query.addBindValue(code);
    if (query.exec() && query.next() && !query.value(0).toString().isEmpty())
        return query.value(0).toString();
    return code;
}

QString vocabularyLabel(const QSqlDatabase& db, const QString& table, const QString& code)
{
    return lookUp(db, table, labelColumn(), QStringLiteral("code"), code);
}

// The reference table of a field holding a code, or nothing.
QString vocabularyOf(const QString& entity, const QString& field)
{
    if (field == QLatin1String("actor_type_code"))
        return QStringLiteral("ref_actor_type");
    if (field == QLatin1String("partner_type_code"))
        return QStringLiteral("ref_partner_type");
    if (field == QLatin1String("kind_code"))
        return entity == QLatin1String("scheme") ? QStringLiteral("ref_scheme_kind")
                                                 : QStringLiteral("ref_partnership_kind");
    if (field == QLatin1String("actor_types"))
        return QStringLiteral("ref_actor_type");
    if (field == QLatin1String("zones"))
        return QStringLiteral("ref_zone");
    if (field == QLatin1String("conditions"))
        return QStringLiteral("ref_scheme_condition");
    if (field == QLatin1String("country_code") || field == QLatin1String("countries"))
        return QStringLiteral("ref_country");
    if (field == QLatin1String("programme_code"))
        return QStringLiteral("ref_funding_programme");
    if (field == QLatin1String("themes"))
        return QStringLiteral("ref_theme");
    if (field == QLatin1String("status_code")) {
        if (entity == QLatin1String("project"))
            return QStringLiteral("ref_project_status");
        if (entity == QLatin1String("funding"))
            return QStringLiteral("ref_funding_status");
        return QStringLiteral("ref_partnership_status");
    }
    return {};
}

// `text` with capture `group` of each match of `pattern` replaced, from the last match back so
// that the positions of the others hold.
QString replaceEach(const QString& text, const QRegularExpression& pattern, int group,
                    const std::function<QString(const QString&)>& replacement)
{
    QString result = text;
    QList<QRegularExpressionMatch> matches;
    for (QRegularExpressionMatchIterator it = pattern.globalMatch(text); it.hasNext();)
        matches.prepend(it.next());
    for (const QRegularExpressionMatch& match : std::as_const(matches))
        result.replace(match.capturedStart(group), match.capturedLength(group),
                       replacement(match.captured(group)));
    return result;
}

bool isDate(const QString& field)
{
    return field.endsWith(QLatin1String("_on"));
}

} // namespace

QString FieldText::display(const QSqlDatabase& db, const QString& entity, const QString& field,
                           const QString& stored)
{
    if (stored.isEmpty())
        return stored;
    // The history keeps codes joined by " | " (FieldValue::historyText); people read labels.
    const QLatin1String separator(" | ");
    if (const QString table = vocabularyOf(entity, field); !table.isEmpty()) {
        QStringList labels;
        for (const QString& code : stored.split(separator))
            labels << vocabularyLabel(db, table, code);
        return LabelList::join(labels);
    }
    if (field == QLatin1String("sdgs")) {
        // « 6 – Eau propre et assainissement », as the editor lists the goals.
        QStringList goals;
        for (const QString& goal : stored.split(separator)) {
            const QString label =
                lookUp(db, QStringLiteral("ref_sdg"), labelColumn(), QStringLiteral("goal"), goal);
            goals << (label == goal ? goal : goal + QStringLiteral(" – ") + label);
        }
        return LabelList::join(goals);
    }
    if (field == QLatin1String("departement_code"))
        return lookUp(db, QStringLiteral("ref_departement"), QStringLiteral("label_fr"),
                      QStringLiteral("code"), stored);
    if (field == QLatin1String("commune_insee"))
        return lookUp(db, QStringLiteral("ref_commune"), QStringLiteral("name"), QStringLiteral("code"),
                      stored);
    if (field == QLatin1String("parent_actor_id"))
        return lookUp(db, QStringLiteral("actor"), QStringLiteral("name"), QStringLiteral("id"), stored);
    if (field == QLatin1String("partnership_id"))
        return lookUp(db, QStringLiteral("partnership"), QStringLiteral("coalesce(title, '#' || id)"),
                      QStringLiteral("id"), stored);
    if (field == QLatin1String("budget_cents") || field == QLatin1String("amount_cents") ||
        field == QLatin1String("amount_min_cents") || field == QLatin1String("amount_max_cents")) {
        bool ok = false;
        const qint64 cents = stored.toLongLong(&ok);
        return ok ? Money::format(cents) : stored;
    }
    if (field == QLatin1String("cofunding_max_percent"))
        return stored + QStringLiteral(" %");
    if (field == QLatin1String("calls")) {
        // « Session 1: 2026-01-15 → 2026-03-31 | … » (SchemeStore::history): the dates as read.
        static const QRegularExpression isoDate(QStringLiteral("\\b\\d{4}(-\\d{2}){0,2}\\b"));
        const QString dated = replaceEach(stored, isoDate, 0, [](const QString& iso) {
            const std::optional<PartialDate> date = PartialDate::fromIso(iso);
            return date ? date->toFrench() : iso;
        });
        return LabelList::join(dated.split(separator));
    }
    if (isDate(field)) {
        const std::optional<PartialDate> date = PartialDate::fromIso(stored);
        return date ? date->toFrench() : stored;
    }
    if (field == QLatin1String("formalized") || field == QLatin1String("in_france"))
        return stored == QLatin1String("1") ? QCoreApplication::translate("FieldText", "yes")
                                            : QCoreApplication::translate("FieldText", "no");
    if (field == QLatin1String("actors")) {
        // « Lyon [signataire] | … »: the roles by their labels.
        static const QRegularExpression role(QStringLiteral("\\[([a-z_]+)\\]"));
        const QString labelled = replaceEach(stored, role, 1, [&db](const QString& code) {
            return vocabularyLabel(db, QStringLiteral("ref_org_role"), code);
        });
        return LabelList::join(labelled.split(separator));
    }
    return stored;
}
