#include "ReportPdfWriter.h"

#include "ReportHtml.h"

#include <QAbstractTextDocumentLayout>
#include <QFileDevice>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <QUrl>

#include <memory>

namespace {

constexpr int kChartScale = 2;
constexpr int kResolution = 300;
// The text is laid out at 96 dots per inch, whatever the screen (the same pages from the window
// and from the command line), then scaled to the PDF's resolution.
constexpr double kLayoutDpi = 96;
constexpr double kMarginMm = 18;
constexpr double kFooterMm = 9; // the page number's baseline, from the bottom of the sheet
// A table whose first or last page would hold fewer rows than this is laid out again.
constexpr int kFewestRows = 3;

double layoutUnits(double millimetres)
{
    return millimetres / 25.4 * kLayoutDpi;
}

QSizeF contentSize()
{
    const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
    return {layoutUnits(a4.width() - 2 * kMarginMm), layoutUnits(a4.height() - 2 * kMarginMm)};
}

// The charts as images, drawn once: the page is laid out several times.
QHash<QString, QImage> chartImages(const Report& report)
{
    QHash<QString, QImage> images;
    for (const ReportSection& section : report.sections) {
        for (const ReportTable& table : section.tables) {
            const QString svg = ReportHtml::chart(table, report.locale());
            if (svg.isEmpty())
                continue;
            QSvgRenderer renderer(svg.toUtf8());
            // Drawn to the printed width, at twice the resolution so that it stays sharp on paper.
            const QSize size =
                renderer.defaultSize().scaled(ReportHtml::kPrintedChartWidth, 10000, Qt::KeepAspectRatio);
            QImage image(size * kChartScale, QImage::Format_RGB32);
            image.setDevicePixelRatio(kChartScale);
            image.fill(Qt::white);
            QPainter painter(&image);
            renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
            painter.end();
            images.insert(table.id, image);
        }
    }
    return images;
}

// The page, laid out with its page breaks, and where its blocks fall.
class Pages
{
public:
    Pages(const Report& report, const QHash<QString, QImage>& images)
        : m_report(report)
        , m_images(images)
        , m_device(1, 1, QImage::Format_RGB32)
        , m_partAnchors(ReportHtml::partAnchors(report))
    {
        const int dotsPerMetre = qRound(kLayoutDpi / 0.0254);
        m_device.setDotsPerMeterX(dotsPerMetre);
        m_device.setDotsPerMeterY(dotsPerMetre);
        build();
        // Laid out again with the widths of the tables that the text layout shared badly.
        if (fitColumns())
            build();
        for (int attempt = 0; attempt < 200 && fixFirstProblem(); ++attempt)
            build();
        // The contents, on a page of its own before every part, then gets the parts' page numbers:
        // laid out again with them, nothing after it moves (checked, and done again if it did).
        for (int attempt = 0; attempt < 3 && m_breaks.partPages != m_layout.partPages; ++attempt) {
            m_breaks.partPages = m_layout.partPages;
            build();
        }
        m_layout.contentsPages = m_breaks.partPages;
    }

    QTextDocument& document() { return *m_document; }
    double pageHeight() const { return m_document->pageSize().height(); }
    ReportPdfWriter::Layout layout() const { return m_layout; }

private:
    int pageOf(double y) const { return static_cast<int>(y / pageHeight()); }

    void build()
    {
        m_document = std::make_unique<QTextDocument>();
        m_document->documentLayout()->setPaintDevice(&m_device);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(9);
        m_document->setDefaultFont(font);
        for (auto it = m_images.cbegin(); it != m_images.cend(); ++it)
            m_document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:") + it.key()),
                                    it.value());
        m_document->setPageSize(contentSize());
        m_document->setHtml(ReportHtml::page(m_report, ReportHtml::Charts::ImageReferences, m_breaks));
        measure();
    }

    // The text of a table's cell, and its width whole and that of its longest word.
    struct CellText
    {
        double whole = 0;
        double longestWord = 0;
        bool figure = false; // set right, as numbers are
    };
    CellText cellText(const QTextTableCell& cell) const
    {
        QTextCursor cursor = cell.firstCursorPosition();
        // The format of its first character (a header's bold), not of the block it begins.
        QTextCursor first = cursor;
        first.movePosition(QTextCursor::NextCharacter);
        const QFont font = first.charFormat().font().resolve(m_document->defaultFont());
        const QFontMetricsF metrics(font, &m_device);
        cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
        const QString text = cursor.selectedText();
        CellText measured;
        measured.whole = metrics.horizontalAdvance(text);
        for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            measured.longestWord = qMax(measured.longestWord, metrics.horizontalAdvance(word));
        measured.figure = cell.firstCursorPosition().blockFormat().alignment() & Qt::AlignRight;
        return measured;
    }

