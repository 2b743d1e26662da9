#pragma once

#include "common/PartialDate.h"

#include <QLineEdit>

#include <optional>

// A date as advisers type it: 12/05/1998, 05/1998 or 1998 (ISO forms too). The precision typed is
// the precision kept.
class PartialDateEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit PartialDateEdit(QWidget* parent = nullptr);

    void setDate(const PartialDate& date);
    // The date, a null date when empty, nullopt (and why) when it cannot be read.
    std::optional<PartialDate> date(QString* error = nullptr) const;
};
