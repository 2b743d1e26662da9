#include "PartnerEditor.h"

#include "PartialDateEdit.h"
#include "ReferenceChoices.h"
#include "i18n/Translations.h"
#include "refdata/CountryLookup.h"
#include "store/PartnerStore.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

PartnerEditor::PartnerEditor(const QSqlDatabase& db, const ForeignPartner& partner, QWidget* parent)
    : RecordEditorDialog(db, parent)
    , m_original(partner)
    , m_countryCode(partner.countryCode)
    , m_name(new QLineEdit(partner.name, this))
    , m_type(new QComboBox(this))
    , m_country(new QLineEdit(this))
    , m_countryFound(new QLabel(this))
    , m_area(new QLineEdit(partner.adminArea, this))
    , m_source(new QLineEdit(partner.source, this))
    , m_verifiedOn(new PartialDateEdit(this))
    , m_notes(new QPlainTextEdit(partner.notes, this))
{
    setObjectName(QStringLiteral("partnerEditor"));
    setWindowTitle(partner.id > 0 ? tr("Foreign partner") : tr("New foreign partner"));
    m_name->setObjectName(QStringLiteral("name"));
    m_area->setObjectName(QStringLiteral("partnerArea"));
    m_country->setObjectName(QStringLiteral("country"));
    m_countryFound->setObjectName(QStringLiteral("countryFound"));
    m_country->setPlaceholderText(tr("Name or ISO code, in French or English"));
    // Named as the lists, the details and the import name it; what it holds, said here.
    m_area->setPlaceholderText(tr("Province, state, district…"));
    ReferenceChoices::fill(
        m_type, ReferenceChoices::entries(db, QStringLiteral("ref_partner_type"), partner.typeCode),
        partner.typeCode, tr("(not given)"));
    QStringList names;
    for (const auto& [code, label] : ReferenceChoices::entries(db, QStringLiteral("ref_country")))
        names << label;
    auto* completer = new QCompleter(names, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_country->setCompleter(completer);
    if (const auto country = CountryLookup(db).byCode(partner.countryCode))
        m_country->setText(Translations::current() == Translations::Language::English ? country->labelEn
                                                                                      : country->labelFr);
    connect(m_country, &QLineEdit::textChanged, this, &PartnerEditor::resolveCountry);
    m_verifiedOn->setDate(partner.verifiedOn);
    m_notes->setMaximumHeight(m_notes->fontMetrics().height() * 4);

    auto* countryRow = new QWidget(this);
    auto* countryLayout = new QHBoxLayout(countryRow);
    countryLayout->setContentsMargins(0, 0, 0, 0);
    countryLayout->addWidget(m_country, 1);
    countryLayout->addWidget(m_countryFound);
    addRow(tr("Name"), m_name, QStringLiteral("partner"));
    addRow(tr("Type"), m_type, QStringLiteral("partner_type"));
    addRow(tr("Country"), countryRow);
    // The frame of a problem goes round the country typed, not over the note beside it.
    addField(m_country, QStringLiteral("country"));
    addRow(tr("Partner area"), m_area, QStringLiteral("partner_area"));
    addRow(tr("Source"), m_source, QStringLiteral("source"));
    addRow(tr("Verified on"), m_verifiedOn, QStringLiteral("verified_on"));
    addRow(tr("Notes"), m_notes, QStringLiteral("notes"));
    resolveCountry();
    fitToScreen(520);
}

void PartnerEditor::resolveCountry()
{
    const std::optional<Country> country = CountryLookup(m_db).find(m_country->text());
    m_countryCode = country ? country->code : QString();
    if (m_country->text().trimmed().isEmpty())
        m_countryFound->clear();
    else if (country)
        m_countryFound->setText(QStringLiteral("✓ %1 (%2)")
                                    .arg(Translations::current() == Translations::Language::English
                                             ? country->labelEn
                                             : country->labelFr,
                                         country->code));
    else
        m_countryFound->setText(tr("unknown country"));
}

ForeignPartner PartnerEditor::collect(Problems& problems) const
{
    ForeignPartner partner = m_original;
    partner.name = m_name->text();
    partner.typeCode = m_type->currentData().toString();
    partner.countryCode = m_countryCode;
    partner.adminArea = m_area->text();
    partner.source = m_source->text();
    partner.notes = m_notes->toPlainText();
    if (m_countryCode.isEmpty() && !m_country->text().trimmed().isEmpty())
        problems.append({QStringLiteral("country"),
                         tr("\"%1\" is not a country known to the program.").arg(m_country->text())});
    QString error;
    if (const std::optional<PartialDate> date = m_verifiedOn->date(&error))
        partner.verifiedOn = *date;
    else
        problems.append({QStringLiteral("verified_on"), error});
    return partner;
}

bool PartnerEditor::save()
{
    Problems problems;
    const ForeignPartner partner = collect(problems);
    PartnerStore store(m_db);
    if (problems.isEmpty())
        problems += store.validate(partner);
    if (!problems.isEmpty()) {
        showProblems(problems);
        return false;
    }
    if (partner.id == 0 && !confirmNoDuplicate(DuplicateFinder(m_db).partners(partner)))
        return false;
    const Result<ForeignPartner> written =
        partner.id == 0 ? store.create(partner) : saveOver(store, m_original, partner);
    if (!written) {
        showProblems(written.problems());
        return false;
    }
    m_saved = written.value();
    return true;
}
