#include "PasswordKeyring.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTranslator>

#include <qt6keychain/keychain.h>

namespace {

// The keyring's "service": the program's entries, apart from other programs'.
QString service()
{
    return QStringLiteral("Observatoire");
}

PasswordKeyring::Answer answerOf(const QKeychain::Job& job, QString password)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return {PasswordKeyring::Outcome::Found, std::move(password), {}};
    case QKeychain::EntryNotFound:
        return {PasswordKeyring::Outcome::NotFound, {}, {}};
    default:
        return {PasswordKeyring::Outcome::Unavailable, {}, job.errorString()};
    }
}

// Runs `job` (which deletes itself) and answers `done` in `context`.
void run(QKeychain::Job* job, QObject* context, std::function<void(const PasswordKeyring::Answer&)> done)
{
    job->setAutoDelete(true);
    // Never qtkeychain's fallback to a plain settings file: a password is in the keyring or nowhere.
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job* finished) {
                         const auto* reading = qobject_cast<QKeychain::ReadPasswordJob*>(finished);
                         done(answerOf(*finished, reading ? reading->textData() : QString()));
                     });
    job->start();
}

} // namespace

namespace PasswordKeyring {

void read(const QString& connection, QObject* context, std::function<void(const Answer&)> done)
{
    auto* job = new QKeychain::ReadPasswordJob(service());
    job->setKey(connection);
    run(job, context, std::move(done));
}

void write(const QString& connection, const QString& password, QObject* context,
           std::function<void(const Answer&)> done)
{
    auto* job = new QKeychain::WritePasswordJob(service());
    job->setKey(connection);
    job->setTextData(password);
    run(job, context, std::move(done));
}

void forget(const QString& connection)
{
    auto* job = new QKeychain::DeletePasswordJob(service());
    job->setKey(connection);
    job->setAutoDelete(true);
    job->start();
}

bool installTranslation(QCoreApplication& application, const QString& code)
{
    // English is qtkeychain's source language: nothing to install.
    if (code == QLatin1String("en"))
        return true;
    const QString catalogue =
        QStandardPaths::locate(QStandardPaths::GenericDataLocation,
                               QStringLiteral("qt6keychain/translations/qtkeychain_%1.qm").arg(code));
    auto* translator = new QTranslator(&application);
    if (catalogue.isEmpty() || !translator->load(catalogue)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace PasswordKeyring
