#pragma once

#include <QString>
#include <QTranslator>

// Typographic care of the interface's and the report's texts.
namespace Typography {

constexpr QChar kNarrowSpace(0x202F);
constexpr QChar kNoBreakSpace(0x00A0);

// French typography wants a narrow no-break space before « : », « ; », « ! », « ? », « % » and
// « », and after « : the sign never starts a line alone. The translators write a plain space (the
// .ts file stays easy to edit); the interface (FrenchTypographyTranslator) and the report both set
// the text by this one rule. Each space (plain, no-break or narrow) before those signs, and after
// «, becomes a narrow no-break space. A « % » that starts a placeholder (%1, %L1, %n, %Ln) is not
// a sign.
QString french(const QString& text);

// The text with the spaces inside each short « … » made non-breaking: a wrapped label no longer
// leaves a closing » (or a lone word of the name) alone on the next line. A quotation longer than
// a line could hold is left as it is.
QString keepQuotesWhole(const QString& text);

// The text with every space non-breaking: a short phrase that a wrapped label keeps on one line,
// such as a menu path (« Edit › New record » broke before « › New record »).
QString unbroken(QString text);

} // namespace Typography

// The French interface's translator: its translations go through Typography::french.
class FrenchTypographyTranslator : public QTranslator
{
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override;
};
