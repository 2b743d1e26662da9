#include "FilterBar.h"

#include "FlowLayout.h"
#include "ReferenceChoices.h"
#include "common/TextFolding.h"
#include "lists/RecordQuery.h"
#include "refdata/GeoLookup.h"
#include "refdata/ObservatorySettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

FilterBar::FilterBar(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_typingPause(new QTimer(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search: name, place, country, theme… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(kTypingPauseMs);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        m_typingPause->start();
        setTyping(true);
    });
    connect(m_typingPause, &QTimer::timeout, this, [this] {
        announce();
        setTyping(false);
    });

    m_kind = addCombo(QStringLiteral("kindFilter"));
    m_status = addCombo(QStringLiteral("statusFilter"));
    m_country = addCombo(QStringLiteral("countryFilter"));
    m_zone = addCombo(QStringLiteral("zoneFilter"));
    m_departement = addCombo(QStringLiteral("departementFilter"));
    m_actorType = addCombo(QStringLiteral("actorTypeFilter"));
    m_theme = addCombo(QStringLiteral("themeFilter"));
    m_year = addCombo(QStringLiteral("yearFilter"));
    m_stale = new QCheckBox(tr("Not verified for 2 years"), this);
    m_stale->setObjectName(QStringLiteral("staleFilter"));
    m_twinnings = new QCheckBox(tr("Twinnings only"), this);
    m_twinnings->setObjectName(QStringLiteral("twinningFilter"));
    for (QCheckBox* box : {m_stale, m_twinnings})
        connect(box, &QCheckBox::toggled, this, &FilterBar::announce);
    auto* reset = new QPushButton(tr("Clear filters"), this);
    reset->setObjectName(QStringLiteral("clearFilters"));
    connect(reset, &QPushButton::clicked, this, &FilterBar::clear);

    // The country is typed: « allem », then Enter or Tab, chooses Allemagne. Its « any » entry is
    // empty, with « Country » as a placeholder, so that typing never appends to the word.
    m_country->setEditable(true);
    m_country->setInsertPolicy(QComboBox::NoInsert);
    connect(m_country->lineEdit(), &QLineEdit::editingFinished, this, &FilterBar::chooseTypedCountry);

    auto* first = new QHBoxLayout;
    first->addWidget(m_search, 1);
    first->addWidget(reset);
    // The filters wrap onto a second row in a narrow window instead of widening it.
    auto* filters = new FlowLayout;
    for (QComboBox* combo :
         {m_kind, m_status, m_country, m_zone, m_departement, m_actorType, m_theme, m_year}) {
        combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        filters->addWidget(combo);
    }
    // A year's entries are short (« Actifs en 2027 »): alone on its row, the year took the row's
    // whole width (about 600 px at 1024). It keeps the width of its longest entry.
    m_year->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_year->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    filters->addWidget(m_twinnings);
    filters->addWidget(m_stale);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(first);
    layout->addLayout(filters);
    setFamily(m_family);
}

QComboBox* FilterBar::addCombo(const QString& objectName)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::announce);
    return combo;
}

void FilterBar::fillCombo(QComboBox* combo, const QString& everything,
                          const QList<std::pair<QString, QString>>& entries)
{
    const QString previous = combo->currentData().toString();
    combo->clear();
    combo->addItem(combo->isEditable() ? QString() : everything, QString());
    if (combo->isEditable())
        combo->lineEdit()->setPlaceholderText(everything);
    for (const auto& [code, label] : entries)
        combo->addItem(label, code);
    const int kept = combo->findData(previous);
    combo->setCurrentIndex(kept >= 0 ? kept : 0);
    // The first entry names the filter and means "any": the combo stays short.
    combo->setToolTip(tr("%1: the first entry shows everything").arg(everything));
}

void FilterBar::setDatabase(const QSqlDatabase& db)
{
    m_db = db;
    m_filling = true;
    fillCombo(m_kind, tr("Nature"), ReferenceChoices::entries(db, QStringLiteral("ref_partnership_kind")));
    fillCombo(m_country, tr("Country"), ReferenceChoices::entries(db, QStringLiteral("ref_country")));
    fillCombo(m_zone, tr("Zone"), ReferenceChoices::entries(db, QStringLiteral("ref_zone")));
    fillCombo(m_actorType, tr("Type of actor"),
              ReferenceChoices::entries(db, QStringLiteral("ref_actor_type")));
    fillCombo(m_theme, tr("Theme"), ReferenceChoices::entries(db, QStringLiteral("ref_theme")));
    QList<std::pair<QString, QString>> departements;
    if (db.isOpen()) {
        for (const Departement& departement :
             GeoLookup(db).departementsOfRegion(ObservatorySettings(db).regionCode()))
            departements.append(
                {departement.code, departement.code + QStringLiteral(" – ") + departement.name});
    }
    fillCombo(m_departement, tr("Department"), departements);
    QList<std::pair<QString, QString>> years;
    for (int year = QDate::currentDate().year() + 1; year >= 1950; --year)
        years.append({QString::number(year), tr("Active in %1").arg(year)});
    fillCombo(m_year, tr("Year"), years);
    fillStatuses();
    m_filling = false;
    announce();
}

