#include "RecordDetails.h"

#include "Dialogs.h"
#include "common/LabelList.h"
#include "common/Money.h"
#include "common/PartialDate.h"
#include "i18n/Translations.h"
#include "records/FieldLabels.h"
#include "records/FieldText.h"
#include "records/Partnership.h"
#include "schemes/SchemeMatching.h"
#include "store/ChangeLog.h"
#include "store/FundingHistory.h"

#include <QDateTime>
#include <QLocale>
#include <QUrl>

#include <algorithm>

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
    return QStringLiteral("<tr><td style='color:#555;padding-right:12px'>%1</td><td>%2</td></tr>")
        .arg(escaped(label), value);
}

QString dateText(const QString& iso)
{
    const std::optional<PartialDate> date = PartialDate::fromIso(iso);
    return date ? date->inWords() : QString();
}

// A date's row, its label agreeing with what is known: « Vérifié le 12/05/2026 », but « Vérifié
// en 2026 », « en mars 2026 ».
QString dateRow(const QString& onDay, const QString& inPeriod, const QString& iso)
{
    const std::optional<PartialDate> date = PartialDate::fromIso(iso);
    if (!date || date->isNull())
        return {};
    return row(date->wording(onDay, inPeriod), escaped(date->inWords()));
}

// What the record is, under its name: an actor's type, a partnership's nature.
QString subtitle(const QString& text)
{
    if (text.isEmpty())
        return {};
    return QStringLiteral("<p style='color:#555;margin-top:0'>%1</p>").arg(escaped(text));
}

// A name with a subtitle: the subtitle right under it, read with it.
QString headingStyle(const QString& subtitle)
{
    return subtitle.isEmpty() ? QString() : QStringLiteral(" style='margin-bottom:0'");
}

