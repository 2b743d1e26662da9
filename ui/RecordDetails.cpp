#include "RecordDetails.h"

#include "Dialogs.h"
#include "common/Money.h"
#include "common/PartialDate.h"
#include "i18n/Translations.h"
#include "schemes/SchemeMatching.h"
#include "store/ChangeLog.h"
#include "store/SchemeStore.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>
#include <QUrl>

namespace {

const QString kScheme = QStringLiteral("obs");
// The link under a scheme's matching actors that exports them.
const QString kExportScheme = QStringLiteral("obs-export");
// How many schemes an actor or project shows, and actors a scheme shows (the export has them all).
constexpr int kSchemesShown = 10;
constexpr int kActorsShown = 50;

QString entityOf(RecordList::Family family)
{
    switch (family) {
    case RecordList::Family::Actors:
        return QStringLiteral("actor");
    case RecordList::Family::Partners:
        return QStringLiteral("partner");
    case RecordList::Family::Partnerships:
        return QStringLiteral("partnership");
    case RecordList::Family::Projects:
        return QStringLiteral("project");
    case RecordList::Family::Schemes:
        return QStringLiteral("scheme");
    }
    return {};
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString row(const QString& label, const QString& value)
{
    if (value.trimmed().isEmpty())
        return {};
    return QStringLiteral("<tr><td style='color:#555;padding-right:12px'>%1</td><td>%2</td></tr>").arg(escaped(label), value);
}

QString dateText(const QVariant& iso)
{
    const std::optional<PartialDate> date = PartialDate::fromIso(iso.toString());
    return date ? date->toFrench() : QString();
}

QString labelColumn()
{
    return Translations::current() == Translations::Language::English ? QStringLiteral("label_en")
                                                                      : QStringLiteral("label_fr");
}

} // namespace

RecordDetails::RecordDetails(QWidget* parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("recordDetails"));
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        RecordList::Family family;
        qint64 id = 0;
        if (url.scheme() == kExportScheme) {
            exportMatchingActors(url.path().section(QLatin1Char('/'), -1).toLongLong());
            return;
        }
        if (parseLink(url, &family, &id))
            Q_EMIT recordRequested(family, id);
    });
}

QString RecordDetails::link(RecordList::Family family, qint64 id)
{
    return QStringLiteral("%1:%2/%3").arg(kScheme, entityOf(family)).arg(id);
}

bool RecordDetails::parseLink(const QUrl& url, RecordList::Family* family, qint64* id)
{
    if (url.scheme() != kScheme)
        return false;
    const QStringList parts = url.path().split(QLatin1Char('/'));
    if (parts.size() != 2)
        return false;
    for (const RecordList::Family candidate : RecordList::families()) {
        if (entityOf(candidate) == parts.first()) {
            *family = candidate;
            *id = parts.last().toLongLong();
            return *id > 0;
        }
    }
    return false;
}

void RecordDetails::setDatabase(const QSqlDatabase& db)
{
    m_db = db;
    clearRecord();
}

void RecordDetails::clearRecord()
{
    setHtml(QStringLiteral("<p style='color:#777'>%1</p>").arg(escaped(tr("Select a record to see it in full here."))));
}

void RecordDetails::showRecord(RecordList::Family family, qint64 id)
{
    if (!m_db.isOpen() || id <= 0) {
        clearRecord();
        return;
    }
    switch (family) {
    case RecordList::Family::Actors:
        setHtml(actorHtml(id));
        break;
    case RecordList::Family::Partners:
        setHtml(partnerHtml(id));
        break;
    case RecordList::Family::Partnerships:
        setHtml(partnershipHtml(id));
        break;
    case RecordList::Family::Projects:
        setHtml(projectHtml(id));
        break;
    case RecordList::Family::Schemes:
        setHtml(schemeHtml(id));
        break;
    }
}

QString RecordDetails::linkedList(RecordList::Family family, const QString& sql, qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(sql);
    query.bindValue(QStringLiteral(":id"), id);
    QStringList items;
    if (query.exec()) {
        while (query.next()) {
            items << QStringLiteral("<li><a href='%1'>%2</a></li>")
                         .arg(link(family, query.value(0).toLongLong()), escaped(query.value(1).toString()));
        }
    }
    return items.isEmpty() ? QStringLiteral("<p style='color:#777'>—</p>")
                           : QLatin1String("<ul>") + items.join(QString()) + QLatin1String("</ul>");
}

