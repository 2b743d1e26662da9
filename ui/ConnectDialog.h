#pragma once

#include "database/DatabaseLocation.h"
#include "database/DatabaseStatus.h"

#include <QDialog>

#include <functional>

class AppSettings;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// File › Connect to a server: the address of an observatory on a PostgreSQL server (host, port,
// database, the adviser's role, TLS), the recent connections (the settings' recent databases that
// are servers, never with a password), and the password: read from the system keyring when the
// adviser chose to remember it (PasswordKeyring), else typed each time. The dialog tries the
// connection itself and stays open on a failure, saying why (password refused, server
// unreachable, not an Observatoire database, newer schema); the window's database stays open
// until a connection succeeds.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    // Opens the location (with the typed password) in the window; a failure leaves it as it was.
    using Opener = std::function<DatabaseStatus(const DatabaseLocation&)>;

    // `preselected`: a recent connection to show first (a server of the Recent databases menu).
    ConnectDialog(const AppSettings& settings, Opener open, QWidget* parent = nullptr,
                  const QString& preselected = QString());

    // The address the fields make, without password; nullopt when a field is missing.
    std::optional<DatabaseLocation> location() const;
    // The last failure shown (empty when none), for tests.
    QString failureText() const;
    // The driver's words shown under it (empty when none), for tests.
    QString failureDetail() const;
    // True once the keyring answered whether it holds the shown connection's password.
    bool keyringAnswered() const { return m_keyringAnswered; }

    // The TLS modes offered (libpq's sslmode), the first the default.
    static QStringList sslModes();

private:
    void showConnection(const QString& remembered);
    void askKeyring();
    void tryConnecting();
    void connected(const DatabaseLocation& location, const QString& password);
    void showFailure(const QString& text, const QString& detail = QString());
    // Shows a wrapped message below the fields, the dialog grown to show it whole: a message that
    // comes after the dialog is shown (the keyring answers later) found no room and was cut.
    void showNote(QLabel* label, const QString& text);
    struct Failure
    {
        QString reason; // in the adviser's words and language
        QString detail; // the driver's or server's own
    };
    static Failure reasonOf(const DatabaseStatus& status, const DatabaseLocation& location);

    Opener m_open;
    QComboBox* m_recent;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QComboBox* m_sslMode;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QLabel* m_keyringNote;
    QLabel* m_failure;
    QLabel* m_failureDetail;
    QDialogButtonBox* m_buttons;
    bool m_keyringAnswered = false;
    bool m_keyringWorks = false;
    // The keyring held the password of the shown connection (unticking forgets it).
    bool m_passwordRemembered = false;
};