bool englishLabels()
{
    return Translations::current() == Translations::Language::English;
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
    setHtml(QStringLiteral("<p style='color:#777'>%1</p>")
                .arg(escaped(tr("Select a record to see it in full here."))));
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

QString RecordDetails::linkedList(RecordList::Family family, const QList<RecordSheet::Linked>& records)
{
    QStringList items;
    for (const RecordSheet::Linked& record : records)
        items << QStringLiteral("<li><a href='%1'>%2</a></li>")
                     .arg(link(family, record.id), escaped(record.text));
    return items.isEmpty() ? QStringLiteral("<p style='color:#777'>—</p>")
                           : QLatin1String("<ul>") + items.join(QString()) + QLatin1String("</ul>");
}

QString RecordDetails::actorHtml(qint64 id) const
{
    const std::optional<RecordSheet::Actor> actor = RecordSheet::actor(m_db, id, englishLabels());
    if (!actor)
        return {};
    QString html = QStringLiteral("<h2%1>%2</h2>%3<table>")
                       .arg(headingStyle(actor->type), escaped(actor->name), subtitle(actor->type));
    html += row(tr("Acronym"), escaped(actor->acronym));
    html += row(tr("Municipality"), escaped(actor->commune));
    html += row(tr("Department"), escaped(actor->departement));
    html += row(tr("INSEE code"), escaped(actor->inseeCode));
    html += row(tr("SIREN"), escaped(actor->siren));
    html += row(tr("RNA"), escaped(actor->rna));
    html += row(tr("Population"), actor->population ? QLocale().toString(*actor->population) : QString());
    html += row(tr("E-mail"), escaped(actor->email));
    html += row(tr("Website"), escaped(actor->website));
    html += row(tr("Phone"), escaped(actor->phone));
    html += row(tr("Source"), escaped(actor->source));
    html += dateRow(tr("Verified on"), tr("Verified in"), actor->verifiedOn);
    html += row(tr("Notes"), escaped(actor->notes));
    html += QLatin1String("</table>");
    html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Partnerships")));
    html += linkedList(RecordList::Family::Partnerships, actor->partnerships);
    html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Projects")));
    html += linkedList(RecordList::Family::Projects, actor->projects);
    html +=
        fittingSchemesHtml(SchemeMatching(m_db, englishLabels()).schemesForActor(id, QDate::currentDate()));
    return html + historyHtml(QStringLiteral("actor"), id);
}

QString RecordDetails::partnerHtml(qint64 id) const
{
    const std::optional<RecordSheet::Partner> partner = RecordSheet::partner(m_db, id, englishLabels());
    if (!partner)
        return {};
    QString html = QStringLiteral("<h2>%1</h2><table>").arg(escaped(partner->name));
    html += row(tr("Country"), escaped(partner->country));
    html += row(tr("Partner area"), escaped(partner->adminArea));
    html += row(tr("Type"), escaped(partner->type));
    html += row(tr("Source"), escaped(partner->source));
    html += dateRow(tr("Verified on"), tr("Verified in"), partner->verifiedOn);
    html += row(tr("Notes"), escaped(partner->notes));
    html += QLatin1String("</table>");
    html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Partnerships")));
    html += linkedList(RecordList::Family::Partnerships, partner->partnerships);
    html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Projects")));
    html += linkedList(RecordList::Family::Projects, partner->projects);
    return html + historyHtml(QStringLiteral("foreign_partner"), id);
}

QString RecordDetails::partnershipHtml(qint64 id) const
{
    const std::optional<RecordSheet::Partnership> partnership =
        RecordSheet::partnership(m_db, id, englishLabels());
    if (!partnership)
        return {};
    // Named as the delete dialog and the trash name it (« Lyon – Leipzig »), as an actor is by its
    // name; its nature, which many share, under it.
    QString title = partnership->title;
    if (title.isEmpty())
        title = RecordSheet::partnershipByFirstNames(m_db, id);
    if (title.isEmpty())
        title = partnership->kind;
    QString html = QStringLiteral("<h2%1>%2</h2>%3<table>")
                       .arg(headingStyle(partnership->kind), escaped(title), subtitle(partnership->kind));
    html += row(tr("Status"), escaped(partnership->status));
    html += row(tr("Reason for the status"), escaped(partnership->statusReason));
    if (const std::optional<PartialDate> signedOn = PartialDate::fromIso(partnership->signedOn);
        signedOn && !signedOn->isNull()) {
        html += row(
            ::Partnership::firstDateWording(partnership->signedAgreement, partnership->planned, *signedOn),
            escaped(signedOn->inWords()));
    }
    html += dateRow(tr("Ended on"), tr("Ended in"), partnership->endedOn);
    html += row(tr("Formalised"), partnership->formalized ? tr("yes") : QString());
    html += row(tr("Themes"), escaped(partnership->themes));
    html += row(tr("Description"),
                escaped(partnership->description).replace(QLatin1Char('\n'), QLatin1String("<br>")));
    html += row(tr("Source"), escaped(partnership->source));
    html += dateRow(tr("Verified on"), tr("Verified in"), partnership->verifiedOn);
    html += QLatin1String("</table>");
    html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Actors of the region")));
    html += linkedList(RecordList::Family::Actors, partnership->actors);
    html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Foreign partners")));
    html += linkedList(RecordList::Family::Partners, partnership->partners);
    html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Projects")));
    html += linkedList(RecordList::Family::Projects, partnership->projects);
    return html + historyHtml(QStringLiteral("partnership"), id);
}

QString RecordDetails::projectHtml(qint64 id) const
{
    const std::optional<RecordSheet::Project> project = RecordSheet::project(m_db, id, englishLabels());
    if (!project)
        return {};
    QString html = QStringLiteral("<h2>%1</h2><table>").arg(escaped(project->title));
    html += row(tr("Status"), escaped(project->status));
    html += row(tr("Start"), dateText(project->startedOn));
    html += row(tr("End"), dateText(project->endedOn));
    html +=
        row(tr("Budget"), project->budgetCents ? escaped(Money::format(*project->budgetCents)) : QString());
    html += row(tr("Countries"), escaped(project->countries));
    html += row(tr("Themes"), escaped(project->themes));
    html += row(tr("Description"),
                escaped(project->description).replace(QLatin1Char('\n'), QLatin1String("<br>")));
    html += row(tr("Source"), escaped(project->source));
    html += dateRow(tr("Verified on"), tr("Verified in"), project->verifiedOn);
    if (project->partnershipId > 0) {
        html +=
            row(tr("Partnership"), QStringLiteral("<a href='%1'>%2</a>")
                                       .arg(link(RecordList::Family::Partnerships, project->partnershipId),
                                            escaped(tr("open"))));
    }
    html += QLatin1String("</table>");
    html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Actors")));
    html += linkedList(RecordList::Family::Actors, project->actors);
    html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Foreign partners")));
    html += linkedList(RecordList::Family::Partners, project->partners);
    // Funding lines with each funder's share of the total.
    html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Funding")));
    qint64 total = 0;
    for (const RecordSheet::FundingLine& line : project->funding)
        total += line.amountCents;
    html += QLatin1String("<table>");
    for (const RecordSheet::FundingLine& line : project->funding) {
        const QString share =
            total > 0 ? QLocale().toString(100.0 * line.amountCents / total, 'f', 0) + QLatin1String(" %")
                      : QString();
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align='right'>%3</td><td "
                               "align='right'>%4</td><td>%5</td></tr>")
                    .arg(escaped(line.funder), escaped(line.year), escaped(Money::format(line.amountCents)),
                         share, escaped(line.status));
    }
    html += QStringLiteral("<tr><td><b>%1</b></td><td></td><td align='right'><b>%2</b></td></tr></table>")
                .arg(escaped(tr("Total")), escaped(Money::format(total)));
    html +=
        fittingSchemesHtml(SchemeMatching(m_db, englishLabels()).schemesForProject(id, QDate::currentDate()));
    return html + historyHtml(QStringLiteral("project"), id);
}

