#include "ReportDataset.h"

#include <QFile>
#include <QSqlQuery>

#include <catch2/catch.hpp>

void loadReportDataset(const QSqlDatabase& db)
{
    QFile file(QStringLiteral(OBSERVATOIRE_SOURCE_DIR "/tests/data/report/dataset.sql"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QSqlQuery query(db);
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith("INSERT")) {
            INFO(line.toStdString());
            REQUIRE(query.exec(QString::fromUtf8(line)));
        }
    }
}
