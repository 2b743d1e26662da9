#include "LinkedRecordsEditor.h"

#include "ReferenceChoices.h"
#include "i18n/Translations.h"
#include "lists/LinkCandidates.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTimer>

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kRoleRole = Qt::UserRole + 1;
constexpr int kSuggestions = 15;

} // namespace

LinkedRecordsEditor::LinkedRecordsEditor(Kind kind, const QSqlDatabase& db, const QString& defaultRole,
                                         QWidget* parent, bool single)
    : QWidget(parent)
    , m_kind(kind)
    , m_single(single)
    , m_db(db)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_suggestions(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_suggestions, this))
{
    const bool actors = kind == Kind::Actors;
    const bool partnerships = kind == Kind::Partnerships;
    setObjectName(actors         ? QStringLiteral("actorLinks")
                  : partnerships ? QStringLiteral("partnershipLink")
                                 : QStringLiteral("partnerLinks"));
    m_search->setObjectName(QStringLiteral("linkSearch"));
    m_search->setPlaceholderText(actors         ? tr("Actor's name, to add")
                                 : partnerships ? tr("An actor's or partner's name, to find the partnership")
                                                : tr("Partner's name, to add"));
    m_list->setMaximumHeight(m_list->fontMetrics().height() * (single ? 2 : 5));

    // The suggestions are already the matches (full-text search): the completer shows them as they are.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_search->setCompleter(m_completer);
    // Enter in the search field picks from the suggestions, never saves the dialog around it.
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textEdited, this, &LinkedRecordsEditor::suggest);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                add(index.data(kIdRole).toLongLong(), m_role ? m_role->currentData().toString() : QString());
                // The completer writes the chosen text after this signal: clear the field afterwards.
                QTimer::singleShot(0, m_search, &QLineEdit::clear);
            });

    QPushButton* create = nullptr;
    if (!partnerships) {
        create = new QPushButton(actors ? tr("New actor…") : tr("New partner…"), this);
        create->setObjectName(QStringLiteral("createLinked"));
        connect(create, &QPushButton::clicked, this,
                [this] { Q_EMIT createRequested(m_search->text().trimmed()); });
    }
    auto* remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("removeLinked"));
    connect(remove, &QPushButton::clicked, this, [this] { delete m_list->currentItem(); });

    auto* row = new QHBoxLayout;
    row->addWidget(m_search, 1);
    if (actors) {
        m_role = new QComboBox(this);
        m_role->setObjectName(QStringLiteral("roleChoice"));
        ReferenceChoices::fill(m_role, ReferenceChoices::entries(db, QStringLiteral("ref_org_role")),
                               defaultRole);
        row->addWidget(m_role);
    }
    if (create)
        row->addWidget(create);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    auto* listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addWidget(remove, 0, Qt::AlignTop);
    layout->addLayout(listRow);
}

bool LinkedRecordsEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_suggestions->rowCount() > 0 && !m_completer->popup()->isVisible())
                m_completer->complete();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LinkedRecordsEditor::suggest(const QString& typed)
{
    m_suggestions->clear();
    const bool english = Translations::current() == Translations::Language::English;
    for (const RecordSheet::Linked& record :
         LinkCandidates::matching(m_db, family(), typed, kSuggestions, english)) {
        auto* item = new QStandardItem(record.text);
        item->setData(record.id, kIdRole);
        m_suggestions->appendRow(item);
    }
    // Wide enough for the longest name offered: a cut name cannot be told from its neighbours.
    QAbstractItemView* popup = m_completer->popup();
    popup->setMinimumWidth(qMin(popup->sizeHintForColumn(0) + 2 * popup->frameWidth() + 24, 720));
    m_completer->complete(); // with no suggestion, hides the list
}

RecordList::Family LinkedRecordsEditor::family() const
{
    switch (m_kind) {
    case Kind::Actors:
        return RecordList::Family::Actors;
    case Kind::Partners:
        return RecordList::Family::Partners;
    case Kind::Partnerships:
        break;
    }
    return RecordList::Family::Partnerships;
}

void LinkedRecordsEditor::add(qint64 id, const QString& role)
{
    if (id <= 0 || ids().contains(id))
        return;
    if (m_single)
        m_list->clear();
    QString text =
        LinkCandidates::name(m_db, family(), id, Translations::current() == Translations::Language::English);
    if (m_role) {
        const int index = m_role->findData(role);
        text += QStringLiteral(" — ") + (index >= 0 ? m_role->itemText(index) : role);
    }
    auto* item = new QListWidgetItem(text, m_list);
    item->setData(kIdRole, id);
    item->setData(kRoleRole, role);
}

void LinkedRecordsEditor::setActorLinks(const QList<ActorLink>& links)
{
    m_list->clear();
    for (const ActorLink& link : links)
        add(link.actorId, link.roleCode);
}

void LinkedRecordsEditor::setIds(const QList<qint64>& ids)
{
    m_list->clear();
    for (const qint64 id : ids)
        add(id);
}

QList<ActorLink> LinkedRecordsEditor::actorLinks() const
{
    QList<ActorLink> links;
    for (int row = 0; row < m_list->count(); ++row)
        links.append(
            {m_list->item(row)->data(kIdRole).toLongLong(), m_list->item(row)->data(kRoleRole).toString()});
    return links;
}

QList<qint64> LinkedRecordsEditor::ids() const
{
    QList<qint64> result;
    for (int row = 0; row < m_list->count(); ++row)
        result << m_list->item(row)->data(kIdRole).toLongLong();
    return result;
}
