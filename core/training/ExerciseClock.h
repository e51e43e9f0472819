// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Clock.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace dispatch {

/// The exercise's simulated time as the trainer's console sets it (paused, 1× to 60×, a jump to the next event),
/// kept in the training store so that every desk of the exercise, on the trainer's PC or another, reads one time.
/// Anchored on the store's clock (the server's), not on any desk's.
struct ExercisePace
{
    qint64 simMs = 0;    ///< simulated time when the pace was set …
    qint64 storeMs = 0;  ///< … by the store's clock
    double speed = 1.0;
    bool paused = true;
    qint64 endMs = 0;    ///< simulated time stops at the scenario's end (unless it was already past it); 0: no end

    /// Simulated time at this store time.
    qint64 simAt(qint64 storeNowMs) const;
    QString toJson() const;
    /// The pace written by toJson(); nothing for text that is not one.
    static std::optional<ExercisePace> fromJson(const QString& json);
    /// The pace the training store holds (the training meta "pace"); before a trainer set one, the exercise stands
    /// paused at its start. Throws DispatchError when the store cannot be read.
    static ExercisePace read(const QSqlDatabase& db);
    /// Writes the pace (inside a transaction of the training store).
    void write(class Database& db) const;
    /// Anchors the pace on the store's clock now and writes it, in a transaction of its own.
    Status publish(Database& db);
};

/// The clock of a desk that joined an exercise from another PC (or another process): the exercise's simulated time,
/// as the pace in the training store says, run on this PC's wall clock corrected by the store's. Never goes back:
/// after a pause read late it stands until simulated time catches up.
class ExerciseClock final : public Clock
{
public:
    explicit ExerciseClock(const Clock& wall) : m_wall(wall) {}

    qint64 nowMs() const override;
    /// Reads the pace again (the desk does it a few times a second), and the store clock's offset from this PC's
    /// the first time. A failed read keeps the last pace and says why.
    Status refresh(const QSqlDatabase& db);
    /// The pace, with the store's clock `offsetMs` ahead of this PC's wall clock.
    void setPace(const ExercisePace& pace, qint64 offsetMs);
    const ExercisePace& pace() const { return m_pace; }

private:
    const Clock& m_wall;
    ExercisePace m_pace;
    std::optional<qint64> m_offsetMs;
    mutable qint64 m_lastMs = 0;
};

} // namespace dispatch
