#pragma once

#include "ColumnMap.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Cells copied from Excel or LibreOffice Calc (tab-separated text, a line per row, cells with line
// breaks in quotes) as a file the import reads like any other. A first row that names no field
// is a row of data: a header of numbered columns is put before it, for the adviser to map.
class PastedList
{
    Q_DECLARE_TR_FUNCTIONS(PastedList)

public:
    // The text as UTF-8 tab-separated lines, with a header; empty when there is nothing but blanks.
    static QByteArray asFile(const QString& text, const QList<ColumnMap::Field>& fields);
    // What the import batch records as its source: « collé le 05/12/2026 à 23:40 ».
    static QString sourceName();
};
