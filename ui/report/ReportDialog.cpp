#include "ReportDialog.h"

#include "AppSettings.h"
#include "Dialogs.h"
#include "ReportTableView.h"
#include "database/Database.h"
#include "report/ReportBuilder.h"
#include "report/ReportFiles.h"
#include "report/ReportFormat.h"
#include "report/ReportHtml.h"

#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include <memory>
#include <utility>

ReportDialog::ReportDialog(const QSqlDatabase& db, AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_settings(settings)
    , m_year(new QSpinBox(this))
    , m_format(new QComboBox(this))
    , m_exportButton(new QPushButton(tr("E&xport…"), this))
    , m_status(new QLabel(this))
    , m_scroll(new QScrollArea(this))
{
    setWindowTitle(tr("Yearly report"));
    // 900 × 720 where the screen has room, within it where it has not (a 1024 × 700 screen cut
    // the Close button off); the frame of the window manager is left room.
    const QScreen* screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    const QSize room = screen ? screen->availableGeometry().size() - QSize(40, 60) : QSize(900, 720);
    resize(QSize(900, 720).boundedTo(room));
    m_year->setObjectName(QStringLiteral("year"));
    // Up to the current year, whose figures are provisional; none for a year to come.
    m_year->setRange(ReportBuilder::kFirstYear, ReportBuilder::lastYear());
    m_year->setKeyboardTracking(false); // computed once the year is typed, not at each digit
    m_year->setValue(settings.reportYear());
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("PDF for print"), QStringLiteral("pdf"));
    m_format->addItem(tr("HTML page"), QStringLiteral("html"));
    m_format->addItem(tr("Excel workbook"), QStringLiteral("xlsx"));
    m_format->addItem(tr("CSV tables in a folder"), QStringLiteral("csv"));
    m_format->setCurrentIndex(qMax(0, m_format->findData(settings.reportFormat())));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_status->setObjectName(QStringLiteral("status"));
    m_scroll->setObjectName(QStringLiteral("dashboard"));
    m_scroll->setWidgetResizable(true);

    auto* top = new QHBoxLayout;
    auto* yearLabel = new QLabel(tr("&Reference year:"), this);
    yearLabel->setBuddy(m_year);
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addStretch(1);
    top->addWidget(m_format);
    top->addWidget(m_exportButton);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_scroll, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    connect(m_year, &QSpinBox::valueChanged, this, &ReportDialog::compute);
    connect(m_exportButton, &QPushButton::clicked, this, &ReportDialog::exportReport);
    compute();
}

ReportDialog::~ReportDialog()
{
    // SQLite cannot be stopped in the middle of a query: closing waits for the figures (a second
    // at the observatory's sizes, half a minute at a million records).
    if (m_worker) {
        m_worker->disconnect(this);
        m_worker->wait();
        delete m_worker;
    }
}

void ReportDialog::compute()
{
    if (m_worker) {
        m_yearChangedMeanwhile = true; // computed again once this one is done
        return;
    }
    const int year = m_year->value();
    // A copy of the connection, not the connection: a connection belongs to its thread.
    const QString source = m_db.connectionName();
    auto result = std::make_shared<Result<Report>>(Report());
    m_worker = QThread::create([source, year, result] {
        Database reader;
        // Writable as the window's is: the report's second reader takes a write lock for a moment
        // (SecondConnection).
        if (const DatabaseStatus opened = reader.openCopyOf(source, Database::Access::ReadWrite); opened.ok())
            *result = ReportBuilder(reader.connection()).build(year);
        else
            *result = Result<Report>::failure(opened.message);
    });
    connect(m_worker, &QThread::finished, this, [this, result, year] {
        m_worker->deleteLater();
        m_worker = nullptr;
        computed(*result, year);
        if (std::exchange(m_yearChangedMeanwhile, false) && m_year->value() != year)
            compute();
    });
    m_exportButton->setEnabled(false);
    m_status->setText(tr("Computing the report of %1…").arg(year));
    m_worker->start();
}

void ReportDialog::computed(const Result<Report>& result, int year)
{
    if (!result) {
        m_status->setText(result.message());
        return;
    }
    m_settings.setReportYear(year);
    m_report = result.value();
    m_exportButton->setEnabled(true);
    m_status->clear();
    showReport();
}

void ReportDialog::showReport()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* title = new QLabel(ReportHtml::title(m_report), page);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    title->setWordWrap(true);
    layout->addWidget(title);
    for (const QString& notice : ReportHtml::notices(m_report)) {
        auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(notice.toHtmlEscaped()), page);
        label->setObjectName(QStringLiteral("notice"));
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    const auto heading = [&](const QString& text) {
        auto* label = new QLabel(text, page);
        QFont font = label->font();
        font.setPointSizeF(font.pointSizeF() * 1.35);
        font.setBold(true);
        label->setFont(font);
        label->setContentsMargins(0, 16, 0, 0);
        layout->addWidget(label);
    };
    for (int i = 0; i < m_report.sections.size(); ++i) {
        const ReportSection& section = m_report.sections.at(i);
        heading(QStringLiteral("%1. %2").arg(i + 1).arg(section.title));
        if (!section.introduction.isEmpty()) {
            auto* introduction = new QLabel(section.introduction, page);
            introduction->setWordWrap(true);
            layout->addWidget(introduction);
        }
        for (const ReportTable& table : section.tables)
            layout->addWidget(new ReportTableView(table, m_report, page));
    }
    heading(tr("Methodology"));
    for (const ReportRules::Statement& rule : m_report.methodology) {
        auto* text =
            new QLabel(QStringLiteral("<b>%1.</b> %2")
                           .arg(ReportFormat::typography(rule.title, m_report.locale()).toHtmlEscaped(),
                                ReportFormat::typography(rule.text, m_report.locale()).toHtmlEscaped()),
                       page);
        text->setWordWrap(true);
        layout->addWidget(text);
    }
    layout->addStretch(1);
    const int scrolled = m_scroll->verticalScrollBar() ? m_scroll->verticalScrollBar()->value() : 0;
    delete m_scroll->takeWidget();
    m_scroll->setWidget(page);
    m_scroll->verticalScrollBar()->setValue(scrolled);
}

void ReportDialog::exportReport()
{
    const QString format = m_format->currentData().toString();
    m_settings.setReportFormat(format);
    const bool folder = format == QLatin1String("csv");
    const QString name = folder ? tr("report-tables-%1").arg(m_report.year)
                                : tr("report-%1.%2").arg(m_report.year).arg(format);
    const QString suggested = QDir(m_settings.reportFolder()).filePath(name);
    QString path = Dialogs::saveFileName(
        this, tr("Export the report"),
        folder ? tr("Folder (*)") : tr("%1 files (*.%2)").arg(format.toUpper(), format), suggested, !folder);
    if (path.isEmpty())
        return;
    if (folder && !path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    else if (!folder && QFileInfo(path).suffix().toLower() != format)
        path += QLatin1Char('.') + format;
    m_settings.setReportFolder(QFileInfo(folder ? path.chopped(1) : path).absolutePath());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = ReportFiles::write(m_report, path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        Dialogs::error(this, tr("Export the report"), written.message());
        return;
    }
    m_status->setText(tr("Report %1 written to %2").arg(m_report.year).arg(QDir::toNativeSeparators(path)));
}