QString RecordDetails::actorHtml(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT a.name, t.%1, a.insee_code, a.siren, a.rna, d.label_fr, c.name, a.population, "
                                 "a.email, a.website, a.phone, a.source, a.verified_on, a.notes, a.acronym "
                                 "FROM actor a LEFT JOIN ref_actor_type t ON t.code = a.actor_type_code "
                                 "LEFT JOIN ref_departement d ON d.code = a.departement_code "
                                 "LEFT JOIN ref_commune c ON c.code = coalesce(a.commune_insee, a.insee_code) WHERE a.id = ?")
                      .arg(labelColumn()));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return {};
    QString html = QStringLiteral("<h2>%1</h2><table>").arg(escaped(query.value(0).toString()));
    html += row(tr("Acronym"), escaped(query.value(14).toString()));
    html += row(tr("Type"), escaped(query.value(1).toString()));
    html += row(tr("Commune"), escaped(query.value(6).toString()));
    html += row(tr("Département"), escaped(query.value(5).toString()));
    html += row(tr("INSEE code"), escaped(query.value(2).toString()));
    html += row(tr("SIREN"), escaped(query.value(3).toString()));
    html += row(tr("RNA"), escaped(query.value(4).toString()));
    html += row(tr("Population"), query.value(7).isNull() ? QString() : QLocale().toString(query.value(7).toLongLong()));
    html += row(tr("E-mail"), escaped(query.value(8).toString()));
    html += row(tr("Website"), escaped(query.value(9).toString()));
    html += row(tr("Phone"), escaped(query.value(10).toString()));
    html += row(tr("Source"), escaped(query.value(11).toString()));
    html += row(tr("Verified on"), dateText(query.value(12)));
    html += row(tr("Notes"), escaped(query.value(13).toString()));
    html += QLatin1String("</table>");
    html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Partnerships")));
    html += linkedList(RecordList::Family::Partnerships,
                       QStringLiteral("SELECT p.id, k.%1 || ' – ' || coalesce((SELECT group_concat(f.name, ', ') "
                                      "FROM partnership_partner pp JOIN foreign_partner f ON f.id = pp.partner_id "
                                      "WHERE pp.partnership_id = p.id), '') FROM partnership p "
                                      "JOIN partnership_actor pa ON pa.partnership_id = p.id "
                                      "JOIN ref_partnership_kind k ON k.code = p.kind_code WHERE pa.actor_id = :id "
                                      "ORDER BY p.signed_on")
                           .arg(labelColumn()),
                       id);
    html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Projects")));
    html += linkedList(RecordList::Family::Projects,
                       QStringLiteral("SELECT j.id, j.title FROM project j JOIN project_actor pa ON pa.project_id = j.id "
                                      "WHERE pa.actor_id = :id ORDER BY j.started_on"),
                       id);
    html +=
        fittingSchemesHtml(SchemeMatching(m_db, Translations::current() == Translations::Language::English)
                               .schemesForActor(id, QDate::currentDate()));
    return html + historyHtml(QStringLiteral("actor"), id);
}

