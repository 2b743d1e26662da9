#include "HelpDialogs.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

QString withoutAccelerator(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("&(?!&)"))).remove(QStringLiteral("…"));
}

QDialog* framed(QWidget* content, const QString& title, QWidget* parent)
{
    auto* dialog = new QDialog(parent);
    dialog->setWindowTitle(title);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    content->setParent(dialog);
    layout->addWidget(content, 1);
    layout->addWidget(buttons);
    return dialog;
}

void addActions(QTableWidget* table, const QMenu* menu, const QString& path)
{
    for (QAction* action : menu->actions()) {
        if (action->menu()) {
            addActions(table, action->menu(),
                       path + QStringLiteral(" › ") + withoutAccelerator(action->text()));
            continue;
        }
        if (action->isSeparator() || action->shortcut().isEmpty())
            continue;
        const int row = table->rowCount();
        table->insertRow(row);
        const QVariant fixedName = action->property(HelpDialogs::kShortcutName);
        const QString name = fixedName.isValid() ? fixedName.toString() : withoutAccelerator(action->text());
        table->setItem(row, 0, new QTableWidgetItem(path + QStringLiteral(" › ") + name));
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        table->setItem(row, 1, new QTableWidgetItem(keys.join(QStringLiteral(", "))));
    }
}

} // namespace

QString HelpDialogs::userGuidePath()
{
    const QDir binary(QCoreApplication::applicationDirPath());
    for (const QString& candidate : {QStringLiteral("../share/doc/observatoire/user-guide.md"),
                                     QStringLiteral("../docs/user-guide.md")}) {
        const QFileInfo guide(binary.filePath(candidate));
        if (guide.exists())
            return guide.canonicalFilePath();
    }
    return {};
}

QDialog* HelpDialogs::createUserGuide(QWidget* parent)
{
    auto* browser = new QTextBrowser;
    browser->setObjectName(QStringLiteral("userGuide"));
    browser->setOpenExternalLinks(true);
    const QString path = userGuidePath();
    if (path.isEmpty())
        browser->setPlainText(QCoreApplication::translate("HelpDialogs", "The user guide is not installed."));
    else
        browser->setSource(QUrl::fromLocalFile(path), QTextDocument::MarkdownResource);
    QDialog* dialog = framed(browser, QCoreApplication::translate("HelpDialogs", "User guide"), parent);
    dialog->resize(820, 640);
    return dialog;
}

QDialog* HelpDialogs::createShortcuts(const QMenuBar* menus, QWidget* parent)
{
    auto* table = new QTableWidget(0, 2);
    table->setObjectName(QStringLiteral("shortcuts"));
    table->setHorizontalHeaderLabels({QCoreApplication::translate("HelpDialogs", "Action"),
                                      QCoreApplication::translate("HelpDialogs", "Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (QAction* action : menus->actions()) {
        if (action->menu())
            addActions(table, action->menu(), withoutAccelerator(action->text()));
    }
    QDialog* dialog = framed(table, QCoreApplication::translate("HelpDialogs", "Keyboard shortcuts"), parent);
    dialog->resize(560, 560);
    return dialog;
}
