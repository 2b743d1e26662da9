#include "support/InFrench.h"
#include "support/TestDatabase.h"
#include "support/WaitFor.h"
#include "support/WhenOpen.h"

#include <catch2/catch.hpp>

#include "common/StableId.h"
#include "i18n/Typography.h"
#include "ui/AppSettings.h"
#include "ui/ConnectDialog.h"
#include "ui/Dialogs.h"
#include "ui/MainWindow.h"
#include "ui/PasswordKeyring.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUrl>

#include <functional>
#include <memory>

// File › Connect to a server, driven as an adviser would, against the tests' PostgreSQL server
// (this program runs only in the test_connect_postgresql entry). Its role logs in with a password
// (tests/postgres/Server.sh asks one of observatoire_password_users' members).

namespace {

const QString kPassword = QStringLiteral("mot-de-passe d'essai");

// A role of the tests' server that logs in with kPassword and may write the observatory's tables
// (docs/team.md's rights); dropped with the object.
class PasswordRole
{
public:
    explicit PasswordRole(const TestDatabase& db)
        : m_db(db)
        , m_name(QStringLiteral("anne_") + StableId::create().left(8).toLower())
    {
        const QString created = TestEngine::runOnServer(
            {QStringLiteral("DO $$ BEGIN CREATE ROLE observatoire_password_users NOLOGIN; "
                            "EXCEPTION WHEN duplicate_object THEN NULL; END $$"),
             QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE observatoire_password_users")
                 .arg(m_name, QString(kPassword).replace(QLatin1Char('\''), QLatin1String("''")))});
        INFO(created.toStdString());
        REQUIRE(created.isEmpty());
        QSqlQuery grant(m_db.connection());
        REQUIRE(grant.exec(
            QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1")
                .arg(m_name)));
        REQUIRE(
            grant.exec(QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(m_name)));
    }
    ~PasswordRole()
    {
        QSqlQuery(m_db.connection()).exec(QStringLiteral("DROP OWNED BY %1").arg(m_name));
        TestEngine::runOnServer({QStringLiteral("DROP ROLE %1").arg(m_name)});
    }
    PasswordRole(const PasswordRole&) = delete;
    PasswordRole& operator=(const PasswordRole&) = delete;

    QString name() const { return m_name; }

private:
    const TestDatabase& m_db;
    QString m_name;
};

// A window on an observatory in a SQLite file (the adviser's own), with settings of its own.
struct WindowFixture
{
    QTemporaryDir dir;
    QString settingsPath;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<MainWindow> window;

    WindowFixture()
    {
        settingsPath = dir.filePath(QStringLiteral("settings.ini"));
        {
            TestDatabase local(TestDatabase::Engine::Sqlite);
            local.database().close();
            REQUIRE(QFile::copy(local.path(), dir.filePath(QStringLiteral("local.sqlite"))));
        }
        Dialogs::setTestMode(true);
        settings = std::make_unique<AppSettings>(settingsPath);
        window = std::make_unique<MainWindow>(*settings);
        window->show();
        REQUIRE(
            window->openDatabase(DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("local.sqlite"))),
                                 Database::OpenMode::MustExist));
    }
    ~WindowFixture()
    {
        window.reset();
        Dialogs::setTestMode(false);
    }

    bool onServer() const
    {
        return window->database()->location().backend() == DatabaseLocation::Backend::Postgres;
    }
};

void retype(QLineEdit* field, const QString& text)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
}

void typePort(ConnectDialog* dialog, int port)
{
    auto* field = dialog->findChild<QSpinBox*>(QStringLiteral("port"));
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, QString::number(port));
}

void clickConnect(ConnectDialog* dialog)
{
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("connectButton")), Qt::LeftButton);
}

