#pragma once

#include <QString>

// Typographic care of the texts the interface wraps.
namespace Typography {

// The text with the spaces inside each short « … » made non-breaking: a wrapped label no longer
// leaves a closing » (or a lone word of the name) alone on the next line. A quotation longer than
// a line could hold is left as it is.
QString keepQuotesWhole(const QString& text);

} // namespace Typography
