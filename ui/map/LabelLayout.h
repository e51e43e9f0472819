// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>

namespace dispatch::ui {

/// Which map captions to show so that none overlaps another: captions are taken by rank (an incident's number before a
/// unit's callsign before a staging point's name before a zone's), and one that would collide with a caption already
/// placed, or with the symbol of something ranked as high or higher (an incident's pin, for a unit's callsign), is
/// hidden. Linear in the number of captions (a grid of cells, not pairs).
class LabelLayout
{
public:
    struct Entry
    {
        QRectF caption; ///< in viewport pixels
        QRectF symbol;  ///< in viewport pixels; empty when the caption has no symbol
        int rank = 0;   ///< lower is placed first
    };

    /// One flag per entry, in the entries' order: shown or hidden. Captions outside `viewport` stay shown (nobody
    /// sees them; they are placed again when scrolled in).
    static QList<bool> place(const QList<Entry>& entries, const QRectF& viewport);
};

} // namespace dispatch::ui
