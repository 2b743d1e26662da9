#pragma once

#include <QListWidget>
#include <QStringList>

#include <utility>

// A list of checkable entries identified by codes (themes, SDGs…), compact and without
// horizontal scrolling: long labels are elided, with the whole label as a tooltip. The entries
// checked when it is filled come first, so that the list, a few lines high, opens on them.
class CodeCheckList : public QListWidget
{
    Q_OBJECT

public:
    explicit CodeCheckList(QWidget* parent = nullptr);

    void setEntries(const QList<std::pair<QString, QString>>& entries, const QStringList& checked);
    QStringList checkedCodes() const;
    void setChecked(const QString& code, bool checked);
};
