#pragma once

#include <QString>

// The French the demo writes into names: « de » and « à » before a place elide or contract as
// French does (« Ville d'Aix-les-Bains », « Lycée du Havre », « Échanges de jeunes aux Abymes »),
// and a département is named with its article (« Chambre de métiers et de l'artisanat de la
// Loire »).
namespace DemoFrench {

// `pattern` with each `marker` replaced by `place`, a « de » or « à » just before it agreeing
// with the place's name: « Ville de %1 » and « Aix-les-Bains » give « Ville d'Aix-les-Bains ».
QString placed(const QString& pattern, const QString& place, const QString& marker = QStringLiteral("%1"));

// « de la Loire », « du Rhône », « de l'Ain », « des Vosges », « de Paris »: the département of
// that name after « de ».
QString ofDepartement(const QString& name);

} // namespace DemoFrench
