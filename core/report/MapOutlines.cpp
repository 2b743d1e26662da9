#include "MapOutlines.h"

#include <QFile>
#include <QStringList>

namespace {

QList<MapOutlines::Outline> load(const QString& resource, bool named)
{
    QList<MapOutlines::Outline> outlines;
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return outlines;
    file.readLine(); // the header
    while (!file.atEnd()) {
        const QStringList fields = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char('\t'));
        if (fields.size() < (named ? 3 : 2))
            continue;
        MapOutlines::Outline outline;
        outline.code = fields.at(0);
        outline.name = named ? fields.at(1) : QString();
        outline.pathData = fields.last();
        outline.path = MapOutlines::parsePath(outline.pathData);
        outlines << outline;
    }
    return outlines;
}

} // namespace

const QList<MapOutlines::Outline>& MapOutlines::outlines(Map map)
{
    if (map == Map::World) {
        static const QList<Outline> world = load(QStringLiteral(":/maps/world.tsv"), false);
        return world;
    }
    static const QList<Outline> departements = load(QStringLiteral(":/maps/departements.tsv"), true);
    return departements;
}

QString MapOutlines::departementOutlineCode(const QString& code)
{
    return code.startsWith(QLatin1String("69")) ? QStringLiteral("69") : code;
}

QPainterPath MapOutlines::parsePath(const QString& data)
{
    QPainterPath path;
    const QStringList tokens = data.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString& token = tokens.at(i);
        if (token == QLatin1String("Z")) {
            path.closeSubpath();
            continue;
        }
        if (i + 1 >= tokens.size())
            break;
        const QChar command = token.at(0);
        const QPointF point(token.mid(1).toDouble(), tokens.at(++i).toDouble());
        if (command == QLatin1Char('M'))
            path.moveTo(point);
        else
            path.lineTo(point);
    }
    return path;
}

QRectF MapOutlines::bounds(const QList<Outline>& outlines)
{
    QRectF united;
    for (const Outline& outline : outlines)
        united = united.united(outline.path.boundingRect());
    return united;
}
