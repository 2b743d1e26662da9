#include "ProjectEditor.h"

#include "CodeCheckList.h"
#include "FundingTable.h"
#include "LinkedRecordsEditor.h"
#include "PartialDateEdit.h"
#include "ReferenceChoices.h"
#include "common/Money.h"
#include "database/Transaction.h"
#include "i18n/Translations.h"
#include "refdata/CountryLookup.h"
#include "store/FundingStore.h"
#include "store/ProjectStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

ProjectEditor::ProjectEditor(const QSqlDatabase& db, const Project& project, QWidget* parent)
    : RecordEditorDialog(db, parent)
    , m_original(project)
    , m_title(new QLineEdit(project.title, this))
    , m_status(new QComboBox(this))
    , m_partnership(
          new LinkedRecordsEditor(LinkedRecordsEditor::Kind::Partnerships, db, QString(), this, true))
    , m_actors(new LinkedRecordsEditor(LinkedRecordsEditor::Kind::Actors, db,
                                       QString::fromLatin1(Project::kLeadRole), this))
    , m_partners(new LinkedRecordsEditor(LinkedRecordsEditor::Kind::Partners, db, QString(), this))
    , m_countryInput(new QLineEdit(this))
    , m_countries(new QListWidget(this))
    , m_startedOn(new PartialDateEdit(this))
    , m_endedOn(new PartialDateEdit(this))
    , m_inFrance(new QCheckBox(tr("Carried out in France (global citizenship education, awareness)"), this))
    , m_budget(new QLineEdit(project.budgetCents ? Money::format(*project.budgetCents) : QString(), this))
    , m_themes(new CodeCheckList(this))
    , m_sdgs(new CodeCheckList(this))
    , m_description(new QPlainTextEdit(project.description, this))
    , m_source(new QLineEdit(project.source, this))
    , m_verifiedOn(new PartialDateEdit(this))
    , m_fundings(new FundingTable(db, this))
{
    setObjectName(QStringLiteral("projectEditor"));
    setWindowTitle(project.id > 0 ? tr("Project") : tr("New project"));
    m_title->setObjectName(QStringLiteral("title"));
    m_budget->setObjectName(QStringLiteral("budget"));
    m_budget->setPlaceholderText(Money::example());
    m_countryInput->setObjectName(QStringLiteral("countryInput"));
    // The field shares its row with the countries chosen: at 1024 px its hint must be short, the
    // spelling advice goes in the tooltip.
    m_countryInput->setPlaceholderText(tr("Country, then Enter"));
    m_countryInput->setToolTip(tr("Type a country in any spelling (Allemagne, Germany, Deutschland), then "
                                  "press Enter to add it."));
    m_countries->setObjectName(QStringLiteral("countries"));
    m_countries->setMaximumHeight(m_countries->fontMetrics().height() * 3);
    ReferenceChoices::fill(
        m_status, ReferenceChoices::entries(db, QStringLiteral("ref_project_status"), project.statusCode),
        project.statusCode);
    if (project.partnershipId > 0)
        m_partnership->add(project.partnershipId);
    m_actors->setActorLinks(project.actors);
    m_partners->setIds(project.partnerIds);
    const CountryLookup countries(db);
    for (const QString& code : project.countryCodes) {
        if (const auto country = countries.byCode(code)) {
            auto* item = new QListWidgetItem(Translations::current() == Translations::Language::English
                                                 ? country->labelEn
                                                 : country->labelFr,
                                             m_countries);
            item->setData(Qt::UserRole, code);
        }
    }
    m_startedOn->setDate(project.startedOn);
    m_endedOn->setDate(project.endedOn);
    m_inFrance->setChecked(project.inFrance);
    QStringList goals;
    for (const int goal : project.sdgGoals)
        goals << QString::number(goal);
    m_themes->setEntries(ReferenceChoices::entries(db, QStringLiteral("ref_theme")), project.themeCodes);
    m_sdgs->setEntries(
        ReferenceEntries::sdgGoals(db, Translations::current() == Translations::Language::English), goals);
    // Checking a theme checks the goals it serves by default.
    connect(m_themes, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (item->checkState() != Qt::Checked)
            return;
        for (const QString& goal :
             ReferenceEntries::sdgGoalsOfTheme(m_db, item->data(Qt::UserRole).toString()))
            m_sdgs->setChecked(goal, true);
    });
    m_verifiedOn->setDate(project.verifiedOn);
    m_description->setMaximumHeight(m_description->fontMetrics().height() * 4);
    if (project.id > 0) {
        FundingStore fundingStore(db);
        for (const qint64 id : fundingStore.idsForProject(project.id))
            m_originalFundings << *fundingStore.find(id);
    }
    m_fundings->setFundings(m_originalFundings);
    // Enter adds the country; it must not also save the whole dialog.
    m_countryInput->installEventFilter(this);
    connect(m_actors, &LinkedRecordsEditor::createRequested, this, &ProjectEditor::createActorRequested);
    connect(m_partners, &LinkedRecordsEditor::createRequested, this, &ProjectEditor::createPartnerRequested);

    auto* countriesBox = new QWidget(this);
    auto* countriesLayout = new QHBoxLayout(countriesBox);
    countriesLayout->setContentsMargins(0, 0, 0, 0);
    countriesLayout->addWidget(m_countryInput, 1);
    countriesLayout->addWidget(m_countries, 1);
    auto* removeCountry = new QPushButton(tr("Remove"), this);
    connect(removeCountry, &QPushButton::clicked, this, [this] { delete m_countries->currentItem(); });
    countriesLayout->addWidget(removeCountry, 0, Qt::AlignTop);

    // Its form is taller than a screen of 900 pixels: on a wide screen, what describes the project
    // beside who and when, its funding lines under both.
    useTwoColumns(1240);
    addRow(tr("Title"), m_title, QStringLiteral("title"));
    addRow(tr("Status"), m_status, QStringLiteral("status"));
    addRow(tr("Partnership"), m_partnership, QStringLiteral("partnership"));
    addRow(tr("Actors (one lead at least)"), m_actors, QStringLiteral("actor"));
    addRow(tr("Foreign partners"), m_partners, QStringLiteral("partner"));
    addRow(tr("Countries"), countriesBox, QStringLiteral("country"));
    addRow(tr("Start"), m_startedOn, QStringLiteral("started_on"));
    addRow(tr("End"), m_endedOn, QStringLiteral("ended_on"));
    addRow(QString(), m_inFrance, QStringLiteral("in_france"));
    addRow(tr("Budget"), m_budget, QStringLiteral("budget"));
    addSideRow(tr("Themes"), m_themes, QStringLiteral("themes"));
    addSideRow(tr("Sustainable Development Goals"), m_sdgs, QStringLiteral("sdgs"));
    addWideRow(tr("Funding"), m_fundings, QStringLiteral("funding"));
    addSideRow(tr("Description"), m_description, QStringLiteral("description"));
    addSideRow(tr("Source"), m_source, QStringLiteral("source"));
    addSideRow(tr("Verified on"), m_verifiedOn, QStringLiteral("verified_on"));
    fitToScreen(820);
}

