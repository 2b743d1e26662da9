#pragma once

#include "RecordEditorDialog.h"
#include "records/Scheme.h"

class CodeCheckList;
class EditableRows;
class PartialDateEdit;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

// Entering or editing a support scheme: who funds it, whom it is open to, where and on what,
// its conditions, amounts and calls.
class SchemeEditor : public RecordEditorDialog
{
    Q_OBJECT

public:
    SchemeEditor(const QSqlDatabase& db, const Scheme& scheme, QWidget* parent = nullptr);

    const Scheme& saved() const { return m_saved; }
    // The record as it was just before the save (what undo brings back).
    const Scheme& replaced() const { return m_original; }

    // The calls' table (tests fill it as an adviser does).
    QTableWidget* callTable() const;

protected:
    bool save() override;

private:
    Scheme collect(Problems& problems) const;

    Scheme m_original;
    Scheme m_saved;
    QLineEdit* m_name;
    QLineEdit* m_funder;
    QComboBox* m_programme;
    QComboBox* m_kind;
    CodeCheckList* m_actorTypes;
    CodeCheckList* m_zones;
    CodeCheckList* m_countries;
    CodeCheckList* m_themes;
    CodeCheckList* m_conditions;
    QLineEdit* m_amountMin;
    QLineEdit* m_amountMax;
    QLineEdit* m_cofunding;
    EditableRows* m_calls;
    QLineEdit* m_url;
    QLineEdit* m_contact;
    QPlainTextEdit* m_description;
    QLineEdit* m_source;
    PartialDateEdit* m_verifiedOn;
};
