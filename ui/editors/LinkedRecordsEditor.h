#pragma once

#include "lists/RecordList.h"
#include "records/ActorLink.h"

#include <QList>
#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QCompleter;
class QLineEdit;
class QListWidget;
class QStandardItemModel;

// The actors (with their role) or the foreign partners of a partnership or project: a list, a
// field that finds existing records as their name is typed, and a button to create one on the
// spot when it does not exist yet.
class LinkedRecordsEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        Actors,
        Partners,
        Partnerships
    };

    // `single`: at most one record (a project's partnership); adding replaces it.
    LinkedRecordsEditor(Kind kind, const QSqlDatabase& db, const QString& defaultRole,
                        QWidget* parent = nullptr, bool single = false);

    void setActorLinks(const QList<ActorLink>& links);
    void setIds(const QList<qint64>& ids);
    QList<ActorLink> actorLinks() const;
    QList<qint64> ids() const;

    // Adds a record (ignored if already there); the role applies to actors.
    void add(qint64 id, const QString& role = QString());

    QLineEdit* searchField() const { return m_search; }
    QListWidget* list() const { return m_list; }

Q_SIGNALS:
    // "New…" was clicked; `typed` is what the search field holds, to prefill the new record.
    void createRequested(const QString& typed);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void suggest(const QString& typed);
    RecordList::Family family() const;

    Kind m_kind;
    bool m_single;
    QSqlDatabase m_db;
    QLineEdit* m_search;
    QComboBox* m_role = nullptr;
    QListWidget* m_list;
    QStandardItemModel* m_suggestions;
    QCompleter* m_completer;
};
