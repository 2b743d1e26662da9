#pragma once

#include "RecordEditorDialog.h"
#include "records/Partnership.h"

#include <optional>

class LinkedRecordsEditor;
class PartialDateEdit;
class QCheckBox;
class QComboBox;
class QLineEdit;
class CodeCheckList;
class QPlainTextEdit;

// Entering or editing a partnership: its nature and status, the actors of the region and the
// foreign partners (found by name, or created on the spot), dates, themes and description.
class PartnershipEditor : public RecordEditorDialog
{
    Q_OBJECT

public:
    PartnershipEditor(const QSqlDatabase& db, const Partnership& partnership, QWidget* parent = nullptr);

    const Partnership& saved() const { return m_saved; }
    // The record as it was just before the save (what undo brings back).
    const Partnership& replaced() const { return m_original; }

    void addActor(qint64 id);
    void addPartner(qint64 id);

Q_SIGNALS:
    void createActorRequested(const QString& name);
    void createPartnerRequested(const QString& name);

protected:
    bool save() override;

private:
    Partnership collect(Problems& problems) const;
    // Names the first date by the nature chosen: « Signed on » or « Started on ».
    void nameFirstDate();

    Partnership m_original;
    Partnership m_saved;
    QComboBox* m_kind;
    QComboBox* m_status;
    QLineEdit* m_statusReason;
    QLineEdit* m_title;
    LinkedRecordsEditor* m_actors;
    LinkedRecordsEditor* m_partners;
    PartialDateEdit* m_signedOn;
    PartialDateEdit* m_endedOn;
    QCheckBox* m_formalized;
    CodeCheckList* m_themes;
    QPlainTextEdit* m_description;
    QLineEdit* m_source;
    PartialDateEdit* m_verifiedOn;
};
