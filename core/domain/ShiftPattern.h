// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QTime>
#include <QTimeZone>

namespace dispatch {

/// One concrete shift: the pattern slot and its start and end instants.
struct ShiftInstance
{
    int slot = -1;
    QString name;
    QDateTime start; ///< UTC
    QDateTime end;   ///< UTC, exclusive

    bool isValid() const { return slot >= 0; }
    bool operator==(const ShiftInstance& o) const { return slot == o.slot && start == o.start; }
};

/// The centre's shift pattern (default three shifts starting 08:00, 16:00, 00:00), in the centre's time zone.
class ShiftPattern
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::ShiftPattern)

public:
    struct Slot
    {
        QTime start;
        QString name;
    };

    ShiftPattern(); ///< the default three-shift pattern
    static Result<ShiftPattern> fromJson(const QByteArray& json);
    static Result<ShiftPattern> fromSlots(QList<Slot> list);
    QByteArray toJson() const;

    const QList<Slot>& shifts() const { return m_slots; }

    /// The shift running at the given instant, in the given zone.
    ShiftInstance at(const QDateTime& instant, const QTimeZone& zone) const;
    /// The shift that ends exactly at (or, failing that, last ended before) the given instant.
    ShiftInstance endingAt(const QDateTime& instant, const QTimeZone& zone) const;

private:
    QList<Slot> m_slots; ///< sorted by start time of day
};

} // namespace dispatch
