#include "ClosingCallsPanel.h"

#include "Dialogs.h"
#include "schemes/SchemeCalendar.h"

#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

ClosingCallsPanel::ClosingCallsPanel(QWidget* parent)
    : QWidget(parent)
    , m_weeks(new QSpinBox(this))
    , m_list(new QListWidget(this))
    , m_export(new QPushButton(tr("Add to my calendar…"), this))
{
    setObjectName(QStringLiteral("closingCalls"));
    m_weeks->setObjectName(QStringLiteral("closingWeeks"));
    m_list->setObjectName(QStringLiteral("closingCallList"));
    m_export->setObjectName(QStringLiteral("exportCalendar"));
    m_export->setToolTip(tr("Writes these closing dates as an .ics file that calendar programs import"));
    m_weeks->setRange(1, 52);
    m_weeks->setValue(8);
    m_weeks->setSuffix(tr(" weeks"));
    m_list->setFrameShape(QFrame::NoFrame);
    // A small window keeps its size: the list scrolls rather than push the window taller.
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 2);
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* title = new QLabel(tr("<b>Calls closing</b> within"), this);
    title->setWordWrap(true);
    // Stacked, so that the panel is no wider than the places above it.
    auto* header = new QVBoxLayout;
    header->addWidget(title);
    header->addWidget(m_weeks, 0, Qt::AlignLeft);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(header);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_export);
    connect(m_weeks, &QSpinBox::valueChanged, this, &ClosingCallsPanel::refresh);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { Q_EMIT schemeRequested(item->data(Qt::UserRole).toLongLong()); });
    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { Q_EMIT schemeRequested(item->data(Qt::UserRole).toLongLong()); });
    connect(m_export, &QPushButton::clicked, this, &ClosingCallsPanel::exportCalendar);
}

void ClosingCallsPanel::setDatabase(const QSqlDatabase& db)
{
    m_db = db;
    refresh();
}

void ClosingCallsPanel::refresh()
{
    m_list->clear();
    if (!m_db.isOpen()) {
        m_export->setEnabled(false);
        return;
    }
    const QDate today = QDate::currentDate();
    const QList<SchemeCalendar::ClosingCall> calls = SchemeCalendar::closing(m_db, today, m_weeks->value());
    for (const SchemeCalendar::ClosingCall& call : calls) {
        const QString when =
            call.closesOn == today ? tr("today") : QLocale().toString(call.closesOn, QStringLiteral("d MMM"));
        const QString name = call.callLabel.isEmpty()
                                 ? call.schemeName
                                 : call.schemeName + QStringLiteral(" – ") + call.callLabel;
        auto* item = new QListWidgetItem(QStringLiteral("%1 · %2").arg(when, name), m_list);
        item->setData(Qt::UserRole, call.schemeId);
        item->setToolTip(call.funder.isEmpty() ? name : name + QStringLiteral("\n") + call.funder);
    }
    if (calls.isEmpty()) {
        auto* item = new QListWidgetItem(tr("None in the catalogue."), m_list);
        item->setFlags(Qt::NoItemFlags);
        // Not a call to pick, but a sentence to read: in the text's colour (a disabled item's grey
        // on white was 1.8:1). Upright: the packages install DejaVu Sans' upright faces only.
        item->setForeground(m_list->palette().color(QPalette::Active, QPalette::Text));
    }
    m_export->setEnabled(!calls.isEmpty());
}

void ClosingCallsPanel::exportCalendar()
{
    const QString title = tr("Add to my calendar");
    const QString path =
        Dialogs::saveFileName(this, title, tr("Calendar (*.ics)"), tr("closing-dates.ics"), true);
    if (path.isEmpty())
        return;
    const QList<SchemeCalendar::ClosingCall> calls =
        SchemeCalendar::closing(m_db, QDate::currentDate(), m_weeks->value());
    if (Status written = SchemeCalendar::writeIcs(calls, path, m_db.databaseName()); !written)
        Dialogs::error(this, title, written.message());
}