QString RecordDetails::partnerHtml(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT f.name, c.%1, f.admin_area, t.%1, f.source, f.verified_on, f.notes "
                                 "FROM foreign_partner f JOIN ref_country c ON c.code = f.country_code "
                                 "LEFT JOIN ref_partner_type t ON t.code = f.partner_type_code WHERE f.id = ?")
                      .arg(labelColumn()));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return {};
    QString html = QStringLiteral("<h2>%1</h2><table>").arg(escaped(query.value(0).toString()));
    html += row(tr("Country"), escaped(query.value(1).toString()));
    html += row(tr("Region, province"), escaped(query.value(2).toString()));
    html += row(tr("Type"), escaped(query.value(3).toString()));
    html += row(tr("Source"), escaped(query.value(4).toString()));
    html += row(tr("Verified on"), dateText(query.value(5)));
    html += row(tr("Notes"), escaped(query.value(6).toString()));
    html += QLatin1String("</table>");
    html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Partnerships")));
    html += linkedList(RecordList::Family::Partnerships,
                       QStringLiteral("SELECT p.id, k.%1 || ' – ' || coalesce((SELECT group_concat(a.name, ', ') "
                                      "FROM partnership_actor pa JOIN actor a ON a.id = pa.actor_id "
                                      "WHERE pa.partnership_id = p.id), '') FROM partnership p "
                                      "JOIN partnership_partner pp ON pp.partnership_id = p.id "
                                      "JOIN ref_partnership_kind k ON k.code = p.kind_code WHERE pp.partner_id = :id")
                           .arg(labelColumn()),
                       id);
    html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Projects")));
    html += linkedList(RecordList::Family::Projects,
                       QStringLiteral("SELECT j.id, j.title FROM project j JOIN project_partner pp ON pp.project_id = j.id "
                                      "WHERE pp.partner_id = :id"),
                       id);
    return html + historyHtml(QStringLiteral("foreign_partner"), id);
}

QString RecordDetails::partnershipHtml(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT p.title, k.%1, s.%1, p.status_reason, p.signed_on, p.ended_on, p.formalized, "
                                 "p.description, p.source, p.verified_on, "
                                 "(SELECT group_concat(t.%1, ', ') FROM partnership_theme pt JOIN ref_theme t "
                                 "ON t.code = pt.theme_code WHERE pt.partnership_id = p.id) "
                                 "FROM partnership p JOIN ref_partnership_kind k ON k.code = p.kind_code "
                                 "JOIN ref_partnership_status s ON s.code = p.status_code WHERE p.id = ?")
                      .arg(labelColumn()));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return {};
    const QString title = query.value(0).toString().isEmpty() ? query.value(1).toString() : query.value(0).toString();
    QString html = QStringLiteral("<h2>%1</h2><table>").arg(escaped(title));
    html += row(tr("Nature"), escaped(query.value(1).toString()));
    html += row(tr("Status"), escaped(query.value(2).toString()));
    html += row(tr("Reason for the status"), escaped(query.value(3).toString()));
    html += row(tr("Signed on"), dateText(query.value(4)));
    html += row(tr("Ended on"), dateText(query.value(5)));
    html += row(tr("Formalised"), query.value(6).toInt() ? tr("yes") : QString());
    html += row(tr("Themes"), escaped(query.value(10).toString()));
    html += row(tr("Description"), escaped(query.value(7).toString()).replace(QLatin1Char('\n'), QLatin1String("<br>")));
    html += row(tr("Source"), escaped(query.value(8).toString()));
    html += row(tr("Verified on"), dateText(query.value(9)));
    html += QLatin1String("</table>");
    html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Actors of the region")));
    html += linkedList(RecordList::Family::Actors,
                       QStringLiteral("SELECT a.id, a.name || ' (' || r.%1 || ')' FROM partnership_actor pa "
                                      "JOIN actor a ON a.id = pa.actor_id JOIN ref_org_role r ON r.code = pa.role_code "
                                      "WHERE pa.partnership_id = :id ORDER BY a.name_normalized")
                           .arg(labelColumn()),
                       id);
    html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Foreign partners")));
    html += linkedList(RecordList::Family::Partners,
                       QStringLiteral("SELECT f.id, f.name || ' (' || c.%1 || ')' FROM partnership_partner pp "
                                      "JOIN foreign_partner f ON f.id = pp.partner_id JOIN ref_country c ON c.code = f.country_code "
                                      "WHERE pp.partnership_id = :id ORDER BY f.name_normalized")
                           .arg(labelColumn()),
                       id);
    html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Projects")));
    html += linkedList(RecordList::Family::Projects,
                       QStringLiteral("SELECT id, title FROM project WHERE partnership_id = :id ORDER BY started_on"), id);
    return html + historyHtml(QStringLiteral("partnership"), id);
}

