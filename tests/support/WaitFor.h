// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>

namespace dispatch::test {

/// Runs the event loop until `done` or 10 s pass (socket I/O in the same process; no fixed sleep).
template<typename F>
bool waitFor(F done)
{
    QDeadlineTimer deadline(10000);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

} // namespace dispatch::test
