#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QCoreApplication;

// The passwords of PostgreSQL connections the adviser chose to remember, kept in the system's
// keyring (Secret Service, KWallet… through qtkeychain), never in the settings nor in clear. Each
// is kept under its connection's address without the password (DatabaseLocation::rememberedName).
// Where there is no keyring (no secret service running), nothing can be remembered: the answers
// say so, and the password is asked each time. There is no fallback to a file.
namespace PasswordKeyring {

enum class Outcome
{
    Found,      // read: the password is there (written: done)
    NotFound,   // the keyring works and holds nothing for this connection
    Unavailable // no keyring, or it refused: `error` says why
};

struct Answer
{
    Outcome outcome = Outcome::Unavailable;
    QString password;
    QString error;
};

// Each calls `done` later, in `context`'s thread, unless `context` is gone by then.
void read(const QString& connection, QObject* context, std::function<void(const Answer&)> done);
void write(const QString& connection, const QString& password, QObject* context,
           std::function<void(const Answer&)> done);
void forget(const QString& connection);

// qtkeychain's own messages (« Unknown error », « No keychain service available »), which the
// connection dialog quotes, in the interface's language `code` ("fr", "en"): its catalogue is
// installed with the library, among the system's shared data. Returns whether it was found.
bool installTranslation(QCoreApplication& application, const QString& code);

} // namespace PasswordKeyring