    // The text layout shares a table too wide for the page among its columns evenly, whatever
    // they hold: the names of a table of several columns of figures went over four or five lines
    // in a column as narrow as a percentage's. The columns of figures get what their widest
    // figure and their header's longest word need (a header wraps between its words); the names
    // the rest, each as much of it as its longest name asks for.
    // Gives the tables that need them their columns' widths; false when none does.
    bool fitColumns()
    {
        bool fitted = false;
        QString id; // of the titled block the table belongs to
        for (auto it = m_document->rootFrame()->begin(); !it.atEnd(); ++it) {
            if (!it.currentFrame()) {
                if (const QString anchor = anchorOf(it.currentBlock()); !anchor.isEmpty())
                    id = anchor;
                continue;
            }
            auto* table = qobject_cast<QTextTable*>(it.currentFrame());
            if (!table || table->columns() < 2 || id.isEmpty() || m_breaks.columnWidths.contains(id))
                continue;
            const QTextTableFormat format = table->format();
            const int header = format.headerRowCount();
            const double padding = 2 * (format.cellPadding() + format.border()) + 2;
            QList<double> wanted(table->columns(), 0); // whole
            QList<double> least(table->columns(), 0);  // without breaking a word
            QList<bool> figures(table->columns(), table->rows() > header);
            for (int c = 0; c < table->columns(); ++c) {
                for (int r = 0; r < table->rows(); ++r) {
                    const CellText cell = cellText(table->cellAt(r, c));
                    if (r >= header && !cell.figure)
                        figures[c] = false;
                    // A figure never wraps; a name or a header may, between its words.
                    const bool wraps = r < header || !cell.figure;
                    wanted[c] = qMax(wanted[c], cell.whole + padding);
                    least[c] = qMax(least[c], (wraps ? cell.longestWord : cell.whole) + padding);
                }
            }
            const double available =
                m_document->pageSize().width() - (table->columns() + 1) * format.border() - 4;
            double figuresWidth = 0;
            double namesWanted = 0;
            double namesLeast = 0;
            for (int c = 0; c < table->columns(); ++c) {
                figuresWidth += figures[c] ? least[c] : 0;
                namesWanted += figures[c] ? 0 : wanted[c];
                namesLeast += figures[c] ? 0 : least[c];
            }
            double total = 0;
            for (const double width : std::as_const(wanted))
                total += width;
            // It fits whole, or there is nothing to share.
            if (total <= available || namesWanted == 0 || figuresWidth + namesLeast > available)
                continue;
            const double namesRoom = qMin(available - figuresWidth, namesWanted);
            QList<double> widths;
            double sum = 0;
            for (int c = 0; c < table->columns(); ++c) {
                widths << (figures[c] ? least[c] : qMax(least[c], namesRoom * wanted[c] / namesWanted));
                sum += widths.last();
            }
            for (double& width : widths)
                width = 100 * width / sum;
            m_breaks.columnWidths.insert(id, widths);
            fitted = true;
        }
        return fitted;
    }

