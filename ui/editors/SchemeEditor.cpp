#include "SchemeEditor.h"

#include "CodeCheckList.h"
#include "EditableRows.h"
#include "PartialDateEdit.h"
#include "ReferenceChoices.h"
#include "common/Money.h"
#include "store/SchemeStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

namespace {

enum CallColumn
{
    CallName,
    CallOpens,
    CallCloses
};

QString amountText(const std::optional<qint64>& cents)
{
    return cents ? Money::format(*cents) : QString();
}

} // namespace

SchemeEditor::SchemeEditor(const QSqlDatabase& db, const Scheme& scheme, QWidget* parent)
    : RecordEditorDialog(db, parent)
    , m_original(scheme)
    , m_name(new QLineEdit(scheme.name, this))
    , m_funder(new QLineEdit(scheme.funder, this))
    , m_programme(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_actorTypes(new CodeCheckList(this))
    , m_zones(new CodeCheckList(this))
    , m_countries(new CodeCheckList(this))
    , m_themes(new CodeCheckList(this))
    , m_conditions(new CodeCheckList(this))
    , m_amountMin(new QLineEdit(amountText(scheme.amountMinCents), this))
    , m_amountMax(new QLineEdit(amountText(scheme.amountMaxCents), this))
    , m_cofunding(new QLineEdit(
          scheme.cofundingMaxPercent ? QString::number(*scheme.cofundingMaxPercent) : QString(), this))
    , m_calls(
          new EditableRows({tr("Call"), tr("Opens on"), tr("Closes on")}, CallName, tr("Add a call"), this))
    , m_url(new QLineEdit(scheme.url, this))
    , m_contact(new QLineEdit(scheme.contact, this))
    , m_description(new QPlainTextEdit(scheme.description, this))
    , m_source(new QLineEdit(scheme.source, this))
    , m_verifiedOn(new PartialDateEdit(this))
{
    setObjectName(QStringLiteral("schemeEditor"));
    setWindowTitle(scheme.id > 0 ? tr("Support scheme") : tr("New support scheme"));
    m_name->setObjectName(QStringLiteral("name"));
    m_funder->setObjectName(QStringLiteral("funder"));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_actorTypes->setObjectName(QStringLiteral("actorTypes"));
    m_zones->setObjectName(QStringLiteral("zones"));
    m_countries->setObjectName(QStringLiteral("countries"));
    m_themes->setObjectName(QStringLiteral("themes"));
    m_conditions->setObjectName(QStringLiteral("conditions"));
    m_amountMin->setObjectName(QStringLiteral("amountMin"));
    m_amountMax->setObjectName(QStringLiteral("amountMax"));
    m_cofunding->setObjectName(QStringLiteral("cofunding"));
    m_calls->setObjectName(QStringLiteral("calls"));
    m_url->setObjectName(QStringLiteral("url"));
    m_source->setObjectName(QStringLiteral("source"));
    m_funder->setPlaceholderText(tr("Ministry, agency, Region, European Union…"));
    m_amountMin->setPlaceholderText(tr("from"));
    m_amountMax->setPlaceholderText(tr("up to"));
    m_cofunding->setPlaceholderText(tr("%, e.g. 50"));
    m_source->setPlaceholderText(tr("The public page this record was built from"));
    ReferenceChoices::fill(
        m_programme,
        ReferenceChoices::entries(db, QStringLiteral("ref_funding_programme"), scheme.programmeCode),
        scheme.programmeCode, tr("(not given)"));
    ReferenceChoices::fill(m_kind,
                           ReferenceChoices::entries(db, QStringLiteral("ref_scheme_kind"), scheme.kindCode),
                           scheme.kindCode, tr("(choose)"));
    m_actorTypes->setEntries(ReferenceChoices::entries(db, QStringLiteral("ref_actor_type")),
                             scheme.actorTypeCodes);
    m_zones->setEntries(ReferenceChoices::entries(db, QStringLiteral("ref_zone")), scheme.zoneCodes);
    m_countries->setEntries(ReferenceChoices::entries(db, QStringLiteral("ref_country")),
                            scheme.countryCodes);
    m_themes->setEntries(ReferenceChoices::entries(db, QStringLiteral("ref_theme")), scheme.themeCodes);
    m_conditions->setEntries(ReferenceChoices::entries(db, QStringLiteral("ref_scheme_condition")),
                             scheme.conditionCodes);
    m_verifiedOn->setDate(scheme.verifiedOn);
    m_description->setMaximumHeight(m_description->fontMetrics().height() * 4);

    for (const SchemeCall& call : scheme.calls)
        m_calls->appendRow({call.label, call.opensOn.toFrench(), call.closesOn.toFrench()});
    m_calls->addButton()->setObjectName(QStringLiteral("addCall"));

    auto* amounts = new QWidget(this);
    auto* amountsLayout = new QHBoxLayout(amounts);
    amountsLayout->setContentsMargins(0, 0, 0, 0);
    amountsLayout->addWidget(m_amountMin, 1);
    amountsLayout->addWidget(new QLabel(QStringLiteral("–"), this));
    amountsLayout->addWidget(m_amountMax, 1);

    // Taller than a screen of 900 pixels in one column: on a wide screen, to whom, where and on
    // what it is open, and its description, beside who funds how much and when.
    useTwoColumns(1240);
    addRow(tr("Name"), m_name, QStringLiteral("name"));
    addRow(tr("Funder"), m_funder, QStringLiteral("funder"));
    addRow(tr("Programme"), m_programme, QStringLiteral("programme"));
    addRow(tr("Kind"), m_kind, QStringLiteral("kind"));
    addSideRow(tr("Open to (none: every actor)"), m_actorTypes, QStringLiteral("actor_types"));
    addSideRow(tr("Zones"), m_zones, QStringLiteral("zones"));
    addSideRow(tr("Countries (none: anywhere)"), m_countries, QStringLiteral("countries"));
    addSideRow(tr("Themes (none: every theme)"), m_themes, QStringLiteral("themes"));
    addRow(tr("Conditions"), m_conditions, QStringLiteral("conditions"));
    addRow(tr("Usual amount"), amounts, QStringLiteral("amount_max"));
    addRow(tr("Largest co-funding rate"), m_cofunding, QStringLiteral("cofunding"));
    addRow(tr("Calls"), m_calls, QStringLiteral("calls"));
    addRow(tr("Link"), m_url, QStringLiteral("url"));
    addRow(tr("Contact"), m_contact, QStringLiteral("contact"));
    addSideRow(tr("Description"), m_description, QStringLiteral("description"));
    addSideRow(tr("Source"), m_source, QStringLiteral("source"));
    addSideRow(tr("Verified on"), m_verifiedOn, QStringLiteral("verified_on"));
    fitToScreen(760);
}

QTableWidget* SchemeEditor::callTable() const
{
    return m_calls->table();
}

Scheme SchemeEditor::collect(Problems& problems) const
{
    Scheme scheme = m_original;
    scheme.name = m_name->text().trimmed();
    scheme.funder = m_funder->text().trimmed();
    scheme.programmeCode = m_programme->currentData().toString();
    scheme.kindCode = m_kind->currentData().toString();
    scheme.actorTypeCodes = m_actorTypes->checkedCodes();
    scheme.zoneCodes = m_zones->checkedCodes();
    scheme.countryCodes = m_countries->checkedCodes();
    scheme.themeCodes = m_themes->checkedCodes();
    scheme.conditionCodes = m_conditions->checkedCodes();
    const auto amount = [&](const QLineEdit* edit, const QString& field) -> std::optional<qint64> {
        if (edit->text().trimmed().isEmpty())
            return std::nullopt;
        QString error;
        const std::optional<qint64> cents = Money::parse(edit->text(), &error);
        if (!cents)
            problems.append({field, error});
        return cents;
    };
    scheme.amountMinCents = amount(m_amountMin, QStringLiteral("amount_max"));
    scheme.amountMaxCents = amount(m_amountMax, QStringLiteral("amount_max"));
    scheme.cofundingMaxPercent.reset();
    if (const QString rate = m_cofunding->text().remove(QLatin1Char('%')).trimmed(); !rate.isEmpty()) {
        bool ok = false;
        const int percent = rate.toInt(&ok);
        if (ok)
            scheme.cofundingMaxPercent = percent;
        else
            problems.append({QStringLiteral("cofunding"), tr("\"%1\" is not a whole percentage.").arg(rate)});
    }
    scheme.calls.clear();
    for (int row = 0; row < m_calls->table()->rowCount(); ++row) {
        const auto text = [&](int column) { return m_calls->text(row, column); };
        SchemeCall call;
        call.label = text(CallName);
        // A row left empty is no call.
        if (call.label.isEmpty() && text(CallOpens).isEmpty() && text(CallCloses).isEmpty())
            continue;
        for (const auto& [column, date] :
             {std::pair{CallOpens, &call.opensOn}, std::pair{CallCloses, &call.closesOn}}) {
            QString error;
            if (const std::optional<PartialDate> parsed = PartialDate::parse(text(column), &error))
                *date = *parsed;
            else if (!text(column).isEmpty())
                problems.append({QStringLiteral("calls"), tr("Call %1: %2").arg(row + 1).arg(error)});
        }
        scheme.calls << call;
    }
    scheme.url = m_url->text().trimmed();
    scheme.contact = m_contact->text().trimmed();
    scheme.description = m_description->toPlainText();
    scheme.source = m_source->text().trimmed();
    QString error;
    if (const std::optional<PartialDate> date = m_verifiedOn->date(&error))
        scheme.verifiedOn = *date;
    else
        problems.append({QStringLiteral("verified_on"), error});
    return scheme;
}

bool SchemeEditor::save()
{
    Problems problems;
    const Scheme scheme = collect(problems);
    SchemeStore store(m_db);
    if (problems.isEmpty())
        problems += store.validate(scheme);
    if (!problems.isEmpty()) {
        showProblems(problems);
        return false;
    }
    const Result<Scheme> written =
        scheme.id == 0 ? store.create(scheme) : saveOver(store, m_original, scheme);
    if (!written) {
        showProblems(written.problems());
        return false;
    }
    m_saved = written.value();
    return true;
}
