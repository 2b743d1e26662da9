#include "LinkedRecordsEditor.h"

#include "ReferenceChoices.h"
#include "common/TextFolding.h"
#include "i18n/Translations.h"
#include "search/SearchIndex.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTimer>

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kRoleRole = Qt::UserRole + 1;
constexpr int kSuggestions = 15;

// The countries' names in the interface's language.
QString countryLabel()
{
    return Translations::current() == Translations::Language::English ? QStringLiteral("label_en")
                                                                      : QStringLiteral("label_fr");
}

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
    const QString match = SearchIndex::matchExpression(typed);
    if (match.isEmpty())
        return;
    const bool actors = m_kind == Kind::Actors;
    QSqlQuery query(m_db);
    if (m_kind == Kind::Partnerships) {
        // A partnership is found by its own words or by its actors' and partners' names.
        query.prepare(
            QStringLiteral(
                "SELECT p.id, (SELECT group_concat(a.name, ', ') FROM partnership_actor pa "
                "JOIN actor a ON a.id = pa.actor_id WHERE pa.partnership_id = p.id) || ' – ' || "
                "(SELECT group_concat(f.name, ', ') FROM partnership_partner pp "
                "JOIN foreign_partner f ON f.id = pp.partner_id WHERE pp.partnership_id = p.id) "
                "FROM partnership p WHERE p.id IN (%1) "
                "OR p.id IN (SELECT partnership_id FROM partnership_actor WHERE actor_id IN (%2)) "
                "OR p.id IN (SELECT partnership_id FROM partnership_partner WHERE partner_id IN (%3)) "
                "ORDER BY p.signed_on DESC LIMIT %4")
                .arg(SearchIndex::matchingIds(QStringLiteral("partnership")),
                     SearchIndex::matchingIds(QStringLiteral("actor")),
                     SearchIndex::matchingIds(QStringLiteral("foreign_partner")))
                .arg(kSuggestions));
    } else
        query.prepare(
            // The name as typed first (« Lyon » before « Albigny-sur-Saône », in the Métropole de
            // Lyon), then the names that begin so, then the others.
            actors
                ? QStringLiteral("SELECT r.id, r.name || coalesce(' (' || r.departement_code || ')', '') "
                                 "FROM actor r WHERE r.id IN (%1) ORDER BY r.name_normalized = :exact DESC, "
                                 "r.name_normalized LIKE :prefix DESC, r.name_normalized LIMIT %2")
                      .arg(SearchIndex::matchingIds(QStringLiteral("actor")))
                      .arg(kSuggestions)
                : QStringLiteral(
                      "SELECT r.id, r.name || ' (' || c.%3 || ')' FROM foreign_partner r "
                      "JOIN ref_country c ON c.code = r.country_code WHERE r.id IN (%1) "
                      "ORDER BY r.name_normalized = :exact DESC, r.name_normalized LIKE :prefix DESC, "
                      "r.name_normalized LIMIT %2")
                      .arg(SearchIndex::matchingIds(QStringLiteral("foreign_partner")))
                      .arg(kSuggestions)
                      .arg(countryLabel()));
    query.bindValue(QStringLiteral(":search"), match);
    if (m_kind != Kind::Partnerships) {
        const QString exact = TextFolding::normalizedName(typed);
        query.bindValue(QStringLiteral(":exact"), exact);
        query.bindValue(QStringLiteral(":prefix"), QString(exact + QLatin1Char('%')));
    }
    if (!query.exec())
        return;
    while (query.next()) {
        auto* item = new QStandardItem(query.value(1).toString());
        item->setData(query.value(0).toLongLong(), kIdRole);
        m_suggestions->appendRow(item);
    }
    // Wide enough for the longest name offered: a cut name cannot be told from its neighbours.
    QAbstractItemView* popup = m_completer->popup();
    popup->setMinimumWidth(qMin(popup->sizeHintForColumn(0) + 2 * popup->frameWidth() + 24, 720));
    m_completer->complete();
}

QString LinkedRecordsEditor::describe(qint64 id) const
{
    QSqlQuery query(m_db);
    if (m_kind == Kind::Partnerships)
        query.prepare(QStringLiteral(
            "SELECT (SELECT group_concat(a.name, ', ') FROM partnership_actor pa JOIN actor a "
            "ON a.id = pa.actor_id WHERE pa.partnership_id = p.id) || ' – ' || "
            "(SELECT group_concat(f.name, ', ') FROM partnership_partner pp JOIN foreign_partner f "
            "ON f.id = pp.partner_id WHERE pp.partnership_id = p.id) FROM partnership p WHERE p.id = ?"));
    else
        query.prepare(m_kind == Kind::Actors
                          ? QStringLiteral("SELECT name FROM actor WHERE id = ?")
                          : QStringLiteral("SELECT f.name || ' (' || c.%1 || ')' FROM foreign_partner f "
                                           "JOIN ref_country c ON c.code = f.country_code WHERE f.id = ?")
                                .arg(countryLabel()));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toString() : QStringLiteral("#%1").arg(id);
}

void LinkedRecordsEditor::add(qint64 id, const QString& role)
{
    if (id <= 0 || ids().contains(id))
        return;
    if (m_single)
        m_list->clear();
    QString text = describe(id);
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