    // The block's title anchor, if it starts a titled block.
    static QString anchorOf(const QTextBlock& block)
    {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            for (const QString& name : fragment.fragment().charFormat().anchorNames()) {
                if (name.startsWith(QLatin1String("title:")))
                    return name.mid(6);
            }
        }
        return {};
    }

    // The anchor of a part's heading ("part1"…, "methodology"), if the block is one.
    QString partAnchorOf(const QTextBlock& block) const
    {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            for (const QString& name : fragment.fragment().charFormat().anchorNames()) {
                if (m_partAnchors.contains(name))
                    return name;
            }
        }
        return {};
    }

    struct Row
    {
        int index = 0; // in the report's table
        double top = 0;
        double bottom = 0;
    };
    struct Measured
    {
        ReportPdfWriter::Block block;
        double top = 0;
        double bottom = 0;
        QList<Row> rows;
        QList<int>
            chunkStarts; // the first row of each of its tables (a table the writer split goes on in another)
        int textBlocks = 0;     // after the title
        int firstTextPage = -1; // of the first line of the first text after the title (not a table's base)
    };

    void measure()
    {
        QAbstractTextDocumentLayout* layout = m_document->documentLayout();
        m_measured.clear();
        m_layout = {};
        Measured* current = nullptr;
        QTextFrame* root = m_document->rootFrame();
        for (auto it = root->begin(); !it.atEnd(); ++it) {
            if (QTextFrame* frame = it.currentFrame()) {
                auto* table = qobject_cast<QTextTable*>(frame);
                if (!current || !table)
                    continue;
                const int header = table->format().headerRowCount();
                current->chunkStarts << static_cast<int>(current->rows.size());
                for (int r = header; r < table->rows(); ++r) {
                    const QTextBlock name = table->cellAt(r, 0).firstCursorPosition().block();
                    const QRectF cell = layout->blockBoundingRect(name); // lays the cell out
                    current->block.nameLines = qMax(current->block.nameLines, name.layout()->lineCount());
                    const int index = current->rows.isEmpty() ? 0 : current->rows.last().index + 1;
                    current->rows.append({index, cell.top(), cell.bottom()});
                }
                current->bottom = qMax(current->bottom, layout->frameBoundingRect(table).bottom());
                continue;
            }
            const QTextBlock block = it.currentBlock();
            const QRectF rect = layout->blockBoundingRect(block);
            if (const QString part = partAnchorOf(block); !part.isEmpty())
                m_layout.partPages.insert(part, pageOf(rect.top() + 1) + 1);
            const QString anchor = anchorOf(block);
            if (!anchor.isEmpty() || block.blockFormat().headingLevel() > 0) {
                if (current)
                    finish(*current);
                current = nullptr;
                if (!anchor.isEmpty()) {
                    m_measured.append(Measured{});
                    current = &m_measured.last();
                    current->block.id = anchor;
                    current->top = rect.top();
                    current->bottom = rect.bottom();
                    current->block.titlePage = pageOf(rect.top() + 1);
                }
                continue;
            }
            if (!current || block.text().trimmed().isEmpty())
                continue;
            current->bottom = qMax(current->bottom, rect.bottom());
            // The first text after a table's title is its base, which goes with the title.
            const bool isBase =
                current->textBlocks == 0 && !current->block.id.startsWith(QLatin1String("rule:"));
            ++current->textBlocks;
            if (current->firstTextPage < 0 && !isBase) {
                const QTextLayout* lines = block.layout();
                const double firstLine = lines && lines->lineCount() > 0
                                             ? rect.top() + lines->lineAt(0).rect().bottom() - 1
                                             : rect.top() + 1;
                current->firstTextPage = pageOf(firstLine);
            }
        }
        if (current)
            finish(*current);
        m_layout.pages = m_document->pageCount();
        for (const Measured& measured : std::as_const(m_measured))
            m_layout.blocks << measured.block;
    }

    void finish(Measured& measured) const
    {
        ReportPdfWriter::Block& block = measured.block;
        block.lastPage = pageOf(measured.bottom - 1);
        block.height = (measured.bottom - measured.top) / pageHeight();
        // What follows the title and its base: the chart, or the table's first row, or the text.
        block.firstContentPage = measured.firstTextPage >= 0 ? measured.firstTextPage
                                 : !measured.rows.isEmpty()  ? pageOf(measured.rows.first().top + 1)
                                                             : block.titlePage;
        for (qsizetype r = 1; r < measured.rows.size(); ++r) {
            if (pageOf(measured.rows.at(r).top + 1) != pageOf(measured.rows.at(r - 1).top + 1) &&
                !measured.chunkStarts.contains(static_cast<int>(r)))
                block.headerOnEachPage = false;
        }
        for (const Row& row : std::as_const(measured.rows)) {
            const int page = pageOf(row.top + 1) - pageOf(measured.rows.first().top + 1);
            while (block.rowsPerPage.size() <= page)
                block.rowsPerPage << 0;
            ++block.rowsPerPage[page];
        }
    }

    // Adds the page break that the first block laid out wrong needs; false when none does.
    bool fixFirstProblem()
    {
        for (const Measured& m : std::as_const(m_measured)) {
            const ReportPdfWriter::Block& b = m.block;
            const bool atTop = m.top - pageOf(m.top + 1) * pageHeight() < pageHeight() * 0.05;
            const bool fits = m.bottom - m.top < pageHeight() * 0.97;
            // A title alone at the bottom of a page, or a block that would fit one page split.
            if ((b.titlePage != b.firstContentPage || (b.lastPage != b.titlePage && fits)) && !atTop &&
                !m_breaks.beforeTitle.contains(b.id)) {
                m_breaks.beforeTitle.insert(b.id);
                return true;
            }
            if (b.rowsPerPage.size() < 2)
                continue;
            // One or two rows under the title and its chart: the whole block on the next page.
            if (b.rowsPerPage.first() < kFewestRows && !atTop && !m_breaks.beforeTitle.contains(b.id)) {
                m_breaks.beforeTitle.insert(b.id);
                return true;
            }
            // A table that the text layout splits across pages stretches its last row to the
            // page's end: it is split here instead, its header repeated, one row before the first
            // row of the next page (the table's bottom border needs that room: split at that very
            // row, the next part would begin a page later) — or a few rows earlier, so that the
            // last page holds more than one or two.
            const int total = static_cast<int>(m.rows.size());
            QList<int>& splits = m_breaks.beforeRow[b.id];
            for (qsizetype chunk = 0; chunk < m.chunkStarts.size(); ++chunk) {
                const int first = m.chunkStarts.at(chunk);
                const int end = chunk + 1 < m.chunkStarts.size() ? m.chunkStarts.at(chunk + 1) : total;
                // A part that begins a page too far: its split one row earlier.
                if (chunk > 0 &&
                    pageOf(m.rows.at(first).top + 1) > pageOf(m.rows.at(first - 1).top + 1) + 1 &&
                    first - 1 - m.chunkStarts.at(chunk - 1) >= kFewestRows && splits.contains(first)) {
                    splits.replace(splits.indexOf(first), first - 1);
                    return true;
                }
                const int page = pageOf(m.rows.at(first).top + 1);
                int next = -1;
                for (int r = first + 1; r < end && next < 0; ++r)
                    next = pageOf(m.rows.at(r).top + 1) != page ? r : -1;
                if (next < 0)
                    continue;
                int split = next - 1;
                if (total - split < kFewestRows)
                    split = total - kFewestRows;
                if (splits.contains(split))
                    continue;
                if (split - first < kFewestRows) {
                    // Too few rows before the split. A block longer than a page whose chart fits
                    // under its title: the table from the next page on. Otherwise the whole block
                    // on the next page, if it is not at the top of one already.
                    if (chunk == 0 && !fits && !splits.contains(0) && m.firstTextPage == b.titlePage &&
                        pageOf(m.rows.first().top + 1) == b.titlePage) {
                        splits << 0;
                        return true;
                    }
                    if (chunk == 0 && !atTop && !m_breaks.beforeTitle.contains(b.id)) {
                        m_breaks.beforeTitle.insert(b.id);
                        return true;
                    }
                    continue;
                }
                splits << split;
                return true;
            }
        }
        return false;
    }

    const Report& m_report;
    const QHash<QString, QImage>& m_images;
    QImage m_device;
    const QStringList m_partAnchors;
    std::unique_ptr<QTextDocument> m_document;
    ReportHtml::PrintLayout m_breaks;
    QList<Measured> m_measured;
    ReportPdfWriter::Layout m_layout;
};

} // namespace