QString RecordDetails::projectHtml(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT j.title, s.%1, j.started_on, j.ended_on, j.budget_cents, j.description, "
                                 "j.source, j.verified_on, j.partnership_id, "
                                 "(SELECT group_concat(t.%1, ', ') FROM project_theme pt JOIN ref_theme t "
                                 "ON t.code = pt.theme_code WHERE pt.project_id = j.id), "
                                 "(SELECT group_concat(c.%1, ', ') FROM project_country pc JOIN ref_country c "
                                 "ON c.code = pc.country_code WHERE pc.project_id = j.id) "
                                 "FROM project j JOIN ref_project_status s ON s.code = j.status_code WHERE j.id = ?")
                      .arg(labelColumn()));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return {};
    QString html = QStringLiteral("<h2>%1</h2><table>").arg(escaped(query.value(0).toString()));
    html += row(tr("Status"), escaped(query.value(1).toString()));
    html += row(tr("Start"), dateText(query.value(2)));
    html += row(tr("End"), dateText(query.value(3)));
    html += row(tr("Budget"), query.value(4).isNull() ? QString() : escaped(Money::format(query.value(4).toLongLong())));
    html += row(tr("Countries"), escaped(query.value(10).toString()));
    html += row(tr("Themes"), escaped(query.value(9).toString()));
    html += row(tr("Description"), escaped(query.value(5).toString()).replace(QLatin1Char('\n'), QLatin1String("<br>")));
    html += row(tr("Source"), escaped(query.value(6).toString()));
    html += row(tr("Verified on"), dateText(query.value(7)));
    if (!query.value(8).isNull()) {
        html += row(tr("Partnership"), QStringLiteral("<a href='%1'>%2</a>")
                                           .arg(link(RecordList::Family::Partnerships, query.value(8).toLongLong()),
                                                escaped(tr("open"))));
    }
    html += QLatin1String("</table>");
    html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Actors")));
    html += linkedList(RecordList::Family::Actors,
                       QStringLiteral("SELECT a.id, a.name || ' (' || r.%1 || ')' FROM project_actor pa "
                                      "JOIN actor a ON a.id = pa.actor_id JOIN ref_org_role r ON r.code = pa.role_code "
                                      "WHERE pa.project_id = :id")
                           .arg(labelColumn()),
                       id);
    html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Foreign partners")));
    html += linkedList(RecordList::Family::Partners,
                       QStringLiteral("SELECT f.id, f.name FROM project_partner pp JOIN foreign_partner f "
                                      "ON f.id = pp.partner_id WHERE pp.project_id = :id"),
                       id);
    // Funding lines with each funder's share of the total.
    QSqlQuery fundings(m_db);
    fundings.prepare(QStringLiteral("SELECT coalesce(a.name, p.%1), f.year, f.amount_cents, s.%1 FROM funding f "
                                    "LEFT JOIN actor a ON a.id = f.funder_actor_id "
                                    "LEFT JOIN ref_funding_programme p ON p.code = f.programme_code "
                                    "JOIN ref_funding_status s ON s.code = f.status_code WHERE f.project_id = ? ORDER BY f.id")
                         .arg(labelColumn()));
    fundings.addBindValue(id);
    html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Funding")));
    if (fundings.exec()) {
        QList<std::tuple<QString, QString, qint64, QString>> lines;
        qint64 total = 0;
        while (fundings.next()) {
            lines.append({fundings.value(0).toString(), fundings.value(1).toString(), fundings.value(2).toLongLong(),
                          fundings.value(3).toString()});
            total += fundings.value(2).toLongLong();
        }
        html += QLatin1String("<table>");
        for (const auto& [funder, year, amount, status] : lines) {
            const QString share = total > 0 ? QLocale().toString(100.0 * amount / total, 'f', 0) + QLatin1String(" %") : QString();
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align='right'>%3</td><td align='right'>%4</td><td>%5</td></tr>")
                        .arg(escaped(funder), escaped(year), escaped(Money::format(amount)), share, escaped(status));
        }
        html += QStringLiteral("<tr><td><b>%1</b></td><td></td><td align='right'><b>%2</b></td></tr></table>")
                    .arg(escaped(tr("Total")), escaped(Money::format(total)));
    }
    html +=
        fittingSchemesHtml(SchemeMatching(m_db, Translations::current() == Translations::Language::English)
                               .schemesForProject(id, QDate::currentDate()));
    return html + historyHtml(QStringLiteral("project"), id);
}

