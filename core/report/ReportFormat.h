#pragma once

#include <QString>
#include <QVariant>

// How the report writes its values for reading (tables, charts): French number formats
// ("12 500", "12,5"), text as it is.
namespace ReportFormat {

QString value(const QVariant& value);
// Escapes text for HTML and SVG.
QString escaped(const QString& text);

} // namespace ReportFormat
