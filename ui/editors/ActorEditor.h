#pragma once

#include "RecordEditorDialog.h"
#include "records/Actor.h"

class EditableRows;
class PartialDateEdit;
class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStandardItemModel;

// Entering or editing an actor of the region. Typing a commune's name offers the communes of the
// reference data; choosing one fills its INSEE code, SIREN, département and population. A name
// that designates one official place (« Ville de Lyon », « Département de l'Isère ») fills them
// too, as the import does; a commune's code brings its commune, a former code the current one.
// For an actor that is a commune, its code, commune, SIREN, population and département are one
// thing: changing the code or the commune brings along the other commune's, and a code cleared or
// unknown clears what the previous one had brought, so that the saved actor never keeps the SIREN
// or population of a commune it no longer is.
// A note says what was filled in and why; a warning says when the report could not count the actor.
// A local authority's APD declarations are a small table: year, declared, amount, day of filing.
class ActorEditor : public RecordEditorDialog
{
    Q_OBJECT

public:
    ActorEditor(const QSqlDatabase& db, const Actor& actor, QWidget* parent = nullptr);

    const Actor& saved() const { return m_saved; }
    // The record as it was just before the save (what undo brings back).
    const Actor& replaced() const { return m_original; }
    QLineEdit* communeField() const { return m_commune; }
    // The APD declarations' table, shown for a local authority (tests fill it as an adviser does).
    EditableRows* apdRows() const { return m_apd; }

protected:
    bool save() override;

private:
    void suggestCommunes(const QString& typed);
    void useCommune(const QString& code);
    // After the name is typed: the official place it designates, when the actor has no code yet.
    void recognisePlace();
    // After the INSEE code is typed: its commune, and the current code for a former one.
    void followCode();
    // After the commune's name is typed without choosing a suggestion: the commune it names.
    void followCommuneName();
    // The actor becomes `commune`: its code, name in the commune field, SIREN, population and
    // département.
    void becomeCommune(const struct Commune& commune);
    // The code left no commune: what the previous one filled in goes with it.
    void forgetCommune();
    bool isCommuneItself() const;
    void fillFromPlace(const struct OfficialPlace& place);
    void updateCountWarning();
    // The APD part is shown for local authorities and groupings, and for an actor that has
    // declarations (so that a changed type does not hide what saving would refuse).
    void updateApdShown();
    void collectApd(Actor& actor, Problems& problems) const;
    bool mayBeAPlace() const;
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
    EditableRows* m_apd;
    QLabel* m_placeNote;
    QLabel* m_countWarning;
    // The commune whose code the actor has (its INSEE code when it is that commune): what a change
    // of code or commune replaces.
    QString m_communeCode;
};
