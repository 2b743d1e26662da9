#pragma once

#include "RecordEditorDialog.h"
#include "records/Funding.h"
#include "records/Project.h"

class CodeCheckList;
class FundingTable;
class LinkedRecordsEditor;
class PartialDateEdit;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

// Entering or editing a project: title, status, dates, budget, its actors (one lead at least),
// partners, countries (any spelling), themes, SDGs, the partnership it belongs to, and its
// funding lines with the total and each funder's share. Project and lines are saved together.
class ProjectEditor : public RecordEditorDialog
{
    Q_OBJECT

public:
    struct FundingChanges
    {
        QList<Funding> created;
        QList<std::pair<Funding, Funding>> updated; // before, after
        QList<std::pair<qint64, qint64>> removed;   // the funding line's id, its trash entry
    };

    ProjectEditor(const QSqlDatabase& db, const Project& project, QWidget* parent = nullptr);

    const Project& saved() const { return m_saved; }
    // The record as it was just before the save (what undo brings back).
    const Project& replaced() const { return m_original; }
    const FundingChanges& fundingChanges() const { return m_changes; }
    FundingTable* fundingTable() const { return m_fundings; }

Q_SIGNALS:
    void createActorRequested(const QString& name);
    void createPartnerRequested(const QString& name);

public:
    void addActor(qint64 id);
    void addPartner(qint64 id);

protected:
    bool save() override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Project collect(Problems& problems) const;
    void addCountry();

    Project m_original;
    QList<Funding> m_originalFundings;
    Project m_saved;
    FundingChanges m_changes;
    QLineEdit* m_title;
    QComboBox* m_status;
    LinkedRecordsEditor* m_partnership;
    LinkedRecordsEditor* m_actors;
    LinkedRecordsEditor* m_partners;
    QLineEdit* m_countryInput;
    QListWidget* m_countries;
    PartialDateEdit* m_startedOn;
    PartialDateEdit* m_endedOn;
    QCheckBox* m_inFrance;
    QLineEdit* m_budget;
    CodeCheckList* m_themes;
    CodeCheckList* m_sdgs;
    QPlainTextEdit* m_description;
    QLineEdit* m_source;
    PartialDateEdit* m_verifiedOn;
    FundingTable* m_fundings;
};
