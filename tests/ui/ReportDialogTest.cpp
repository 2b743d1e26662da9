#include "support/QtPrinting.h"
#include "support/ReportDataset.h"
#include "support/TestDatabase.h"
#include "support/WaitFor.h"

#include "ui/AppSettings.h"
#include "ui/Dialogs.h"
#include "ui/report/MapView.h"
#include "ui/report/ReportDialog.h"

#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLegend>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

TEST_CASE("The report window: pick the year, read the figures, hover the map, export", "[ui][report]")
{
    TestDatabase db;
    loadReportDataset(db.connection());
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    Dialogs::setTestMode(true);

    ReportDialog dialog(db.connection(), settings);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    // Within the screen, however small (the offscreen one is 800 × 600): its buttons reachable.
    CHECK(dialog.frameGeometry().height() <= dialog.screen()->availableGeometry().height());
    CHECK(dialog.frameGeometry().width() <= dialog.screen()->availableGeometry().width());
    // Last year by default, computed on a thread of its own.
    REQUIRE_EVENTUALLY(dialog.report().year == QDate::currentDate().year() - 1);

    auto* year = dialog.findChild<QSpinBox*>(QStringLiteral("year"));
    REQUIRE(year);
    year->setFocus();
    year->selectAll();
    QTest::keyClicks(year, QStringLiteral("2024"));
    QTest::keyClick(year, Qt::Key_Return);
    REQUIRE_EVENTUALLY(dialog.report().year == 2024 && !dialog.computing());
    CHECK(settings.reportYear() == 2024);

    // The partnerships by nature: three twinnings in 2024, four in 2023 (counted by hand).
    auto* kinds = dialog.findChild<QWidget*>(QStringLiteral("table_partnerships_by_kind"));
    REQUIRE(kinds);
    auto* figures = kinds->findChild<QTableWidget*>(QStringLiteral("figures"));
    REQUIRE(figures);
    CHECK(figures->item(0, 0)->text() == QStringLiteral("Twinning"));
    CHECK(figures->item(0, 1)->text() == QStringLiteral("4"));
    CHECK(figures->item(0, 2)->text() == QStringLiteral("3"));
    CHECK(kinds->findChild<QLabel*>(QStringLiteral("base"))->text().contains(QStringLiteral("2024")));
    CHECK(kinds->findChild<QWidget*>(QStringLiteral("chart")));

    // The charts as printed: each column of the five years a named line, amounts with their unit
    // on round ticks, a donut's legend whole.
    auto* trend = dialog.findChild<QWidget*>(QStringLiteral("table_active_by_year"));
    REQUIRE(trend);
    auto* trendView = trend->findChild<QChartView*>();
    REQUIRE(trendView);
    QStringList lines;
    for (QAbstractSeries* series : trendView->chart()->series()) {
        if (series->type() == QAbstractSeries::SeriesTypeLine)
            lines << series->name();
    }
    CHECK(lines == QStringList{QStringLiteral("Partnerships"), QStringLiteral("Projects")});
    CHECK(trendView->chart()->legend()->isVisible());
    auto* amounts = dialog.findChild<QWidget*>(QStringLiteral("table_amounts_by_zone"));
    REQUIRE(amounts);
    auto* amountsView = amounts->findChild<QChartView*>();
    REQUIRE(amountsView);
    QStringList ticks;
    for (QAbstractAxis* axis : amountsView->chart()->axes(Qt::Horizontal)) {
        if (auto* values = qobject_cast<QCategoryAxis*>(axis))
            ticks = values->categoriesLabels();
    }
    CHECK(ticks.value(0) == QStringLiteral("€0"));
    CHECK(ticks.contains(QStringLiteral("€100,000")));
    // Every text of every chart lies inside its view: the last tick of a bar chart's value axis,
    // centred on the plot's right edge, was cut in half (« 1 00 » for 1,000).
    QApplication::processEvents();
    int texts = 0;
    for (QChartView* view : dialog.findChildren<QChartView*>()) {
        for (const QGraphicsItem* item : view->scene()->items()) {
            const auto* text = dynamic_cast<const QGraphicsTextItem*>(item);
            if (!text || !text->isVisible() || text->toPlainText().isEmpty())
                continue;
            ++texts;
            const QRect inView = view->mapFromScene(text->sceneBoundingRect()).boundingRect();
            INFO(text->toPlainText().toStdString()
                 << " at " << inView.left() << ".." << inView.right() << " in a view "
                 << view->viewport()->width() << " wide, " << inView.top() << ".." << inView.bottom()
                 << " of " << view->viewport()->height());
            CHECK(inView.left() >= 0);
            CHECK(inView.right() <= view->viewport()->width());
            CHECK(inView.top() >= 0);
            CHECK(inView.bottom() <= view->viewport()->height());
        }
    }
    CHECK(texts > 20);
    auto* families = dialog.findChild<QWidget*>(QStringLiteral("table_actors_by_family"));
    REQUIRE(families);
    auto* legend = families->findChild<QLabel*>(QStringLiteral("chartLegend"));
    REQUIRE(legend);
    CHECK(legend->text().contains(QStringLiteral("Local authorities and groupings — 2 (40.0%)")));

    // The world map of the partnerships: hovering Italy shows its two partnerships.
    auto* countries = dialog.findChild<QWidget*>(QStringLiteral("table_partnerships_by_country"));
    REQUIRE(countries);
    auto* map = countries->findChild<MapView*>();
    REQUIRE(map);
    dialog.findChild<QScrollArea*>(QStringLiteral("dashboard"))->ensureWidgetVisible(map);
    const QPoint italy = map->centreOf(QStringLiteral("IT"));
    REQUIRE_FALSE(italy.isNull());
    QTest::mouseMove(map, italy);
    REQUIRE_EVENTUALLY(map->hoveredText().startsWith(QStringLiteral("Italy: 2")));
    CHECK(map->textAt(QPoint(2, 2)).isEmpty()); // the sea
    auto* departements = dialog.findChild<QWidget*>(QStringLiteral("table_actors_by_departement"));
    REQUIRE(departements);
    auto* departementMap = departements->findChild<MapView*>();
    REQUIRE(departementMap);
    dialog.findChild<QScrollArea*>(QStringLiteral("dashboard"))->ensureWidgetVisible(departementMap);
    // Each département named above its figure, whole, inside the map.
    QStringList names;
    for (const MapView::Label& label : departementMap->labels()) {
        INFO(label.text.toStdString()
             << " at " << label.box.left() << ".." << label.box.right() << " of " << departementMap->width());
        CHECK(QRectF(departementMap->rect()).contains(label.box));
        if (label.isName)
            names << label.text;
    }
    CHECK(names.size() == 12);
    for (const QString& name :
         {QStringLiteral("Isère"), QStringLiteral("Haute-Savoie"), QStringLiteral("Rhône")})
        CHECK(names.contains(name));
    const QString mapLegend = departements->findChild<QLabel*>(QStringLiteral("legend"))->text();
    CHECK(mapLegend.contains(QStringLiteral("CC BY 4.0")));
    // The Rhône and the Métropole de Lyon, one outline: the legend says so, with their figures.
    CHECK(mapLegend.contains(
        QStringLiteral("On the map, Rhône (69D) and Métropole de Lyon (69M) are one outline: "
                       "2 engaged actors for 1,914,667 inhabitants together")));

    // Exported as an HTML page, where the window suggests.
    auto* format = dialog.findChild<QComboBox*>(QStringLiteral("exportFormat"));
    format->setFocus();
    QTest::keyClick(format, Qt::Key_Down); // from the PDF to the HTML page
    CHECK(format->currentData().toString() == QStringLiteral("html"));
    const QString path = dir.filePath(QStringLiteral("rapport-2024.html"));
    Dialogs::queueFileName(path);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("exportButton")), Qt::LeftButton);
    QFile page(path);
    REQUIRE(page.open(QIODevice::ReadOnly));
    CHECK(page.readAll().contains("<svg"));
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("status"))
              ->text()
              .contains(QStringLiteral("rapport-2024.html")));
    CHECK(settings.reportFormat() == QStringLiteral("html"));
    CHECK(settings.reportFolder() == dir.path());
    Dialogs::setTestMode(false);
}
