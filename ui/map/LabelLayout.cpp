// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/LabelLayout.h"

#include <QHash>

#include <cmath>

#include <algorithm>
#include <numeric>

namespace dispatch::ui {

namespace {

constexpr qreal kCell = 48;

/// Boxes by grid cell, each with the entry it belongs to.
class Grid
{
public:
    /// A box that blocks captions ranked `rank` or lower (a caption blocks every other: rank -1).
    void insert(const QRectF& r, qsizetype owner, int rank)
    {
        forCells(r, [&](quint64 key) { m_cells[key].append({r, owner, rank}); });
    }
    bool collides(const QRectF& r, qsizetype owner, int rank) const
    {
        bool hit = false;
        forCells(r, [&](quint64 key) {
            if (hit)
                return;
            for (const Box& b : m_cells.value(key))
                if (b.owner != owner && b.rank <= rank && b.box.intersects(r)) {
                    hit = true;
                    return;
                }
        });
        return hit;
    }

private:
    template<typename F>
    static void forCells(const QRectF& r, F f)
    {
        const int x0 = int(std::floor(r.left() / kCell)), x1 = int(std::floor(r.right() / kCell));
        const int y0 = int(std::floor(r.top() / kCell)), y1 = int(std::floor(r.bottom() / kCell));
        for (int x = x0; x <= x1; ++x)
            for (int y = y0; y <= y1; ++y)
                f((quint64(quint32(x)) << 32) | quint32(y));
    }
    struct Box
    {
        QRectF box;
        qsizetype owner;
        int rank;
    };
    QHash<quint64, QList<Box>> m_cells;
};

} // namespace

QList<bool> LabelLayout::place(const QList<Entry>& entries, const QRectF& viewport)
{
    QList<bool> shown(entries.size(), true);
    Grid taken;
    for (qsizetype i = 0; i < entries.size(); ++i)
        if (!entries[i].symbol.isEmpty() && entries[i].symbol.intersects(viewport))
            taken.insert(entries[i].symbol, i, entries[i].rank);
    QList<qsizetype> order(entries.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&entries](qsizetype a, qsizetype b) { return entries[a].rank < entries[b].rank; });
    for (qsizetype i : order) {
        const QRectF& caption = entries[i].caption;
        if (caption.isEmpty() || !caption.intersects(viewport))
            continue;
        if (taken.collides(caption, i, entries[i].rank)) {
            shown[i] = false;
            continue;
        }
        taken.insert(caption, i, -1);
    }
    return shown;
}

} // namespace dispatch::ui
