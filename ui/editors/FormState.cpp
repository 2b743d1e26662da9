#include "FormState.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace {

void addModel(QStringList& state, const QAbstractItemModel* model)
{
    state << QString::number(model->rowCount());
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            for (const int role :
                 {int(Qt::DisplayRole), int(Qt::CheckStateRole), int(Qt::UserRole), int(Qt::UserRole + 1)})
                state << index.data(role).toString();
        }
    }
}

} // namespace

QStringList FormState::snapshot(const QWidget* form)
{
    QStringList state;
    const QWidget* window = form->window();
    for (const QWidget* widget : form->findChildren<QWidget*>()) {
        // A completer's popup is a window of its own: its suggestions are not the record.
        if (widget->window() != window)
            continue;
        if (const auto* line = qobject_cast<const QLineEdit*>(widget))
            state << line->text();
        else if (const auto* plain = qobject_cast<const QPlainTextEdit*>(widget))
            state << plain->toPlainText();
        else if (const auto* rich = qobject_cast<const QTextEdit*>(widget))
            state << rich->toPlainText();
        else if (const auto* combo = qobject_cast<const QComboBox*>(widget))
            state << combo->currentText() << combo->currentData().toString();
        else if (const auto* spin = qobject_cast<const QAbstractSpinBox*>(widget))
            state << spin->text();
        else if (const auto* button = qobject_cast<const QAbstractButton*>(widget);
                 button && button->isCheckable())
            state << (button->isChecked() ? QStringLiteral("1") : QStringLiteral("0"));
        else if (const auto* view = qobject_cast<const QAbstractItemView*>(widget); view && view->model())
            addModel(state, view->model());
    }
    return state;
}
