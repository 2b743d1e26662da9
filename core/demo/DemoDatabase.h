#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

// The demonstration observatory the welcome page offers: a file of its own, made whole or not at
// all. It is built under another name beside `path` and renamed only once filled, so that a
// failure leaves no file behind — an empty one would be opened as « the demonstration » the next
// time.
class DemoDatabase
{
    Q_DECLARE_TR_FUNCTIONS(DemoDatabase)

public:
    // Rows as DemoGenerator counts them. The database is opened as any observatory is
    // (ObservatoryDatabase: the reference data the demo draws its communes from loaded first).
    static Status create(const QString& path, int rows);
};
