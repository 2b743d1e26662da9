#pragma once

#include <QString>

// What each field of a record is called for people (« Département », not « departement_code »):
// the change history, the conflict dialog. The keys are the columns and link names the stores
// write (FieldValues); an unknown key is returned as it is.
namespace FieldLabels {

QString label(const QString& field);

// What a record of `table` is called: « Acteur », « Partenaire étranger »…
QString kindOfRecord(const QString& table);

} // namespace FieldLabels