// The tests' server's address, another database named, without TLS (the server has no certificate).
void typeAddress(ConnectDialog* dialog, const QUrl& server, const QString& database)
{
    retype(dialog->findChild<QLineEdit*>(QStringLiteral("host")), server.host());
    typePort(dialog, server.port());
    retype(dialog->findChild<QLineEdit*>(QStringLiteral("databaseName")), database);
    retype(dialog->findChild<QLineEdit*>(QStringLiteral("userName")), server.userName());
    auto* tls = dialog->findChild<QComboBox*>(QStringLiteral("sslMode"));
    tls->setCurrentIndex(tls->findData(QStringLiteral("disable")));
}

void connectFromMenu(const WindowFixture& fixture)
{
    fixture.window->findChild<QAction*>(QStringLiteral("actionConnectToServer"))->trigger();
}

} // namespace

TEST_CASE("Connecting to a server from the window: why a connection fails, the current database kept open",
          "[ui][connect]")
{
    TestDatabase server; // an observatory on the tests' PostgreSQL server
    const PasswordRole role(server);
    const QUrl serverUrl = server.location().url();
    WindowFixture fixture;

    QString defaultTls;
    QString keyringNote;
    bool keyringWorks = false;
    QString unreachable;
    QString refused;
    bool keptOpenAfterFailures = false;
    whenOpen<ConnectDialog>([&](ConnectDialog* dialog) {
        REQUIRE(QTest::qWaitFor([&] { return dialog->keyringAnswered(); }, 30000));
        auto* remember = dialog->findChild<QCheckBox*>(QStringLiteral("rememberPassword"));
        keyringWorks = remember->isEnabled();
        const auto* note = dialog->findChild<QLabel*>(QStringLiteral("keyringNote"));
        keyringNote = note->isHidden() ? QString() : note->text();
        // Shown whole, not cut to the room the dialog had before the keyring answered.
        QCoreApplication::processEvents();
        if (!note->isHidden()) {
            INFO(note->height() << " < " << note->heightForWidth(note->width()));
            CHECK(note->height() >= note->heightForWidth(note->width()));
        }
        auto* tls = dialog->findChild<QComboBox*>(QStringLiteral("sslMode"));
        defaultTls = tls->currentData().toString();
        retype(dialog->findChild<QLineEdit*>(QStringLiteral("host")), serverUrl.host());
        retype(dialog->findChild<QLineEdit*>(QStringLiteral("databaseName")), serverUrl.path().mid(1));
        retype(dialog->findChild<QLineEdit*>(QStringLiteral("userName")), role.name());
        // The tests' server has no certificate: no TLS.
        tls->setFocus();
        tls->setCurrentIndex(tls->findData(QStringLiteral("disable")));
        // Nothing listens on port 1.
        typePort(dialog, 1);
        retype(dialog->findChild<QLineEdit*>(QStringLiteral("password")), kPassword);
        clickConnect(dialog);
        unreachable = dialog->failureText();
        typePort(dialog, serverUrl.port());
        retype(dialog->findChild<QLineEdit*>(QStringLiteral("password")), QStringLiteral("wrong"));
        clickConnect(dialog);
        refused = dialog->failureText();
        QCoreApplication::processEvents();
        const auto* failure = dialog->findChild<QLabel*>(QStringLiteral("connectionFailure"));
        CHECK(failure->height() >= failure->heightForWidth(failure->width()));
        keptOpenAfterFailures = dialog->isVisible() && !fixture.onServer();
        if (keyringWorks)
            remember->setChecked(true);
        retype(dialog->findChild<QLineEdit*>(QStringLiteral("password")), kPassword);
        clickConnect(dialog);
    });
    connectFromMenu(fixture);

    CHECK(defaultTls == QStringLiteral("require"));
    INFO(unreachable.toStdString());
    CHECK(unreachable.contains(QStringLiteral("cannot be reached")));
    INFO(refused.toStdString());
    CHECK(refused.contains(QStringLiteral("refused the user or the password")));
    CHECK(keptOpenAfterFailures);
    // The right password opens the server's observatory in the window.
    REQUIRE(fixture.onServer());
    CHECK(fixture.window->database()->location().url().path() == serverUrl.path());
    CHECK(fixture.window->database()->connection().userName() == role.name());

    // Remembered among the recent databases, and nowhere in the settings the password.
    fixture.settings->sync();
    QFile ini(fixture.settingsPath);
    REQUIRE(ini.open(QIODevice::ReadOnly));
    const QByteArray saved = ini.readAll();
    CHECK(saved.contains(role.name().toUtf8()));
    CHECK_FALSE(saved.contains("mot-de-passe"));
    CHECK_FALSE(saved.contains("wrong"));

    // Opened again, the dialog offers the connection; the password comes from the keyring, or,
    // where there is none (CI: no secret service), the dialog says so and asks it again.
    if (!keyringWorks)
        CHECK(keyringNote.contains(QStringLiteral("cannot be remembered")));
    QString recent;
    QString user;
    QString passwordShown;
    bool rememberOffered = true;
    whenOpen<ConnectDialog>([&](ConnectDialog* dialog) {
        REQUIRE(QTest::qWaitFor([&] { return dialog->keyringAnswered(); }, 30000));
        recent = dialog->findChild<QComboBox*>(QStringLiteral("recentConnections"))->currentText();
        user = dialog->findChild<QLineEdit*>(QStringLiteral("userName"))->text();
        passwordShown = dialog->findChild<QLineEdit*>(QStringLiteral("password"))->text();
        auto* remember = dialog->findChild<QCheckBox*>(QStringLiteral("rememberPassword"));
        rememberOffered = remember->isEnabled();
        // Unticked: the keyring forgets it (where there is one).
        remember->setChecked(false);
        retype(dialog->findChild<QLineEdit*>(QStringLiteral("password")), kPassword);
        clickConnect(dialog);
    });
    connectFromMenu(fixture);
    CHECK(recent.contains(role.name()));
    CHECK(user == role.name());
    if (keyringWorks) {
        CHECK(passwordShown == kPassword);
    } else {
        CHECK(passwordShown.isEmpty());
        CHECK_FALSE(rememberOffered);
    }
    CHECK(fixture.onServer());
}