bool ProjectEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_countryInput && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addCountry();
            return true;
        }
    }
    return RecordEditorDialog::eventFilter(watched, event);
}

void ProjectEditor::addActor(qint64 id)
{
    m_actors->add(id, QString::fromLatin1(ProjectStore::kDefaultActorRole));
}

void ProjectEditor::addPartner(qint64 id)
{
    m_partners->add(id);
}

void ProjectEditor::addCountry()
{
    const std::optional<Country> country = CountryLookup(m_db).find(m_countryInput->text());
    if (!country) {
        showProblems({{QStringLiteral("country"),
                       tr("\"%1\" is not a country known to the program.").arg(m_countryInput->text())}});
        return;
    }
    for (int row = 0; row < m_countries->count(); ++row) {
        if (m_countries->item(row)->data(Qt::UserRole).toString() == country->code) {
            m_countryInput->clear();
            return;
        }
    }
    auto* item = new QListWidgetItem(
        Translations::current() == Translations::Language::English ? country->labelEn : country->labelFr,
        m_countries);
    item->setData(Qt::UserRole, country->code);
    m_countryInput->clear();
    showProblems({});
}

Project ProjectEditor::collect(Problems& problems) const
{
    Project project = m_original;
    project.title = m_title->text();
    project.statusCode = m_status->currentData().toString();
    project.partnershipId = m_partnership->ids().value(0, 0);
    project.actors = m_actors->actorLinks();
    project.partnerIds = m_partners->ids();
    project.countryCodes.clear();
    for (int row = 0; row < m_countries->count(); ++row)
        project.countryCodes << m_countries->item(row)->data(Qt::UserRole).toString();
    project.inFrance = m_inFrance->isChecked();
    project.themeCodes = m_themes->checkedCodes();
    project.sdgGoals.clear();
    for (const QString& goal : m_sdgs->checkedCodes())
        project.sdgGoals << goal.toInt();
    project.description = m_description->toPlainText();
    project.source = m_source->text();
    QString error;
    if (m_budget->text().trimmed().isEmpty())
        project.budgetCents.reset();
    else if (const std::optional<qint64> cents = Money::parse(m_budget->text(), &error))
        project.budgetCents = *cents;
    else
        problems.append({QStringLiteral("budget"), error});
    for (const auto& [edit, field, into] :
         {std::tuple{m_startedOn, QStringLiteral("started_on"), &project.startedOn},
          std::tuple{m_endedOn, QStringLiteral("ended_on"), &project.endedOn},
          std::tuple{m_verifiedOn, QStringLiteral("verified_on"), &project.verifiedOn}}) {
        if (const std::optional<PartialDate> date = edit->date(&error))
            *into = *date;
        else
            problems.append({field, error});
    }
    return project;
}