QString RecordDetails::historyHtml(const QString& entity, qint64 id) const
{
    QList<ChangeEntry> entries = ChangeLog(m_db).forRecord(entity, id);
    // A project's funding lines are records of their own: their changes are the project's too.
    if (entity == QLatin1String("project")) {
        entries += FundingHistory::forProject(m_db, id);
        std::stable_sort(entries.begin(), entries.end(), [](const ChangeEntry& a, const ChangeEntry& b) {
            return a.changedAt < b.changedAt;
        });
    }
    QString html = QStringLiteral("<h3>%1</h3>").arg(escaped(tr("History")));
    if (entries.isEmpty())
        return html + QStringLiteral("<p style='color:#777'>%1</p>").arg(escaped(tr("No change recorded.")));
    // One line per change, or per event: a move to the trash and a restore write every field
    // (the record as it went and came back), a merge its own field; each reads as what happened.
    struct Line
    {
        const ChangeEntry* entry;
        QString text;
    };
    QList<Line> lines;
    bool trashed = false;
    const auto shown = [this](const ChangeEntry& e, const QString& value) {
        const QString text = FieldText::display(m_db, e.entity, e.field, value);
        return text.isEmpty() ? QStringLiteral("∅") : text;
    };
    for (int i = 0; i < entries.size(); ++i) {
        const ChangeEntry& e = entries.at(i);
        const bool own = e.entity == entity;
        const bool sameEvent = i > 0 && own && entries.at(i - 1).entity == e.entity &&
                               entries.at(i - 1).action == e.action &&
                               entries.at(i - 1).changedAt == e.changedAt &&
                               entries.at(i - 1).field != QLatin1String("merged_into");
        if (own && e.action == QLatin1String("delete")) {
            trashed = true;
            // The move to the trash that ends a merge is the merge, said by its own line.
            if (!sameEvent && !(i > 0 && entries.at(i - 1).field == QLatin1String("merged_into")))
                lines.append({&e, tr("Moved to the trash")});
            continue;
        }
        if (own && e.action == QLatin1String("create") && trashed && e.importLine == 0) {
            if (!sameEvent)
                lines.append({&e, tr("Restored from the trash")});
            continue;
        }
        if (e.field == QLatin1String("merged_from") || e.field == QLatin1String("merged_into")) {
            const bool from = e.field == QLatin1String("merged_from");
            // An undone merge empties the field.
            const QString other = e.newValue.isEmpty() ? e.oldValue : e.newValue;
            const QString text = e.newValue.isEmpty()
                                     ? (from ? tr("Merge with %1 undone") : tr("Merge into %1 undone"))
                                     : (from ? tr("Merged with %1") : tr("Merged into %1"));
            lines.append({&e, text.arg(other)});
            continue;
        }
        // A record created by an import has one entry, for the file's line, instead of its fields.
        const bool imported = e.importLine > 0 && e.field.isEmpty();
        if (imported) {
            lines.append(
                {&e, tr("%1: %2").arg(tr("created"),
                                      tr("imported from %1, line %2").arg(e.importFile).arg(e.importLine))});
            continue;
        }
        QString what = FieldLabels::label(e.field);
        if (e.entity == QLatin1String("funding") && !own)
            what = tr("Funding line: %1").arg(what);
        QString change = shown(e, e.oldValue) + QStringLiteral(" → ") + shown(e, e.newValue);
        // A change an import made names the file and line too.
        if (e.importLine > 0)
            change =
                tr("%1 (imported from %2, line %3)").arg(change, e.importFile, QString::number(e.importLine));
        lines.append({&e, tr("%1: %2").arg(what, change)});
    }
    html += QLatin1String("<table cellspacing='0' cellpadding='2'>");
    // Newest first.
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const ChangeEntry& e = *it->entry;
        const QDateTime when = QDateTime::fromString(e.changedAt, Qt::ISODateWithMs).toLocalTime();
        html += QStringLiteral("<tr><td style='color:#555; padding-right:8px'>%1</td>"
                               "<td style='color:#555; padding-right:8px'>%2</td><td>%3</td></tr>")
                    .arg(escaped(QLocale().toString(when, QLocale::ShortFormat)), escaped(e.userName),
                         escaped(it->text));
    }
    return html + QLatin1String("</table>");
}

