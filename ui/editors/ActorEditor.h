#pragma once

#include "RecordEditorDialog.h"
#include "records/Actor.h"

class PartialDateEdit;
class QComboBox;
class QCompleter;
class QLineEdit;
class QPlainTextEdit;
class QStandardItemModel;

// Entering or editing an actor of the region. Typing a commune's name offers the communes of the
// reference data; choosing one fills its INSEE code, SIREN, département and population.
class ActorEditor : public RecordEditorDialog
{
    Q_OBJECT

public:
    ActorEditor(const QSqlDatabase& db, const Actor& actor, QWidget* parent = nullptr);

    const Actor& saved() const { return m_saved; }
    // The record as it was just before the save (what undo brings back).
    const Actor& replaced() const { return m_original; }
    QLineEdit* communeField() const { return m_commune; }

protected:
    bool save() override;

private:
    void suggestCommunes(const QString& typed);
    void useCommune(const QString& code);
    Actor collect(Problems& problems) const;

    Actor m_original;
    Actor m_saved;
    QLineEdit* m_name;
    QLineEdit* m_acronym;
    QComboBox* m_type;
    QLineEdit* m_commune;
    QStandardItemModel* m_communes;
    QCompleter* m_communeCompleter;
    QLineEdit* m_insee;
    QLineEdit* m_siren;
    QLineEdit* m_rna;
    QComboBox* m_departement;
    QLineEdit* m_population;
    QLineEdit* m_email;
    QLineEdit* m_website;
    QLineEdit* m_phone;
    QLineEdit* m_source;
    PartialDateEdit* m_verifiedOn;
    QPlainTextEdit* m_notes;
};
