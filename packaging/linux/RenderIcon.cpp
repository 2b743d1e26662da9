// Renders the application's SVG icon to the PNG sizes that Linux desktops and Windows installers
// look for, at build time, so that the SVG stays the only drawing of the icon.
//
//   observatoire_render_icon ICON.svg OUT_DIR SIZE... [--ico NAME]
//
// writes OUT_DIR/SIZExSIZE.png for each size, and with --ico the 256-pixel image as a Windows
// icon, OUT_DIR/NAME.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

namespace {

QImage render(QSvgRenderer& renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    return image;
}

bool save(const QImage& image, const QString& file, const char* format)
{
    if (image.save(file, format))
        return true;
    std::fprintf(stderr, "%s: cannot write the image\n", qPrintable(file));
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 4) {
        std::fputs("usage: observatoire_render_icon ICON.svg OUT_DIR SIZE...\n", stderr);
        return 2;
    }
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "%s: not a valid SVG file\n", qPrintable(arguments.at(1)));
        return 1;
    }
    const QDir out(arguments.at(2));
    if (!out.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "%s: cannot create the folder\n", qPrintable(arguments.at(2)));
        return 1;
    }
    for (qsizetype i = 3; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--ico") && i + 1 < arguments.size()) {
            if (!save(render(renderer, 256), out.filePath(arguments.at(i + 1)), "ICO"))
                return 1;
            ++i;
            continue;
        }
        bool ok = false;
        const int size = arguments.at(i).toInt(&ok);
        if (!ok || size <= 0 || size > 1024) {
            std::fprintf(stderr, "%s: not an icon size\n", qPrintable(arguments.at(i)));
            return 2;
        }
        if (!save(render(renderer, size), out.filePath(QStringLiteral("%1x%1.png").arg(size)), "PNG"))
            return 1;
    }
    return 0;
}
