// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <algorithm>

namespace dispatch {

/// An incident handed to a police station after the first handling ("先处置、后移交"): the station signs
/// for it by a deadline; it is listed until then.
struct Transfer
{
    qint64 id = 0;
    qint64 incidentId = 0;
    qint64 stationId = 0;
    QString reason;
    qint64 transferredAtMs = 0;
    qint64 deadlineMs = 0;
    qint64 acceptedAtMs = 0; ///< 0 while the station has not signed for it
    QString acceptedBy;      ///< who signed for it at the station
    qint64 overdueAtMs = 0;  ///< when the missed deadline was recorded (once), 0 if not

    bool isOpen() const { return acceptedAtMs == 0; }
    /// How late the station signed (or is, while open), 0 if in time.
    qint64 lateMs(qint64 nowMs) const { return std::max<qint64>(0, (isOpen() ? nowMs : acceptedAtMs) - deadlineMs); }
};

} // namespace dispatch
