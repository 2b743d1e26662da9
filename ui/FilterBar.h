#pragma once

#include "lists/RecordFilter.h"
#include "lists/RecordList.h"

#include <QSqlDatabase>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTimer;

// Search as you type and the filters advisers use, above the lists. One filter for all the
// places: it follows the adviser from list to list, each list using what applies to it.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget* parent = nullptr);

    // Fills the choices (kinds, statuses, countries…) from the database's reference tables.
    void setDatabase(const QSqlDatabase& db);
    // Shows the filters that apply to the family.
    void setFamily(RecordList::Family family);

    RecordFilter filter() const;
    void clear();
    void focusSearch();
    QLineEdit* searchField() const { return m_search; }

    // A pause this long in typing runs the search: fast enough to feel immediate, and a word
    // typed quickly is searched once.
    static constexpr int kTypingPauseMs = 150;

Q_SIGNALS:
    void filterChanged(const RecordFilter& filter);
    // True at the first key of the search field, false once its typing pause is over (after
    // filterChanged()) or the filters are cleared: the lists count their whole set meanwhile
    // only if nobody types (RecordListModel::setTyping).
    void typingChanged(bool typing);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QComboBox* addCombo(const QString& objectName);
    void fillCombo(QComboBox* combo, const QString& everything,
                   const QList<std::pair<QString, QString>>& entries);
    void fillStatuses();
    // Chooses the country the adviser typed (any accents or case), or restores the chosen one.
    void chooseTypedCountry();
    void announce();
    void setTyping(bool typing);

    QSqlDatabase m_db;
    RecordList::Family m_family = RecordList::Family::Actors;
    QLineEdit* m_search;
    QTimer* m_typingPause;
    QComboBox* m_kind;
    QComboBox* m_status;
    QComboBox* m_country;
    QComboBox* m_zone;
    QComboBox* m_departement;
    QComboBox* m_actorType;
    QComboBox* m_theme;
    QComboBox* m_year;
    QCheckBox* m_stale;
    QCheckBox* m_twinnings;
    bool m_filling = false;
    bool m_typing = false;
};
