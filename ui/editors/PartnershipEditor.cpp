#include "PartnershipEditor.h"

#include "CodeCheckList.h"
#include "LinkedRecordsEditor.h"
#include "PartialDateEdit.h"
#include "ReferenceChoices.h"
#include "check/DuplicateFinder.h"
#include "store/PartnershipStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

PartnershipEditor::PartnershipEditor(const QSqlDatabase& db, const Partnership& partnership, QWidget* parent)
    : RecordEditorDialog(db, parent)
    , m_original(partnership)
    , m_kind(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_statusReason(new QLineEdit(partnership.statusReason, this))
    , m_title(new QLineEdit(partnership.title, this))
    , m_actors(new LinkedRecordsEditor(LinkedRecordsEditor::Kind::Actors, db,
                                       QString::fromLatin1(PartnershipStore::kDefaultActorRole), this))
    , m_partners(new LinkedRecordsEditor(LinkedRecordsEditor::Kind::Partners, db, QString(), this))
    , m_signedOn(new PartialDateEdit(this))
    , m_endedOn(new PartialDateEdit(this))
    , m_formalized(new QCheckBox(tr("A convention or charter was signed"), this))
    , m_themes(new CodeCheckList(this))
    , m_description(new QPlainTextEdit(partnership.description, this))
    , m_source(new QLineEdit(partnership.source, this))
    , m_verifiedOn(new PartialDateEdit(this))
{
    setObjectName(QStringLiteral("partnershipEditor"));
    setWindowTitle(partnership.id > 0 ? tr("Partnership") : tr("New partnership"));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_status->setObjectName(QStringLiteral("status"));
    m_signedOn->setObjectName(QStringLiteral("signedOn"));
    m_endedOn->setObjectName(QStringLiteral("endedOn"));
    m_formalized->setObjectName(QStringLiteral("formalized"));
    m_themes->setObjectName(QStringLiteral("themes"));
    ReferenceChoices::fill(
        m_kind, ReferenceChoices::entries(db, QStringLiteral("ref_partnership_kind"), partnership.kindCode),
        partnership.kindCode, tr("Choose…"));
    ReferenceChoices::fill(
        m_status,
        ReferenceChoices::entries(db, QStringLiteral("ref_partnership_status"), partnership.statusCode),
        partnership.statusCode);
    m_actors->setActorLinks(partnership.actors);
    m_partners->setIds(partnership.partnerIds);
    m_signedOn->setDate(partnership.signedOn);
    m_endedOn->setDate(partnership.endedOn);
    m_formalized->setChecked(partnership.formalized);
    m_verifiedOn->setDate(partnership.verifiedOn);
    m_themes->setEntries(ReferenceChoices::entries(db, QStringLiteral("ref_theme")), partnership.themeCodes);
    m_description->setMaximumHeight(m_description->fontMetrics().height() * 5);
    connect(m_actors, &LinkedRecordsEditor::createRequested, this, &PartnershipEditor::createActorRequested);
    connect(m_partners, &LinkedRecordsEditor::createRequested, this,
            &PartnershipEditor::createPartnerRequested);

    addRow(tr("Nature"), m_kind, QStringLiteral("kind"));
    addRow(tr("Status"), m_status, QStringLiteral("status"));
    addRow(tr("Reason for the status"), m_statusReason, QStringLiteral("status_reason"));
    addRow(tr("Title"), m_title, QStringLiteral("title"));
    addRow(tr("Actors of the region"), m_actors, QStringLiteral("actor"));
    addRow(tr("Foreign partners"), m_partners, QStringLiteral("partner"));
    addRow(tr("Signed on"), m_signedOn, QStringLiteral("signed_on"));
    addRow(tr("Ended on"), m_endedOn, QStringLiteral("ended_on"));
    addRow(QString(), m_formalized, QStringLiteral("formalized"));
    addRow(tr("Themes"), m_themes, QStringLiteral("themes"));
    addRow(tr("Description"), m_description, QStringLiteral("description"));
    addRow(tr("Source"), m_source, QStringLiteral("source"));
    addRow(tr("Verified on"), m_verifiedOn, QStringLiteral("verified_on"));
    nameFirstDate();
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PartnershipEditor::nameFirstDate);
    connect(m_formalized, &QCheckBox::toggled, this, &PartnershipEditor::nameFirstDate);
    connect(m_status, &QComboBox::currentIndexChanged, this, &PartnershipEditor::nameFirstDate);
    fitToScreen(720);
}

void PartnershipEditor::nameFirstDate()
{
    // Only a convention or charter is signed: an informal partnership's date is when it began; a
    // planned one's is the date planned; as the details panel says.
    const bool signature =
        Partnership::isSignedAgreement(m_kind->currentData().toString(), m_formalized->isChecked());
    const bool planned = Partnership::isPlanned(m_status->currentData().toString());
    rowLabel(m_signedOn)->setText(Partnership::firstDateLabels(signature, planned).onDay);
}

void PartnershipEditor::addActor(qint64 id)
{
    m_actors->add(id, QString::fromLatin1(PartnershipStore::kDefaultActorRole));
}

void PartnershipEditor::addPartner(qint64 id)
{
    m_partners->add(id);
}

Partnership PartnershipEditor::collect(Problems& problems) const
{
    Partnership partnership = m_original;
    partnership.kindCode = m_kind->currentData().toString();
    partnership.statusCode = m_status->currentData().toString();
    partnership.statusReason = m_statusReason->text();
    partnership.title = m_title->text();
    partnership.actors = m_actors->actorLinks();
    partnership.partnerIds = m_partners->ids();
    partnership.formalized = m_formalized->isChecked();
    partnership.description = m_description->toPlainText();
    partnership.source = m_source->text();
    partnership.themeCodes = m_themes->checkedCodes();
    const auto readDate = [&problems](const PartialDateEdit* edit, const QString& field, PartialDate& into) {
        QString error;
        if (const std::optional<PartialDate> date = edit->date(&error))
            into = *date;
        else
            problems.append({field, error});
    };
    readDate(m_signedOn, QStringLiteral("signed_on"), partnership.signedOn);
    readDate(m_endedOn, QStringLiteral("ended_on"), partnership.endedOn);
    readDate(m_verifiedOn, QStringLiteral("verified_on"), partnership.verifiedOn);
    return partnership;
}

bool PartnershipEditor::save()
{
    Problems problems;
    const Partnership partnership = collect(problems);
    PartnershipStore store(m_db);
    problems += store.validate(partnership);
    if (!problems.isEmpty()) {
        showProblems(problems);
        return false;
    }
    if (partnership.id == 0 && !confirmNoDuplicate(DuplicateFinder(m_db).partnerships(partnership)))
        return false;
    const Result<Partnership> written =
        partnership.id == 0 ? store.create(partnership) : saveOver(store, m_original, partnership);
    if (!written) {
        showProblems(written.problems());
        return false;
    }
    m_saved = written.value();
    return true;
}