TEST_CASE("Connecting to a database of another program says so and keeps the current one", "[ui][connect]")
{
    const QUrl serverUrl(TestEngine::postgresServerUrl());
    const QString foreign = QStringLiteral("foreign_") + StableId::create().left(8).toLower();
    REQUIRE(TestEngine::runOnServer({QStringLiteral("CREATE DATABASE %1").arg(foreign)}).isEmpty());
    {
        // A table of another program in it.
        const QUrl url = serverUrl;
        QSqlDatabase plain = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), foreign);
        plain.setHostName(url.host());
        plain.setPort(url.port());
        plain.setUserName(url.userName());
        plain.setDatabaseName(foreign);
        REQUIRE(plain.open());
        REQUIRE(QSqlQuery(plain).exec(QStringLiteral("CREATE TABLE invoices (id integer)")));
        plain.close();
    }
    QSqlDatabase::removeDatabase(foreign);
    WindowFixture fixture;
    QString failure;
    whenOpen<ConnectDialog>([&](ConnectDialog* dialog) {
        typeAddress(dialog, serverUrl, foreign);
        clickConnect(dialog);
        failure = dialog->failureText();
        dialog->reject();
    });
    connectFromMenu(fixture);
    INFO(failure.toStdString());
    CHECK(failure.contains(QStringLiteral("not an Observatoire database")));
    CHECK_FALSE(fixture.onServer());
    CHECK(TestEngine::runOnServer({QStringLiteral("DROP DATABASE %1").arg(foreign)}).isEmpty());
}

