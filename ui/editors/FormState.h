#pragma once

#include <QStringList>

class QWidget;

// What a form holds, widget by widget (texts, choices, checked boxes, the rows of its lists and
// tables), to tell whether the adviser changed anything since it opened. Read from the widgets
// themselves, so that every editor and every field is covered without a list to keep up to date.
namespace FormState {

QStringList snapshot(const QWidget* form);

} // namespace FormState
