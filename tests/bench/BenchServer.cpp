#include "BenchServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <unistd.h>

namespace {

// Runs tests/postgres/Server.sh MODE STATE; its standard output, or nullopt and why.
std::optional<QString> serverScript(const QString& mode, const QString& state, QString* error)
{
    QProcess script;
    script.setProcessChannelMode(QProcess::SeparateChannels);
    script.start(QStringLiteral(OBSERVATOIRE_POSTGRES_SERVER_SCRIPT), {mode, state});
    if (!script.waitForFinished(-1) || script.exitStatus() != QProcess::NormalExit ||
        script.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("tests/postgres/Server.sh %1 failed: %2")
                         .arg(mode, QString::fromUtf8(script.readAllStandardError()).trimmed());
        return std::nullopt;
    }
    return QString::fromUtf8(script.readAllStandardOutput()).trimmed();
}

} // namespace

std::unique_ptr<BenchServer> BenchServer::fromArguments(QStringList& arguments, QTextStream& out, bool& ok)
{
    QString error;
    std::unique_ptr<BenchServer> server = start(arguments, &error);
    ok = error.isEmpty();
    if (!ok)
        out << error << Qt::endl;
    else if (server)
        out << "on SQLite, then on " << server->description() << Qt::endl;
    return server;
}

std::unique_ptr<BenchServer> BenchServer::start(QStringList& arguments, QString* error)
{
    std::unique_ptr<BenchServer> server;
    if (const qsizetype at = arguments.indexOf(QLatin1String("--server"));
        at >= 0 && at + 1 < arguments.size()) {
        server.reset(new BenchServer);
        server->m_url = arguments.at(at + 1);
        server->m_description = QStringLiteral("PostgreSQL server %1").arg(QUrl(server->m_url).host());
        arguments.remove(at, 2);
    } else if (const qsizetype started = arguments.indexOf(QLatin1String("--postgresql")); started >= 0) {
        arguments.remove(started);
        server.reset(new BenchServer);
        // The state file lives beside the server's own temporary folder, outside any tree.
        server->m_stateFile = QDir::tempPath() + QStringLiteral("/bench-postgres-%1.state").arg(getpid());
        const std::optional<QString> said = serverScript(QStringLiteral("start"), server->m_stateFile, error);
        if (!said) {
            server->m_stateFile.clear(); // nothing to stop
            return nullptr;
        }
        server->m_description = *said;
        const std::optional<QString> url = serverScript(QStringLiteral("url"), server->m_stateFile, error);
        if (!url)
            return nullptr; // the destructor stops it
        server->m_url = *url;
    } else {
        return nullptr;
    }
    if (!server->m_url.endsWith(QLatin1Char('/')))
        server->m_url = QUrl(server->m_url).resolved(QUrl(QStringLiteral("/"))).toString();
    server->m_adminConnection = QStringLiteral("bench-postgres-admin");
    QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), server->m_adminConnection);
    const QUrl url(server->m_url);
    admin.setHostName(url.host());
    admin.setPort(url.port(5432));
    admin.setUserName(url.userName());
    admin.setPassword(url.password());
    admin.setDatabaseName(QStringLiteral("postgres"));
    if (!admin.open()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(url.toDisplayString(QUrl::RemovePassword),
                                                  admin.lastError().text());
        return nullptr;
    }
    // Not the notices of DROP DATABASE IF EXISTS.
    QSqlQuery(admin).exec(QStringLiteral("SET client_min_messages = warning"));
    return server;
}

BenchServer::~BenchServer()
{
    if (!m_adminConnection.isEmpty()) {
        QSqlDatabase::database(m_adminConnection, false).close();
        QSqlDatabase::removeDatabase(m_adminConnection);
    }
    if (!m_stateFile.isEmpty())
        serverScript(QStringLiteral("stop"), m_stateFile, nullptr);
}

bool BenchServer::runOnServer(const QString& statement, QString* error)
{
    QSqlQuery query(QSqlDatabase::database(m_adminConnection, false));
    if (query.exec(statement))
        return true;
    if (error)
        *error = statement + QLatin1String(": ") + query.lastError().text();
    return false;
}

std::optional<DatabaseLocation> BenchServer::newDatabase(const QString& name, QString* error)
{
    if (!runOnServer(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name), error) ||
        !runOnServer(QStringLiteral("CREATE DATABASE %1").arg(name), error))
        return std::nullopt;
    return DatabaseLocation::parse(m_url + name, error);
}

double BenchServer::backendCpuSeconds(const QSqlDatabase& connection)
{
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("SELECT pg_backend_pid()")) || !query.next())
        return -1;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(query.value(0).toLongLong()));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // After the command name in parentheses: state is field 3, utime 14 and stime 15.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0 || !line.mid(0, close).contains("postgres"))
        return -1;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}
