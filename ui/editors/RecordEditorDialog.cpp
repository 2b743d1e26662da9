#include "RecordEditorDialog.h"

#include "Dialogs.h"
#include "FormState.h"
#include "WheelScrollsForm.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

RecordEditorDialog::RecordEditorDialog(const QSqlDatabase& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_form(new QFormLayout)
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(
        QStringLiteral("QLabel { color: #b00020; background: #fdecea; padding: 6px; }"));
    m_problems->hide();
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The form scrolls when it is taller than the screen (a project with its funding lines).
    auto* formWidget = new QWidget(this);
    formWidget->setLayout(m_form);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(formWidget);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    new WheelScrollsForm(m_scroll);
    formWidget->installEventFilter(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_problems);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_buttons);
}

QRect RecordEditorDialog::screenArea() const
{
    // The dialog opens centred over its parent, on the parent's screen: before it is shown, its
    // own is only the one at the top left of the desktop.
    const QScreen* on = parentWidget() ? parentWidget()->screen() : screen();
    const QRect available = on ? on->availableGeometry() : QRect(0, 0, 1280, 800);
    // Within a margin of the screen's free area, for the window's frame and title (none known
    // before it is shown, nor offscreen).
    return {available.topLeft(), QSize(available.width() - 40, available.height() - 48)};
}

void RecordEditorDialog::fitToScreen(int width)
{
    const QSize form = m_scroll->widget()->sizeHint();
    const QRect available = screenArea();
    const QMargins margins = layout()->contentsMargins();
    const int scrollBar = m_scroll->verticalScrollBar()->sizeHint().width();
    const int chrome =
        m_buttons->sizeHint().height() + margins.top() + margins.bottom() + 2 * layout()->spacing() + 4;
    // In two columns, as wide as asked for them: each column then as wide as the one column was.
    const int wanted =
        qMax(qMax(width, m_twoColumnsWidth), form.width() + scrollBar + margins.left() + margins.right() + 4);
    resize(qMin(wanted, available.width()), qMin(form.height() + chrome, available.height()));
    m_fittedFormHeight = form.height();
}

bool RecordEditorDialog::eventFilter(QObject* watched, QEvent* event)
{
    // After the layout has settled: the viewport's width then counts the scroll bar.
    if (watched == m_scroll->widget() &&
        (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Resize))
        QMetaObject::invokeMethod(this, &RecordEditorDialog::keepFormWhole, Qt::QueuedConnection);
    return QDialog::eventFilter(watched, event);
}

void RecordEditorDialog::keepFormWhole()
{
    if (!isVisible())
        return;
    const QRect area = screenArea();
    const int missing = m_scroll->widget()->minimumSizeHint().width() - m_scroll->viewport()->width();
    if (missing > 0)
        resize(qMin(width() + missing, area.width()), height());
    // Taller as the form grows, while the screen has room: not scrolling a form with half the
    // screen unused under it.
    const int formHeight = m_scroll->widget()->sizeHint().height();
    const int below = formHeight - m_scroll->viewport()->height();
    if (formHeight > m_fittedFormHeight && below > 0 && height() < area.height()) {
        resize(width(), qMin(height() + below, area.height()));
        m_fittedFormHeight = formHeight;
        // Still on the screen: up by what it grew past its bottom.
        const QRect frame = frameGeometry();
        const int past = frame.bottom() - (area.bottom() + 48);
        if (past > 0)
            move(x(), qMax(area.top(), y() - past));
    }
}

void RecordEditorDialog::addWideRow(const QString& label, QWidget* widget, const QString& field)
{
    QFormLayout* form = m_below ? m_below : m_form;
    auto* title = new QLabel(label, this);
    title->setBuddy(widget);
    form->addRow(title);
    form->addRow(widget);
    addField(widget, field);
}

void RecordEditorDialog::addRow(const QString& label, QWidget* widget, const QString& field)
{
    m_form->addRow(label, widget);
    addField(widget, field);
}

void RecordEditorDialog::useTwoColumns(int width)
{
    if (screenArea().width() < width || m_side)
        return;
    m_twoColumnsWidth = width;
    auto* columns = new QGridLayout;
    columns->setContentsMargins(0, 0, 0, 0);
    delete m_scroll->widget()->layout(); // the single column's, still empty
    m_form = new QFormLayout;
    m_side = new QFormLayout;
    m_below = new QFormLayout;
    for (QFormLayout* form : {m_form, m_side, m_below})
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    columns->addLayout(m_form, 0, 0, Qt::AlignTop);
    columns->addLayout(m_side, 0, 1, Qt::AlignTop);
    columns->addLayout(m_below, 1, 0, 1, 2);
    columns->setColumnStretch(0, 3);
    columns->setColumnStretch(1, 2);
    // Apart enough to read as two columns; the second's labels above its fields, which then have
    // its whole width (a theme's name whole).
    columns->setHorizontalSpacing(2 * fontMetrics().height());
    m_side->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_scroll->widget()->setLayout(columns);
}

void RecordEditorDialog::addSideRow(const QString& label, QWidget* widget, const QString& field)
{
    (m_side ? m_side : m_form)->addRow(label, widget);
    addField(widget, field);
}

QFormLayout* RecordEditorDialog::formOf(QWidget* widget) const
{
    for (QFormLayout* form : {m_form, m_side, m_below}) {
        if (form && form->indexOf(widget) >= 0)
            return form;
    }
    return m_form;
}

