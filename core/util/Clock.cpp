// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Clock.h"

namespace dispatch {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace dispatch
