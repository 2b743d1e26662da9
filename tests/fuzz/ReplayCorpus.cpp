// Runs every file given (or every file of the folders given) through the fuzz target once: the
// seed corpus as a regression test, without clang or libFuzzer.
#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QTextStream>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    QTextStream out(stdout);
    int files = 0;
    for (const QString& argument : application.arguments().mid(1)) {
        QDirIterator it(argument, QDir::Files, QDirIterator::Subdirectories);
        QStringList paths;
        while (it.hasNext())
            paths << it.next();
        if (paths.isEmpty())
            paths << argument;
        for (const QString& path : paths) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                out << "cannot read " << path << Qt::endl;
                return 1;
            }
            const QByteArray bytes = file.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.constData()),
                                   static_cast<std::size_t>(bytes.size()));
            ++files;
        }
    }
    out << files << " inputs read without a crash" << Qt::endl;
    return files > 0 ? 0 : 1;
}
