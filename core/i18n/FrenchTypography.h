#pragma once

#include <QString>
#include <QTranslator>

// French typography wants a narrow no-break space before « : », « ; », « ! », « ? », « % » and
// « », and after « : the sign never starts a line alone. The translators write a plain space (the
// .ts file stays easy to edit); the interface and the report both set the text by this one rule.
namespace FrenchTypography {

constexpr QChar kNarrowSpace(0x202F);

// `text` with each space (plain, no-break or narrow) before those signs, and after « «, made a
// narrow no-break space. A « % » that starts a placeholder (%1, %L1, %n, %Ln) is not a sign.
QString apply(const QString& text);

} // namespace FrenchTypography

// The French interface's translator: its translations go through FrenchTypography::apply.
class FrenchTypographyTranslator : public QTranslator
{
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override;
};
