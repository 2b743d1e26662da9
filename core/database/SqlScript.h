#pragma once

#include "DatabaseLocation.h"

#include <QString>
#include <QStringList>

// A migration file: portable SQL with backend placeholders, cut into single statements so that
// each can go through QSqlQuery (which runs one statement at a time).
namespace SqlScript {

// Replaces {{ID}} with the backend's integer primary key declaration.
QString forBackend(const QString& script, DatabaseLocation::Backend backend);

// Splits on semicolons outside strings, quoted names, comments and trigger bodies. Comments are
// dropped; empty statements are skipped.
QStringList statements(const QString& script);

// "?, ?, ?": the placeholders of `count` values.
QString placeholders(qsizetype count);

} // namespace SqlScript
