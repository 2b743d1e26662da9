#pragma once

#include "RecordEditorDialog.h"
#include "records/ForeignPartner.h"

class PartialDateEdit;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Entering or editing a foreign partner. The country is typed any way people write it (ISO code,
// French or English name, "RDC", "Royaume Uni"…); the form shows which country it understood.
class PartnerEditor : public RecordEditorDialog
{
    Q_OBJECT

public:
    PartnerEditor(const QSqlDatabase& db, const ForeignPartner& partner, QWidget* parent = nullptr);

    const ForeignPartner& saved() const { return m_saved; }
    // The record as it was just before the save (what undo brings back).
    const ForeignPartner& replaced() const { return m_original; }

protected:
    bool save() override;

private:
    void resolveCountry();
    ForeignPartner collect(Problems& problems) const;

    ForeignPartner m_original;
    ForeignPartner m_saved;
    QString m_countryCode;
    QLineEdit* m_name;
    QComboBox* m_type;
    QLineEdit* m_country;
    QLabel* m_countryFound;
    QLineEdit* m_area;
    QLineEdit* m_source;
    PartialDateEdit* m_verifiedOn;
    QPlainTextEdit* m_notes;
};
