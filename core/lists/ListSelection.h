#pragma once

#include "RecordFilter.h"

#include <Qt>

// Which records a list shows and in which order: its filter and its sort. The window's lists,
// the thread that loads them and the exports of "the list as shown" all pass this one value.
struct ListSelection
{
    RecordFilter filter;
    // A column of RecordList::columns(family), or -1 for the list's natural order.
    int sortColumn = -1;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
};
