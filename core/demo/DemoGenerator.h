#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include <functional>

// Fills a database with a realistic synthetic observatory of the region: real communes of the
// region as actors, real foreign towns as partners, twinnings mostly with Germany and Europe,
// projects mostly in West Africa, fundings by programme, in the proportions of the field. For a
// given number of rows N it writes N partnerships and N projects, about N/2 actors, 3N/5
// partners and 2N funding lines, always the same ones (fixed seed), and a catalogue of support
// schemes that a share of the funding lines name, some of them refused. It writes in bulk, in one
// transaction, without change history: it is data for trying the program and for benchmarks.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    struct Counts
    {
        int actors = 0;
        int partners = 0;
        int partnerships = 0;
        int projects = 0;
        int fundings = 0;
        int schemes = 0;
    };

    DemoGenerator(const QSqlDatabase& db, int rows);

    // The day the demo's observatory stands as of, whatever day it is made: nothing was entered,
    // checked, changed, signed, begun or ended after it, and a record's status agrees with it.
    static QDate demoDay();

    // `progress` gets a percentage now and then; returning false cancels (nothing is written).
    Result<Counts> run(const std::function<bool(int)>& progress = {});

private:
    QSqlDatabase m_db;
    int m_rows;
};
