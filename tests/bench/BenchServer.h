#pragma once

#include "database/DatabaseLocation.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

// The PostgreSQL server a benchmark runs on beside SQLite (issue 20, point 8):
//   --postgresql      a throw-away server started through tests/postgres/Server.sh (loopback, its
//                     own folder, fsync off as in the tests) and stopped when the object goes,
//                     the benchmark failing or not;
//   --server URL      an existing server (postgresql://user@host:port/): a database per
//                     measurement is created on it (the role must be allowed CREATE DATABASE).
class BenchServer
{
public:
    // Takes --postgresql or --server URL out of `arguments` and says on `out` which server it is;
    // null when neither is there. On a server that cannot be started or reached, `out` says why
    // and `ok` is false.
    static std::unique_ptr<BenchServer> fromArguments(QStringList& arguments, QTextStream& out, bool& ok);
    ~BenchServer();
    BenchServer(const BenchServer&) = delete;
    BenchServer& operator=(const BenchServer&) = delete;

    // A new, empty database named `name` on the server (dropped first if a previous run left it).
    std::optional<DatabaseLocation> newDatabase(const QString& name, QString* error);

    // The CPU seconds the server process serving `connection` (its backend) has used so far,
    // read from /proc; -1 when that process is not on this machine. The server's background
    // processes (WAL writer, checkpointer) are not counted.
    static double backendCpuSeconds(const QSqlDatabase& connection);

    QString description() const { return m_description; }

private:
    BenchServer() = default;
    static std::unique_ptr<BenchServer> start(QStringList& arguments, QString* error);
    bool runOnServer(const QString& statement, QString* error);

    QString m_url;
    QString m_stateFile; // set when this program started the server
    QString m_description;
    QString m_adminConnection;
};