QString RecordDetails::historyHtml(const QString& entity, qint64 id) const
{
    const QList<ChangeEntry> entries = ChangeLog(m_db).forRecord(entity, id);
    QString html = QStringLiteral("<h3>%1</h3>").arg(escaped(tr("History")));
    if (entries.isEmpty())
        return html + QStringLiteral("<p style='color:#777'>%1</p>").arg(escaped(tr("No change recorded.")));
    html += QLatin1String("<table>");
    // Newest first.
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const QDateTime when = QDateTime::fromString(it->changedAt, Qt::ISODateWithMs).toLocalTime();
        // A record created by an import has one entry, for the file's line, instead of its fields.
        const bool imported = it->importLine > 0;
        const auto shown = [](const QString& value) { return value.isEmpty() ? QStringLiteral("∅") : value; };
        const QString what = imported ? tr("created") : it->field;
        const QString change = imported ? tr("imported from %1, line %2").arg(it->importFile).arg(it->importLine)
                                        : shown(it->oldValue) + QStringLiteral(" → ") + shown(it->newValue);
        html += QStringLiteral("<tr><td style='color:#555'>%1</td><td style='color:#555'>%2</td><td>%3</td>"
                               "<td>%4</td></tr>")
                    .arg(escaped(QLocale().toString(when, QLocale::ShortFormat)), escaped(it->userName),
                         escaped(what), escaped(change));
    }
    return html + QLatin1String("</table>");
}

QString RecordDetails::fitItem(const QString& href, const QString& name, const SchemeFit& fit)
{
    QString item = QStringLiteral("<li><a href='%1'>%2</a> — %3")
                       .arg(href, escaped(name), escaped(fit.texts(SchemeFit::State::Met).join(QLatin1String("; "))));
    const QStringList missing = fit.texts(SchemeFit::State::Missing) + fit.texts(SchemeFit::State::ToCheck);
    if (!missing.isEmpty())
        item += QStringLiteral("<br><span style='color:#8a4b00'>%1</span>")
                    .arg(escaped(tr("Missing or to check: %1").arg(missing.join(QLatin1String("; ")))));
    return item + QLatin1String("</li>");
}

QString RecordDetails::fittingSchemesHtml(const QList<SchemeFit>& fits) const
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Support schemes that fit")));
    QStringList items;
    for (const SchemeFit& fit : fits) {
        if (!fit.fits || !fit.open || items.size() >= kSchemesShown)
            continue;
        items << fitItem(link(RecordList::Family::Schemes, fit.schemeId), fit.schemeName, fit);
    }
    if (items.isEmpty())
        return html + QStringLiteral("<p style='color:#777'>%1</p>")
                          .arg(escaped(tr("No open scheme of the catalogue fits.")));
    return html + QLatin1String("<ul>") + items.join(QString()) + QLatin1String("</ul>");
}

