#include "DemoCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "database/Database.h"
#include "demo/DemoGenerator.h"

#include <QElapsedTimer>

int DemoCommand::run(CliContext& context)
{
    const QStringList& arguments = context.arguments();
    int rows = kDefaultRows;
    if (!arguments.isEmpty()) {
        bool ok = false;
        if (arguments.size() == 2 && arguments.at(0) == QLatin1String("--rows"))
            rows = arguments.at(1).toInt(&ok);
        if (!ok || rows < 1)
            return context.usageError(QStringLiteral("demo"), tr("usage: demo [--rows N], N at least 1"));
    }
    Database database;
    if (!context.openDatabase(database, Database::OpenMode::CreateIfMissing, CliContext::Need::Writing))
        return ExitCode::DatabaseUnavailable;
    QElapsedTimer timer;
    timer.start();
    const Result<DemoGenerator::Counts> counts = DemoGenerator(database.connection(), rows).run();
    if (!counts) {
        context.err() << tr("demo: %1").arg(counts.message()) << Qt::endl;
        return ExitCode::DatabaseUnavailable;
    }
    const DemoGenerator::Counts& made = counts.value();
    context.out()
        << tr("demo: %1 actors, %2 foreign partners, %3 partnerships, %4 projects, %5 funding lines "
              "written in %6 s")
               .arg(made.actors)
               .arg(made.partners)
               .arg(made.partnerships)
               .arg(made.projects)
               .arg(made.fundings)
               .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
        << Qt::endl;
    return ExitCode::Success;
}
