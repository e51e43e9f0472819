// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace dispatch {

/// The one source of "now" for core: every deadline and every event time is read from a Clock.
class Clock
{
public:
    virtual ~Clock() = default;
    /// Milliseconds since the Unix epoch, UTC.
    virtual qint64 nowMs() const = 0;
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), QTimeZone::utc()); }
};

/// Wall-clock time.
class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
};

/// Time that moves only when told to: tests and the training simulator drive it.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 0) : m_nowMs(startMs) {}
    explicit ManualClock(const QDateTime& start) : m_nowMs(start.toMSecsSinceEpoch()) {}

    qint64 nowMs() const override { return m_nowMs; }
    void setMs(qint64 ms) { m_nowMs = ms; }
    void set(const QDateTime& t) { m_nowMs = t.toMSecsSinceEpoch(); }
    void advanceMs(qint64 ms) { m_nowMs += ms; }
    void advanceSecs(qint64 s) { m_nowMs += s * 1000; }

private:
    qint64 m_nowMs;
};

} // namespace dispatch
