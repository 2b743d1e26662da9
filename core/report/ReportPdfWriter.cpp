#include "ReportPdfWriter.h"

#include "ReportHtml.h"

#include <QFileDevice>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QUrl>

namespace {

constexpr int kChartScale = 2;

} // namespace

bool ReportPdfWriter::write(const Report& report, QIODevice* device, QString* error)
{
    QTextDocument document;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    for (const ReportSection& section : report.sections) {
        for (const ReportTable& table : section.tables) {
            const QString svg = ReportHtml::chart(table);
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
            document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:") + table.id),
                                 image);
        }
    }
    document.setHtml(ReportHtml::page(report, ReportHtml::Charts::ImageReferences));

    QPdfWriter pdf(device);
    pdf.setTitle(ReportHtml::title(report));
    pdf.setCreator(QStringLiteral("Observatoire"));
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 18),
                                  QPageLayout::Millimeter));
    pdf.setResolution(300);
    document.print(&pdf);
    // QPdfWriter reports no failure: a file device that refused bytes says so itself.
    if (const auto* file = qobject_cast<QFileDevice*>(device);
        file && file->error() != QFileDevice::NoError) {
        if (error)
            *error = file->errorString();
        return false;
    }
    return true;
}