bool ProjectEditor::save()
{
    Problems problems;
    const Project project = collect(problems);
    QStringList fundingProblems;
    QList<Funding> lines = m_fundings->fundings(&fundingProblems);
    for (const QString& problem : fundingProblems)
        problems.append({QStringLiteral("funding"), problem});
    ProjectStore store(m_db);
    problems += store.validate(project);
    if (!problems.isEmpty()) {
        showProblems(problems);
        return false;
    }
    // The project and its lines are written together, or not at all.
    Transaction transaction(m_db);
    if (!transaction.started()) {
        showProblems(transaction.started().problems());
        return false;
    }
    const Result<Project> written =
        project.id == 0 ? store.create(project) : saveOver(store, m_original, project);
    if (!written) {
        showProblems(written.problems());
        return false;
    }
    FundingStore fundingStore(m_db);
    FundingChanges changes;
    QList<qint64> kept;
    for (Funding& line : lines) {
        line.projectId = written.value().id;
        const auto before =
            std::find_if(m_originalFundings.cbegin(), m_originalFundings.cend(),
                         [&line](const Funding& f) { return f.id == line.id && line.id > 0; });
        const Result<Funding> saved =
            before == m_originalFundings.cend() ? fundingStore.create(line) : fundingStore.update(line);
        if (!saved) {
            Problems lineProblems;
            for (const Problem& problem : saved.problems())
                lineProblems.append({QStringLiteral("funding"), tr("Funding line: %1").arg(problem.message)});
            showProblems(lineProblems);
            return false;
        }
        if (before == m_originalFundings.cend())
            changes.created << saved.value();
        else if (saved.value().version != before->version)
            changes.updated.append({*before, saved.value()});
        kept << saved.value().id;
    }
    for (const Funding& original : std::as_const(m_originalFundings)) {
        if (kept.contains(original.id))
            continue;
        // A funding line taken off the project goes to the trash, like any deleted record.
        const Result<qint64> trashed =
            fundingStore.moveToTrash(original.id, tr("Funding line of \"%1\"").arg(written.value().title));
        if (!trashed) {
            showProblems(trashed.problems());
            return false;
        }
        changes.removed.append({original.id, trashed.value()});
    }
    if (Status committed = transaction.commit(); !committed) {
        showProblems(committed.problems());
        return false;
    }
    m_saved = written.value();
    m_changes = changes;
    return true;
}
