#include "PreferencesDialog.h"

#include "Dialogs.h"
#include "common/CurrentUser.h"
#include "common/Preferences.h"
#include "database/SqlEngine.h"
#include "refdata/ObservatorySettings.h"
#include "refdata/Regions.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(const QSqlDatabase& db, Preferences& preferences, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_preferences(preferences)
    , m_region(new QComboBox(this))
    , m_adviser(new QLineEdit(preferences.adviserName(), this))
    , m_language(new QComboBox(this))
    , m_backups(new QSpinBox(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_region->setObjectName(QStringLiteral("region"));
    m_adviser->setObjectName(QStringLiteral("adviserName"));
    m_language->setObjectName(QStringLiteral("language"));
    m_backups->setObjectName(QStringLiteral("backupsKept"));

    const bool open = m_db.isValid() && m_db.isOpen();
    if (open) {
        for (const auto& [code, name] : Regions::all(m_db))
            m_region->addItem(name, code);
        m_region->setCurrentIndex(m_region->findData(ObservatorySettings(m_db).regionCode()));
    }
    m_region->setEnabled(open);
    // The name the history writes when this is left empty: on a server the adviser's role, else
    // the system account (common/CurrentUser.h).
    const QString unnamed = open ? SqlEngine::of(m_db).unnamedAuthor(m_db) : QString();
    m_adviser->setPlaceholderText(unnamed.isEmpty() ? CurrentUser::systemName() : unnamed);
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(preferences.language())));
    m_backups->setRange(1, 100);
    m_backups->setValue(preferences.backupsKept());

    auto* form = new QFormLayout;
    form->addRow(tr("Region of the observatory"), m_region);
    // The note starts with the region: « Commune à tous… » read as the actor type.
    auto* regionNote =
        new QLabel(tr("The region applies to everyone who opens this database: the filters and "
                      "the report take its departments."),
                   this);
    regionNote->setWordWrap(true);
    form->addRow(QString(), regionNote);
    form->addRow(tr("Your name, in the history"), m_adviser);
    form->addRow(tr("Language"), m_language);
    auto* languageNote = new QLabel(tr("A change of language applies at the next start."), this);
    languageNote->setWordWrap(true);
    form->addRow(QString(), languageNote);
    form->addRow(tr("Automatic copies kept per database"), m_backups);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(qMax(sizeHint().width(), 520), sizeHint().height());
}

void PreferencesDialog::accept()
{
    const QString region = m_region->currentData().toString();
    if (m_region->isEnabled() && !region.isEmpty() && region != ObservatorySettings(m_db).regionCode()) {
        if (Status saved = ObservatorySettings(m_db).setRegionCode(region); !saved) {
            Dialogs::error(this, windowTitle(), Dialogs::sentences(saved.problems()));
            return;
        }
        Q_EMIT regionChanged();
    }
    if (m_adviser->text().trimmed() != m_preferences.adviserName()) {
        m_preferences.setAdviserName(m_adviser->text());
        CurrentUser::setOverride(m_preferences.adviserName());
    }
    m_preferences.setLanguage(m_language->currentData().toString());
    m_preferences.setBackupsKept(m_backups->value());
    m_preferences.sync();
    QDialog::accept();
}
