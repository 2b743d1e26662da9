#pragma once

#include <QByteArray>
#include <QString>

// The bytes of one file of a zip archive (an .xlsx workbook), stored or deflated; empty when the
// archive has no such file. Enough to look inside what the export writes, without a zip tool.
QByteArray zipEntry(const QByteArray& archive, const QString& name);