QString RecordDetails::schemeHtml(qint64 id) const
{
    const std::optional<Scheme> scheme = SchemeStore(m_db).find(id);
    if (!scheme)
        return {};
    const SchemeMatching matching(m_db, Translations::current() == Translations::Language::English);
    const auto labels = [&](const QString& table, const QStringList& codes, const QString& none) {
        QStringList names;
        for (const QString& code : codes)
            names << matching.label(table, code);
        return escaped(names.isEmpty() ? none : names.join(QLatin1String(", ")));
    };
    QString html = QStringLiteral("<h2>%1</h2><table>").arg(escaped(scheme->name));
    html += row(tr("Funder"), escaped(scheme->funder));
    html +=
        row(tr("Programme"),
            scheme->programmeCode.isEmpty()
                ? QString()
                : escaped(matching.label(QStringLiteral("ref_funding_programme"), scheme->programmeCode)));
    html += row(tr("Kind"), escaped(matching.label(QStringLiteral("ref_scheme_kind"), scheme->kindCode)));
    html += row(tr("Open to"),
                labels(QStringLiteral("ref_actor_type"), scheme->actorTypeCodes, tr("every actor")));
    html +=
        row(tr("Where"),
            scheme->zoneCodes.isEmpty() && scheme->countryCodes.isEmpty()
                ? escaped(tr("anywhere"))
                : labels(QStringLiteral("ref_zone"), scheme->zoneCodes, QString()) +
                      (scheme->zoneCodes.isEmpty() || scheme->countryCodes.isEmpty() ? QString()
                                                                                     : QStringLiteral(", ")) +
                      labels(QStringLiteral("ref_country"), scheme->countryCodes, QString()));
    html += row(tr("Themes"), labels(QStringLiteral("ref_theme"), scheme->themeCodes, tr("every theme")));
    html += row(tr("Conditions"),
                labels(QStringLiteral("ref_scheme_condition"), scheme->conditionCodes, QString()));
    if (scheme->amountMinCents || scheme->amountMaxCents) {
        const QString from =
            scheme->amountMinCents ? Money::format(*scheme->amountMinCents) : QStringLiteral("…");
        const QString to =
            scheme->amountMaxCents ? Money::format(*scheme->amountMaxCents) : QStringLiteral("…");
        html += row(tr("Usual amount"), escaped(QStringLiteral("%1 – %2").arg(from, to)));
    }
    if (scheme->cofundingMaxPercent)
        html += row(tr("Largest co-funding rate"),
                    escaped(QStringLiteral("%1 %").arg(*scheme->cofundingMaxPercent)));
    QStringList calls;
    for (const SchemeCall& call : scheme->calls) {
        const QString period = call.opensOn.isNull()
                                   ? tr("closes on %1").arg(call.closesOn.toFrench())
                                   : tr("%1 to %2").arg(call.opensOn.toFrench(), call.closesOn.toFrench());
        calls << escaped(call.label.isEmpty() ? period : call.label + QStringLiteral(" : ") + period);
    }
    html += row(tr("Calls"),
                calls.isEmpty() ? escaped(tr("open all year round")) : calls.join(QLatin1String("<br>")));
    if (!scheme->url.isEmpty())
        html += row(tr("Link"),
                    QStringLiteral("<a href='%1'>%2</a>").arg(escaped(scheme->url), escaped(scheme->url)));
    html += row(tr("Contact"), escaped(scheme->contact));
    html += row(tr("Description"),
                escaped(scheme->description).replace(QLatin1Char('\n'), QLatin1String("<br>")));
    html += row(tr("Source"), escaped(scheme->source));
    html += row(tr("Verified on"), escaped(scheme->verifiedOn.toFrench()));
    html += QLatin1String("</table>");

    const QList<SchemeFit> fits = matching.actorsForScheme(id, QDate::currentDate());
    html +=
        QStringLiteral("<h3>%1</h3>")
            .arg(escaped(tr("Actors of the region that fit (%n)", nullptr, static_cast<int>(fits.size()))));
    if (!fits.isEmpty())
        html += QStringLiteral("<p><a href='%1:scheme/%2'>%3</a></p>")
                    .arg(kExportScheme)
                    .arg(id)
                    .arg(escaped(tr("Export this list (CSV or Excel)…")));
    QStringList items;
    for (const SchemeFit& fit : fits) {
        if (items.size() >= kActorsShown)
            break;
        items << fitItem(link(RecordList::Family::Actors, fit.applicantId), fit.applicantName, fit);
    }
    if (!items.isEmpty())
        html += QLatin1String("<ul>") + items.join(QString()) + QLatin1String("</ul>");
    if (fits.size() > kActorsShown)
        html += QStringLiteral("<p style='color:#777'>%1</p>")
                    .arg(escaped(tr("… and %n more in the export.", nullptr,
                                    static_cast<int>(fits.size() - kActorsShown))));
    return html + historyHtml(QStringLiteral("scheme"), id);
}

void RecordDetails::exportMatchingActors(qint64 schemeId)
{
    const QString title = tr("Export the actors that fit");
    const QString path = Dialogs::saveFileName(
        this, title, tr("CSV for Excel (*.csv);;Excel workbook (*.xlsx)"), QString(), true);
    if (path.isEmpty())
        return;
    const SchemeMatching::Format format = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)
                                              ? SchemeMatching::Format::Xlsx
                                              : SchemeMatching::Format::Excel;
    const Result<int> written =
        SchemeMatching(m_db, Translations::current() == Translations::Language::English)
            .exportActors(schemeId, QDate::currentDate(), path, format, m_db.databaseName());
    if (!written)
        Dialogs::error(this, title, written.message());
}
