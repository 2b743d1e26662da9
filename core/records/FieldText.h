#pragma once

#include <QSqlDatabase>
#include <QString>

// How a value of the change history reads for people, in the interface's language: a vocabulary
// code as its label (« Métropole de Lyon », not « 69M »), cents as euros, an ISO date as a date,
// 0/1 as no/yes, an actor's role as its label. The history keeps what the stores wrote
// (FieldValue::historyText); this only changes how it is shown. A value it cannot read is
// returned as it is.
namespace FieldText {

QString display(const QSqlDatabase& db, const QString& entity, const QString& field, const QString& stored);

} // namespace FieldText