TEST_CASE("A failed connection says in French what failed, the driver's words as a detail only",
          "[ui][connect]")
{
    const InFrench french;
    const QUrl serverUrl(TestEngine::postgresServerUrl());
    const QString missing = QStringLiteral("absente_") + StableId::create().left(8).toLower();
    WindowFixture fixture;
    struct Shown
    {
        QString failure;
        QString detail;
    };
    Shown noDatabase;
    Shown noServer;
    Shown noAnswer;
    whenOpen<ConnectDialog>([&](ConnectDialog* dialog) {
        typeAddress(dialog, serverUrl, missing);
        clickConnect(dialog);
        noDatabase = {dialog->failureText(), dialog->failureDetail()};
        // A name no resolver knows (the .invalid domain is reserved for that).
        retype(dialog->findChild<QLineEdit*>(QStringLiteral("host")),
               QStringLiteral("serveur-inconnu.invalid"));
        clickConnect(dialog);
        noServer = {dialog->failureText(), dialog->failureDetail()};
        // Nothing listens on port 1.
        retype(dialog->findChild<QLineEdit*>(QStringLiteral("host")), serverUrl.host());
        typePort(dialog, 1);
        clickConnect(dialog);
        noAnswer = {dialog->failureText(), dialog->failureDetail()};
        dialog->reject();
    });
    connectFromMenu(fixture);
    CHECK_FALSE(fixture.onServer());

    INFO(noDatabase.failure.toStdString() << "\n" << noDatabase.detail.toStdString());
    // In French typography: a narrow no-break space before « : » (Typography::french).
    CHECK(noDatabase.failure ==
          Typography::french(
              QStringLiteral("Le serveur %1 a répondu, mais n’a pas de base nommée %2 : vérifiez "
                             "le nom de la base.")
                  .arg(serverUrl.host(), missing)));
    CHECK(noDatabase.detail.startsWith(Typography::french(QStringLiteral("Détail technique : "))));
    CHECK(noDatabase.detail.contains(QStringLiteral("does not exist")));
    INFO(noServer.failure.toStdString() << "\n" << noServer.detail.toStdString());
    CHECK(noServer.failure.startsWith(
        QStringLiteral("Aucun serveur nommé serveur-inconnu.invalid n’a été trouvé")));
    CHECK(noServer.detail.contains(QStringLiteral("serveur-inconnu.invalid")));
    INFO(noAnswer.failure.toStdString() << "\n" << noAnswer.detail.toStdString());
    CHECK(noAnswer.failure.startsWith(
        QStringLiteral("Le serveur %1 ne répond pas sur le port 1").arg(serverUrl.host())));
    // The driver's English stays in the detail.
    for (const Shown& shown : {noDatabase, noServer, noAnswer}) {
        CHECK_FALSE(shown.failure.contains(QStringLiteral("connection to server")));
        CHECK_FALSE(shown.failure.contains(QStringLiteral("does not exist")));
        CHECK_FALSE(shown.detail.isEmpty());
    }
}

TEST_CASE("The keyring's own messages, quoted by the dialog, are in the interface's language",
          "[ui][connect]")
{
    // The dialog says « … (%1) » with qtkeychain's reason, which came in English inside the French
    // sentence (« Unknown error »). Its catalogue is installed beside Qt's own translations.
    const QList<QTranslator*> before = qApp->findChildren<QTranslator*>();
    const auto restore = qScopeGuard([&] {
        for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
            if (!before.contains(translator)) {
                QCoreApplication::removeTranslator(translator);
                delete translator;
            }
        }
    });
    CHECK(QCoreApplication::translate("QKeychain::JobPrivate", "Unknown error") ==
          QStringLiteral("Unknown error"));
    REQUIRE(PasswordKeyring::installTranslation(*qApp, QStringLiteral("fr")));
    CHECK(QCoreApplication::translate("QKeychain::JobPrivate", "Unknown error") ==
          QStringLiteral("Erreur inconnue"));
    CHECK(QCoreApplication::translate("QKeychain::ReadPasswordJobPrivate", "No keychain service available")
              .startsWith(QStringLiteral("Aucun")));
    // English is the library's own language: nothing to install, and nothing missing.
    CHECK(PasswordKeyring::installTranslation(*qApp, QStringLiteral("en")));
}
