#include "ConnectDialog.h"

#include "AppSettings.h"
#include "Dialogs.h"
#include "PasswordKeyring.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace {

constexpr int kDefaultPort = 5432;

QString sslModeOf(const DatabaseLocation& location)
{
    return QUrlQuery(location.url()).queryItemValue(QStringLiteral("sslmode"));
}

// A wrapped note under the fields that can be copied (for the IT contact), hidden until a failure.
QLabel* failureLabel(const QString& name, const QString& color, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(color));
    label->hide();
    return label;
}

} // namespace

QStringList ConnectDialog::sslModes()
{
    // require first: encrypted without a certificate to install, as docs/team.md sets servers up.
    return {QStringLiteral("require"), QStringLiteral("verify-full"), QStringLiteral("verify-ca"),
            QStringLiteral("prefer"), QStringLiteral("disable")};
}

ConnectDialog::ConnectDialog(const AppSettings& settings, Opener open, QWidget* parent,
                             const QString& preselected)
    : QDialog(parent)
    , m_open(std::move(open))
{
    setWindowTitle(tr("Connect to a server"));
    auto* intro = new QLabel(tr("An observatory shared by several advisers lives on a PostgreSQL server. "
                                "Your IT contact gives you its address and your user name."),
                             this);
    intro->setWordWrap(true);

    m_recent = new QComboBox(this);
    m_recent->setObjectName(QStringLiteral("recentConnections"));
    m_recent->addItem(tr("New connection"), QString());
    for (const QString& remembered : settings.recentDatabases()) {
        const std::optional<DatabaseLocation> location = DatabaseLocation::parse(remembered);
        if (location && location->backend() == DatabaseLocation::Backend::Postgres)
            m_recent->addItem(location->displayName(), location->rememberedName());
    }

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("host"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(kDefaultPort);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("databaseName"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userName"));
    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    const QStringList descriptions{
        tr("Encrypted (require)"), tr("Encrypted, server certificate and name checked (verify-full)"),
        tr("Encrypted, server certificate checked (verify-ca)"),
        tr("Encrypted when the server offers it (prefer)"), tr("Not encrypted (disable)")};
    for (qsizetype i = 0; i < sslModes().size(); ++i)
        m_sslMode->addItem(descriptions.at(i), sslModes().at(i));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("Remember the password (in the system keyring)"), this);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_keyringNote = new QLabel(this);
    m_keyringNote->setObjectName(QStringLiteral("keyringNote"));
    m_keyringNote->setWordWrap(true);
    m_keyringNote->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Recent connections"), m_recent);
    form->addRow(tr("Server"), m_host);
    form->addRow(tr("Port"), m_port);
    form->addRow(tr("Database"), m_database);
    form->addRow(tr("User"), m_user);
    form->addRow(tr("Security (TLS)"), m_sslMode);
    form->addRow(tr("Password"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_keyringNote);

    m_failure = failureLabel(QStringLiteral("connectionFailure"), QStringLiteral("#a40000"), this);
    // The driver's own words, in English whatever the interface's language: for the IT contact,
    // under the adviser's sentence.
    m_failureDetail = failureLabel(QStringLiteral("connectionDetail"), QStringLiteral("#555"), this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* connectButton = m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setObjectName(QStringLiteral("connectButton"));
    connectButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::tryConnecting);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_failure);
    layout->addWidget(m_failureDetail);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    // The latest connection first, or the one the Recent databases menu named.
    const int chosen =
        preselected.isEmpty() ? (m_recent->count() > 1 ? 1 : 0) : m_recent->findData(preselected);
    m_recent->setCurrentIndex(qMax(chosen, 0));
    showConnection(m_recent->currentData().toString());
    connect(m_recent, &QComboBox::currentIndexChanged, this,
            [this] { showConnection(m_recent->currentData().toString()); });
}

void ConnectDialog::showConnection(const QString& remembered)
{
    const std::optional<DatabaseLocation> location = DatabaseLocation::parse(remembered);
    if (location && location->backend() == DatabaseLocation::Backend::Postgres) {
        const QUrl url = location->url();
        m_host->setText(url.host());
        m_port->setValue(url.port(kDefaultPort));
        m_database->setText(url.path().mid(1));
        m_user->setText(url.userName());
        const int mode = m_sslMode->findData(sslModeOf(*location));
        // A connection without sslmode is libpq's default, prefer.
        m_sslMode->setCurrentIndex(mode >= 0 ? mode : m_sslMode->findData(QStringLiteral("prefer")));
    } else {
        m_host->clear();
        m_port->setValue(kDefaultPort);
        m_database->clear();
        m_user->clear();
        m_sslMode->setCurrentIndex(0);
    }
    m_password->clear();
    m_failure->hide();
    m_failureDetail->hide();
    askKeyring();
    (m_host->text().isEmpty() ? m_host : m_password)->setFocus();
}

void ConnectDialog::askKeyring()
{
    m_keyringAnswered = false;
    m_passwordRemembered = false;
    m_remember->setChecked(false);
    // Offered once the keyring has said it is there.
    m_remember->setEnabled(false);
    const QString key = m_recent->currentData().toString();
    // Also for a new connection: whether a keyring is there at all shows before anything is typed.
    PasswordKeyring::read(key.isEmpty() ? QStringLiteral("(probe)") : key, this,
                          [this, key](const PasswordKeyring::Answer& answer) {
                              if (m_recent->currentData().toString() != key)
                                  return; // another connection is shown meanwhile
                              m_keyringAnswered = true;
                              m_keyringWorks = answer.outcome != PasswordKeyring::Outcome::Unavailable;
                              m_remember->setEnabled(m_keyringWorks);
                              if (!m_keyringWorks) {
                                  showNote(m_keyringNote,
                                           tr("The password cannot be remembered on this computer: no "
                                              "system keyring answers (%1). It is asked at each connection.")
                                               .arg(answer.error));
                                  return;
                              }
                              m_keyringNote->hide();
                              if (answer.outcome == PasswordKeyring::Outcome::Found && !key.isEmpty()) {
                                  m_passwordRemembered = true;
                                  m_remember->setChecked(true);
                                  if (m_password->text().isEmpty())
                                      m_password->setText(answer.password);
                              }
                          });
}

std::optional<DatabaseLocation> ConnectDialog::location() const
{
    if (m_host->text().trimmed().isEmpty() || m_database->text().trimmed().isEmpty() ||
        m_user->text().trimmed().isEmpty())
        return std::nullopt;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    url.setUserName(m_user->text().trimmed());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sslmode"), m_sslMode->currentData().toString());
    url.setQuery(query);
    return DatabaseLocation::parse(url.toString());
}

QString ConnectDialog::failureText() const
{
    return m_failure->isHidden() ? QString() : m_failure->text();
}

QString ConnectDialog::failureDetail() const
{
    return m_failureDetail->isHidden() ? QString() : m_failureDetail->text();
}

void ConnectDialog::showFailure(const QString& text, const QString& detail)
{
    m_failureDetail->setVisible(!detail.isEmpty());
    if (!detail.isEmpty())
        m_failureDetail->setText(tr("Technical detail: %1").arg(detail));
    showNote(m_failure, text);
}

void ConnectDialog::showNote(QLabel* label, const QString& text)
{
    label->setText(text);
    label->show();
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

ConnectDialog::Failure ConnectDialog::reasonOf(const DatabaseStatus& status, const DatabaseLocation& location)
{
    // What failed, named: the server, the database, the user — the driver's words as a detail.
    const QUrl url = location.url();
    const QString host = url.host();
    const QString database = url.path().mid(1);
    QString reason;
    switch (status.failure) {
    case DatabaseFailure::Refused:
        reason = tr("The server %1 refused the user or the password (user %2). Check them and try again.")
                     .arg(host, url.userName());
        break;
    case DatabaseFailure::UnknownServer:
        reason = tr("No server named %1 was found: check the server's name, and that this computer is on the "
                    "network.")
                     .arg(host);
        break;
    case DatabaseFailure::NoSuchDatabase:
        reason = tr("The server %1 answered, but has no database named %2: check the database's name.")
                     .arg(host, database);
        break;
    case DatabaseFailure::Unavailable:
        reason = tr("The server %1 cannot be reached on port %2, or refused the connection: check the port "
                    "and the security setting, and that this computer is on the network.")
                     .arg(host, QString::number(url.port(kDefaultPort)));
        break;
    case DatabaseFailure::NotObservatoire:
    case DatabaseFailure::Empty:
        reason = tr("The database %1 on %2 is not an Observatoire database.").arg(database, host);
        break;
    case DatabaseFailure::NewerSchema:
        reason =
            tr("This database was written by a newer version of Observatoire: update the program first.");
        break;
    default:
        break;
    }
    if (reason.isEmpty())
        return {status.message, status.detail};
    return {reason, status.detail.isEmpty() ? status.message : status.detail};
}

void ConnectDialog::tryConnecting()
{
    const std::optional<DatabaseLocation> address = location();
    if (!address) {
        showFailure(tr("Fill in the server, the database and the user."));
        return;
    }
    const QString password = m_password->text();
    const DatabaseStatus status = m_open(address->withPassword(password));
    if (!status.ok()) {
        const Failure failure = reasonOf(status, *address);
        showFailure(failure.reason, failure.detail);
        if (status.failure == DatabaseFailure::Refused) {
            m_password->setFocus();
            m_password->selectAll();
        }
        return;
    }
    connected(*address, password);
}

void ConnectDialog::connected(const DatabaseLocation& location, const QString& password)
{
    const QString key = location.rememberedName();
    if (!m_keyringWorks || !m_remember->isChecked()) {
        // Unticked: a password remembered before is forgotten.
        if (m_keyringWorks && m_passwordRemembered)
            PasswordKeyring::forget(key);
        accept();
        return;
    }
    // The window is on the new database already; the dialog closes once the keyring has answered.
    m_buttons->setEnabled(false);
    PasswordKeyring::write(key, password, this, [this](const PasswordKeyring::Answer& answer) {
        if (answer.outcome == PasswordKeyring::Outcome::Unavailable)
            Dialogs::error(this, tr("Password not remembered"),
                           tr("The connection is open, but the system keyring did not keep the password "
                              "(%1): it will be asked next time.")
                               .arg(answer.error));
        accept();
    });
}
