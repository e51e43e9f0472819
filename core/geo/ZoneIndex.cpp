// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/ZoneIndex.h"

#include <algorithm>

namespace dispatch {

ZoneIndex::ZoneIndex(const QList<Zone>& zones, int gridSize) : m_grid(gridSize)
{
    for (const Zone& z : zones) {
        m_zones.append({z.area, z.tier, z.area.areaSquareMetres()});
        m_bounds.extend(z.area.bounds());
    }
    m_cells.resize(qsizetype(m_grid) * m_grid);
    if (m_bounds.isEmpty())
        return;
    // A degenerate extent (every zone on one parallel or meridian) has no height or width: one cell then.
    m_cellLat = m_bounds.maxLat > m_bounds.minLat ? (m_bounds.maxLat - m_bounds.minLat) / m_grid : 1.0;
    m_cellLon = m_bounds.maxLon > m_bounds.minLon ? (m_bounds.maxLon - m_bounds.minLon) / m_grid : 1.0;
    const double h = m_cellLat;
    const double w = m_cellLon;
    for (int i = 0; i < m_zones.size(); ++i) {
        const GeoBox& b = m_zones[i].area.bounds();
        const int r0 = std::clamp(int((b.minLat - m_bounds.minLat) / h), 0, m_grid - 1);
        const int r1 = std::clamp(int((b.maxLat - m_bounds.minLat) / h), 0, m_grid - 1);
        const int c0 = std::clamp(int((b.minLon - m_bounds.minLon) / w), 0, m_grid - 1);
        const int c1 = std::clamp(int((b.maxLon - m_bounds.minLon) / w), 0, m_grid - 1);
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c)
                m_cells[qsizetype(r) * m_grid + c].append(i);
    }
}

int ZoneIndex::cellOf(const GeoPoint& p) const
{
    if (!m_bounds.contains(p))
        return -1;
    const int r = std::clamp(int((p.lat - m_bounds.minLat) / m_cellLat), 0, m_grid - 1);
    const int c = std::clamp(int((p.lon - m_bounds.minLon) / m_cellLon), 0, m_grid - 1);
    return r * m_grid + c;
}

int ZoneIndex::find(const GeoPoint& p) const
{
    const int cell = cellOf(p);
    if (cell < 0)
        return -1;
    int best = -1;
    for (int i : m_cells[cell]) {
        const Entry& e = m_zones[i];
        if (!e.area.contains(p))
            continue;
        if (best < 0 || e.tier < m_zones[best].tier
            || (e.tier == m_zones[best].tier && e.areaM2 < m_zones[best].areaM2))
            best = i;
    }
    return best;
}

} // namespace dispatch
