#include "WelcomePage.h"

#include "i18n/Typography.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto* title = new QLabel(tr("This observatory is empty"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* text =
        new QLabel(tr("It will hold the region's actors, their foreign partners, their partnerships and "
                      "twinnings, and their projects. To begin:"),
                   this);
    text->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(title);
    layout->addWidget(text);
    const auto addWay = [this, layout](const QString& objectName, const QString& label, const QString& detail,
                                       void (WelcomePage::*signal)()) {
        auto* button = new QPushButton(label, this);
        button->setObjectName(objectName);
        button->setMinimumHeight(button->sizeHint().height() * 3 / 2);
        connect(button, &QPushButton::clicked, this, signal);
        auto* note = new QLabel(detail, this);
        note->setWordWrap(true);
        note->setStyleSheet(QStringLiteral("QLabel { color: #555; }"));
        layout->addSpacing(8);
        layout->addWidget(button);
        layout->addWidget(note);
    };
    addWay(QStringLiteral("welcomeCreate"), tr("Record a first actor…"),
           tr("A municipality, an association, a school… then its partnerships (%1, Ctrl+N).")
               .arg(Typography::unbroken(tr("Edit › New record"))),
           &WelcomePage::createRequested);
    addWay(QStringLiteral("welcomeImport"), tr("Import a spreadsheet…"),
           tr("A CSV file saved from Excel: actors, partners, partnerships, projects or funding (Ctrl+I)."),
           &WelcomePage::importRequested);
    addWay(QStringLiteral("welcomeDemo"), tr("Try the demonstration observatory"),
           tr("A separate database of invented records, to look around without touching this one."),
           &WelcomePage::demoRequested);
    addWay(QStringLiteral("welcomeOpen"), tr("Open another database…"),
           tr("A database file a colleague gave you, or a copy (Ctrl+O)."), &WelcomePage::openRequested);
    layout->addStretch(2);
    // Centred, the page would take the width of its widest button, and its texts would wrap into
    // a narrow column taller than the window.
    setMinimumWidth(qMin(640, fontMetrics().averageCharWidth() * 70));
    setMaximumWidth(640);
}