QString RecordDetails::fitItem(const QString& href, const QString& name, const SchemeFit& fit)
{
    QString item =
        QStringLiteral("<li><a href='%1'>%2</a> — %3")
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
    const std::optional<RecordSheet::Scheme> scheme = RecordSheet::scheme(m_db, id, englishLabels());
    if (!scheme)
        return {};
    const auto orAll = [](const QString& labels, const QString& all) {
        return escaped(labels.isEmpty() ? all : labels);
    };
    QString html = QStringLiteral("<h2>%1</h2><table>").arg(escaped(scheme->name));
    html += row(tr("Funder"), escaped(scheme->funder));
    html += row(tr("Programme"), escaped(scheme->programme));
    html += row(tr("Kind"), escaped(scheme->kind));
    html += row(tr("Open to"), orAll(scheme->actorTypes, tr("every actor")));
    QStringList places;
    for (const QString& labels : {scheme->zones, scheme->countries}) {
        if (!labels.isEmpty())
            places << labels;
    }
    html += row(tr("Where"), orAll(LabelList::join(places), tr("anywhere")));
    html += row(tr("Themes"), orAll(scheme->themes, tr("every theme")));
    html += row(tr("Conditions"), escaped(scheme->conditions));
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
    for (const RecordSheet::SchemeCall& call : scheme->calls) {
        // « clôture le 31/03/2026 » but « clôture en septembre 2026 »; « du … au … » only between days.
        const PartialDate opens = PartialDate::fromIso(call.opensOn).value_or(PartialDate());
        const PartialDate closes = PartialDate::fromIso(call.closesOn).value_or(PartialDate());
        const QString period =
            opens.isNull() ? closes.wording(tr("closes on %1"), tr("closes in %1")).arg(closes.inWords())
            : opens.precision() == PartialDate::Precision::Day &&
                    closes.precision() == PartialDate::Precision::Day
                ? tr("%1 to %2").arg(opens.inWords(), closes.inWords())
                : tr("between %1 and %2").arg(opens.inWords(), closes.inWords());
        // French puts a space before the colon, English does not.
        calls << escaped(call.label.isEmpty() ? period : tr("%1: %2").arg(call.label, period));
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
    html += dateRow(tr("Verified on"), tr("Verified in"), scheme->verifiedOn);
    html += QLatin1String("</table>");

    const SchemeMatching matching(m_db, englishLabels());
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
        SchemeMatching(m_db, englishLabels())
            .exportActors(schemeId, QDate::currentDate(), path, format, m_db.databaseName());
    if (!written)
        Dialogs::error(this, title, written.message());
}
