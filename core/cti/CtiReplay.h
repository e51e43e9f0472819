// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cti/CtiEvent.h"
#include "cti/RingingCalls.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <utility>

namespace dispatch {

/// A recorded day of the switch's feed (the CTI JSON Lines, every line with its time), replayed into a store for
/// demos and training: each event applied as a desk hears it, so the store gets the calls, the abandoned ones owed a
/// call back, and the answer figures, exactly as from the live feed.
class CtiReplay
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::CtiReplay)

public:
    /// Reads the whole file first: a line that is not an event, or has no time, is refused with the file and line
    /// named, and nothing is replayed. Blank lines and lines starting with '#' are skipped.
    static Result<CtiReplay> load(const QString& path);
    static Result<CtiReplay> fromText(const QByteArray& text, const QString& source);

    const QList<CtiEvent>& events() const { return m_events; }
    /// Moves every time by `deltaMs` (a recorded day shown as today's).
    void shift(qint64 deltaMs);
    qint64 firstMs() const;
    qint64 lastMs() const;

    /// The events as a desk named `desk` applies them, in time order: each with the call as it stands after it.
    /// Events the desk refuses (a second ring of one call, a location of a call never heard of) are counted in
    /// `refused` and left out.
    QList<std::pair<CtiEventType, PhoneCall>> apply(const QString& desk, int* refused = nullptr) const;

private:
    QList<CtiEvent> m_events;
};

} // namespace dispatch