ReportPdfWriter::Layout ReportPdfWriter::layout(const Report& report)
{
    const QHash<QString, QImage> images = chartImages(report);
    return Pages(report, images).layout();
}

bool ReportPdfWriter::write(const Report& report, QIODevice* device, QString* error)
{
    const QHash<QString, QImage> images = chartImages(report);
    Pages pages(report, images);
    QTextDocument& document = pages.document();

    QPdfWriter pdf(device);
    pdf.setTitle(ReportHtml::title(report));
    pdf.setCreator(QStringLiteral("Observatoire"));
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                  QPageLayout::Millimeter));
    pdf.setResolution(kResolution);
    QPainter painter(&pdf);
    const double scale = kResolution / kLayoutDpi;
    const double margin = layoutUnits(kMarginMm);
    const QSizeF content = document.pageSize();
    const double sheetHeight = layoutUnits(QPageSize(QPageSize::A4).size(QPageSize::Millimeter).height());
    QFont numberFont(QStringLiteral("DejaVu Sans"));
    numberFont.setPointSizeF(8);
    const int count = document.pageCount();
    for (int page = 0; page < count; ++page) {
        if (page > 0)
            pdf.newPage();
        painter.save();
        painter.scale(scale, scale);
        painter.translate(margin, margin - page * content.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(QPointF(0, page * content.height()), content);
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        // The page's number, under the text, from the contents on.
        if (page > 0) {
            painter.save();
            painter.setFont(numberFont);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            const QRectF footer(margin * scale, (sheetHeight - layoutUnits(kFooterMm) - 12) * scale,
                                content.width() * scale, 16 * scale);
            painter.drawText(footer, Qt::AlignHCenter | Qt::AlignBottom,
                             QStringLiteral("%1 / %2").arg(page + 1).arg(count));
            painter.restore();
        }
    }
    painter.end();
    // QPdfWriter reports no failure: a file device that refused bytes says so itself.
    if (const auto* file = qobject_cast<QFileDevice*>(device);
        file && file->error() != QFileDevice::NoError) {
        if (error)
            *error = file->errorString();
        return false;
    }
    return true;
}