void RecordEditorDialog::addField(QWidget* widget, const QString& field)
{
    // Tab goes on to the next field, out of a text of several lines too (Ctrl+Tab still types one).
    QList<QPlainTextEdit*> texts = widget->findChildren<QPlainTextEdit*>();
    if (auto* text = qobject_cast<QPlainTextEdit*>(widget))
        texts << text;
    for (QPlainTextEdit* text : std::as_const(texts))
        text->setTabChangesFocus(true);
    if (!field.isEmpty())
        m_fields.insert(field, widget);
}

QLabel* RecordEditorDialog::rowLabel(QWidget* widget) const
{
    return qobject_cast<QLabel*>(formOf(widget)->labelForField(widget));
}

void RecordEditorDialog::setRowShown(QWidget* widget, bool shown)
{
    formOf(widget)->setRowVisible(widget, shown);
}

QString RecordEditorDialog::problemText() const
{
    return m_problems->isVisible() ? m_problems->text() : QString();
}

void RecordEditorDialog::showProblems(const Problems& problems)
{
    for (QWidget* widget : std::as_const(m_fields))
        widget->setStyleSheet(QString());
    QStringList lines;
    for (const Problem& problem : problems) {
        lines << problem.message;
        QWidget* widget = m_fields.value(problem.field);
        if (!widget)
            continue;
        // The field's own frame only: a rule without a selector would frame every button, list and
        // label inside a field made of several widgets (the funding lines and their total).
        if (widget->objectName().isEmpty())
            widget->setObjectName(QStringLiteral("field_") + problem.field);
        widget->setAttribute(Qt::WA_StyledBackground, true);
        widget->setStyleSheet(QStringLiteral("#%1 { border: 2px solid #b00020; }").arg(widget->objectName()));
    }
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
}

bool RecordEditorDialog::confirmNoDuplicate(const QList<DuplicateFinder::Candidate>& similar)
{
    if (similar.isEmpty())
        return true;
    QStringList lines;
    for (const DuplicateFinder::Candidate& candidate : similar)
        lines << QStringLiteral("• %1 (%2)").arg(candidate.name, candidate.reason);
    const int choice = Dialogs::choose(
        this, tr("Already recorded?"),
        tr("This looks like a record that already exists:\n%1").arg(lines.join(QLatin1Char('\n'))),
        {tr("Open the existing record"), tr("Create anyway"), tr("Go back")});
    if (choice == 0) {
        m_existingId = similar.first().id;
        done(OpenExisting);
        return false;
    }
    return choice == 1;
}

void RecordEditorDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (m_openedState)
        return;
    m_openedState = FormState::snapshot(m_scroll->widget());
    orderTabs();
    // Typing starts in the first field.
    if (QLayoutItem* first = m_form->itemAt(0, QFormLayout::FieldRole); first && first->widget()) {
        QWidget* field = first->widget();
        if (field->focusPolicy() == Qt::NoFocus || !field->isEnabled())
            field = field->nextInFocusChain();
        field->setFocus(Qt::TabFocusReason);
    }
}

namespace {

// The widgets Tab stops at in `item` (a row's field, label or layout), in the focus chain's order
// within each widget: a field made of several (a list with its entry and button) keeps its own.
void tabStops(QLayoutItem* item, QList<QWidget*>& stops)
{
    if (!item)
        return;
    if (QLayout* layout = item->layout()) {
        for (int i = 0; i < layout->count(); ++i)
            tabStops(layout->itemAt(i), stops);
        return;
    }
    QWidget* widget = item->widget();
    if (!widget)
        return;
    // A widget that passes its focus on (a combo box's line edit) is reached through the one it
    // passes it to.
    const auto stop = [](QWidget* w) {
        return w->focusProxy() == nullptr && (w->focusPolicy() & Qt::TabFocus);
    };
    if (stop(widget))
        stops << widget;
    for (QWidget* next = widget->nextInFocusChain(); next != widget; next = next->nextInFocusChain()) {
        if (widget->isAncestorOf(next) && stop(next))
            stops << next;
    }
}

} // namespace

void RecordEditorDialog::orderTabs()
{
    QList<QWidget*> stops;
    for (QFormLayout* form : {m_form, m_side, m_below}) {
        if (!form)
            continue;
        for (int row = 0; row < form->rowCount(); ++row) {
            for (const QFormLayout::ItemRole role :
                 {QFormLayout::LabelRole, QFormLayout::FieldRole, QFormLayout::SpanningRole})
                tabStops(form->itemAt(row, role), stops);
        }
    }
    for (qsizetype i = 1; i < stops.size(); ++i)
        QWidget::setTabOrder(stops.at(i - 1), stops.at(i));
}

bool RecordEditorDialog::hasUnsavedChanges() const
{
    return m_openedState && FormState::snapshot(m_scroll->widget()) != *m_openedState;
}

void RecordEditorDialog::reject()
{
    if (!m_discarded && hasUnsavedChanges()) {
        const int choice = Dialogs::choose(this, tr("Discard the changes?"),
                                           tr("The changes made to this record have not been saved."),
                                           {tr("Save"), tr("Discard the changes"), tr("Keep editing")});
        if (choice == 0)
            accept();
        if (choice != 1)
            return;
    }
    QDialog::reject();
}

void RecordEditorDialog::accept()
{
    if (save())
        QDialog::accept();
    else if (m_discarded)
        QDialog::reject();
}

namespace {

std::optional<ConflictDialog::Choice>& testAnswer()
{
    static std::optional<ConflictDialog::Choice> answer;
    return answer;
}

} // namespace

ConflictDialog::Choice* RecordEditorDialog::conflictAnswer()
{
    return testAnswer() ? &*testAnswer() : nullptr;
}

void RecordEditorDialog::setConflictAnswer(std::optional<ConflictDialog::Choice> answer)
{
    testAnswer() = answer;
}
