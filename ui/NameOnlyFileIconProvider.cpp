#include "NameOnlyFileIconProvider.h"

#include <QApplication>
#include <QFileInfo>
#include <QStyle>

NameOnlyFileIconProvider::NameOnlyFileIconProvider()
{
    // Custom folder icons are read from a file inside each folder: not needed.
    setOptions(DontUseCustomDirectoryIcons);
}

QMimeType NameOnlyFileIconProvider::mimeTypeOf(const QFileInfo& info) const
{
    return m_mimeTypes.mimeTypeForFile(info.fileName(), QMimeDatabase::MatchExtension);
}

QIcon NameOnlyFileIconProvider::icon(IconType type) const
{
    QStyle* style = QApplication::style();
    switch (type) {
    case Computer:
        return style->standardIcon(QStyle::SP_ComputerIcon);
    case Desktop:
        return style->standardIcon(QStyle::SP_DesktopIcon);
    case Trashcan:
        return style->standardIcon(QStyle::SP_TrashIcon);
    case Network:
        return style->standardIcon(QStyle::SP_DriveNetIcon);
    case Drive:
        return style->standardIcon(QStyle::SP_DriveHDIcon);
    case Folder:
        return style->standardIcon(QStyle::SP_DirIcon);
    case File:
        break;
    }
    return style->standardIcon(QStyle::SP_FileIcon);
}

QIcon NameOnlyFileIconProvider::icon(const QFileInfo& info) const
{
    // isDir() and isSymLink() are answered by stat(), which opens nothing.
    if (info.isDir())
        return icon(Folder);
    const QMimeType mimeType = mimeTypeOf(info);
    const QIcon themed = QIcon::fromTheme(mimeType.iconName());
    if (!themed.isNull())
        return themed;
    return QIcon::fromTheme(mimeType.genericIconName(), icon(File));
}

QString NameOnlyFileIconProvider::type(const QFileInfo& info) const
{
    if (info.isDir())
        return QApplication::translate("NameOnlyFileIconProvider", "Folder");
    const QMimeType mimeType = mimeTypeOf(info);
    return mimeType.comment().isEmpty() ? mimeType.name() : mimeType.comment();
}
