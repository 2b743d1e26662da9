#include "PartialDateEdit.h"

PartialDateEdit::PartialDateEdit(QWidget* parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("25/12/1998, 12/1998 or 1998"));
}

void PartialDateEdit::setDate(const PartialDate& date)
{
    setText(date.toFrench());
}

std::optional<PartialDate> PartialDateEdit::date(QString* error) const
{
    return PartialDate::parse(text(), error);
}