void FilterBar::fillStatuses()
{
    const QString table = m_family == RecordList::Family::Projects ? QStringLiteral("ref_project_status")
                                                                   : QStringLiteral("ref_partnership_status");
    fillCombo(m_status, tr("Status"),
              m_db.isOpen() ? ReferenceChoices::entries(m_db, table) : QList<std::pair<QString, QString>>());
}

void FilterBar::setFamily(RecordList::Family family)
{
    const bool statusesChange =
        (family == RecordList::Family::Projects) != (m_family == RecordList::Family::Projects);
    m_family = family;
    const QList<RecordQuery::FilterField> fields = RecordQuery::filterFields(family);
    using F = RecordQuery::FilterField;
    m_kind->setVisible(fields.contains(F::Kind));
    m_status->setVisible(fields.contains(F::Status));
    m_country->setVisible(fields.contains(F::Country));
    m_zone->setVisible(fields.contains(F::Zone));
    m_departement->setVisible(fields.contains(F::Departement));
    m_actorType->setVisible(fields.contains(F::ActorType));
    m_theme->setVisible(fields.contains(F::Theme));
    m_year->setVisible(fields.contains(F::ActiveYear));
    m_stale->setVisible(fields.contains(F::Stale));
    m_twinnings->setVisible(fields.contains(F::Twinnings));
    if (statusesChange && m_db.isOpen()) {
        m_filling = true;
        fillStatuses();
        m_filling = false;
    }
}

RecordFilter FilterBar::filter() const
{
    RecordFilter filter;
    filter.search = m_search->text().trimmed();
    filter.kindCode = m_kind->currentData().toString();
    filter.statusCode = m_status->currentData().toString();
    filter.countryCode = m_country->currentData().toString();
    filter.zoneCode = m_zone->currentData().toString();
    filter.departementCode = m_departement->currentData().toString();
    filter.actorTypeCode = m_actorType->currentData().toString();
    filter.themeCode = m_theme->currentData().toString();
    filter.activeYear = m_year->currentData().toInt();
    filter.staleOnly = m_stale->isChecked();
    filter.twinningsOnly = m_twinnings->isChecked();
    return filter;
}

void FilterBar::clear()
{
    m_filling = true;
    m_search->clear();
    m_typingPause->stop();
    for (QComboBox* combo :
         {m_kind, m_status, m_country, m_zone, m_departement, m_actorType, m_theme, m_year})
        combo->setCurrentIndex(0);
    m_stale->setChecked(false);
    m_twinnings->setChecked(false);
    m_filling = false;
    announce();
    setTyping(false);
}

void FilterBar::chooseTypedCountry()
{
    const QString typed = TextFolding::key(m_country->currentText());
    int chosen = typed.isEmpty() ? 0 : -1;
    // The name as typed, else the first that begins so, else the first that contains it.
    for (int pass = 0; pass < 3 && chosen < 0; ++pass) {
        for (int index = 1; index < m_country->count() && chosen < 0; ++index) {
            const QString name = TextFolding::key(m_country->itemText(index));
            if ((pass == 0 && name == typed) || (pass == 1 && name.startsWith(typed)) ||
                (pass == 2 && name.contains(typed)))
                chosen = index;
        }
    }
    if (chosen >= 0)
        m_country->setCurrentIndex(chosen);
    // What is shown is what filters: a name the list does not hold goes back to the choice made.
    m_country->setEditText(m_country->itemText(m_country->currentIndex()));
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::announce()
{
    if (!m_filling)
        Q_EMIT filterChanged(filter());
}

void FilterBar::setTyping(bool typing)
{
    if (typing == m_typing)
        return;
    m_typing = typing;
    Q_EMIT typingChanged(typing);
}

bool FilterBar::eventFilter(QObject* watched, QEvent* event)
{
    // On X11 a line edit takes Ctrl+E for « end of line » before the window's shortcuts: typing a
    // search and pressing Ctrl+E would not export the list it found. The window's action wins.
    if (watched == m_search && event->type() == QEvent::ShortcutOverride &&
        static_cast<QKeyEvent*>(event)->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_E))
        return true;
    return QWidget::eventFilter(watched, event);
}
