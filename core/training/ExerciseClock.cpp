// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/ExerciseClock.h"

#include "store/Database.h"
#include "store/TrainingRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace dispatch {

namespace {
const QString kPaceKey = QStringLiteral("pace");
}

qint64 ExercisePace::simAt(qint64 storeNowMs) const
{
    const qint64 sim = paused ? simMs : simMs + qint64(double(storeNowMs - storeMs) * speed);
    return endMs > 0 ? std::min(sim, std::max(simMs, endMs)) : sim;
}

QString ExercisePace::toJson() const
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("sim"), double(simMs)},
                                                       {QStringLiteral("store"), double(storeMs)},
                                                       {QStringLiteral("speed"), speed},
                                                       {QStringLiteral("paused"), paused},
                                                       {QStringLiteral("end"), double(endMs)}})
                                 .toJson(QJsonDocument::Compact));
}

std::optional<ExercisePace> ExercisePace::fromJson(const QString& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    if (!o.value(QStringLiteral("sim")).isDouble() || !o.value(QStringLiteral("store")).isDouble())
        return std::nullopt;
    ExercisePace p;
    p.simMs = o.value(QStringLiteral("sim")).toInteger();
    p.storeMs = o.value(QStringLiteral("store")).toInteger();
    p.speed = o.value(QStringLiteral("speed")).toDouble(1.0);
    p.paused = o.value(QStringLiteral("paused")).toBool(true);
    p.endMs = o.value(QStringLiteral("end")).toInteger();
    return p;
}

ExercisePace ExercisePace::read(const QSqlDatabase& db)
{
    if (const auto p = fromJson(TrainingRepository::meta(db, kPaceKey)))
        return *p;
    ExercisePace start;
    start.simMs = TrainingRepository::meta(db, QStringLiteral("start")).toLongLong();
    return start;
}

void ExercisePace::write(Database& db) const
{
    TrainingRepository::setMeta(db, kPaceKey, toJson());
}

Status ExercisePace::publish(Database& db)
{
    try {
        storeMs = TrainingRepository::storeTimeMs(db.connection());
        Transaction tx(db);
        write(db);
        tx.commit();
    } catch (const DispatchError& e) {
        return e.error();
    }
    return Done{};
}

qint64 ExerciseClock::nowMs() const
{
    m_lastMs = std::max(m_lastMs, m_pace.simAt(m_wall.nowMs() + m_offsetMs.value_or(0)));
    return m_lastMs;
}

Status ExerciseClock::refresh(const QSqlDatabase& db)
{
    try {
        if (!m_offsetMs) {
            // The store's clock against this PC's, halfway through the round trip that read it.
            const qint64 before = m_wall.nowMs();
            const qint64 store = TrainingRepository::storeTimeMs(db);
            m_offsetMs = store - (before + m_wall.nowMs()) / 2;
        }
        m_pace = ExercisePace::read(db);
    } catch (const DispatchError& e) {
        return e.error();
    }
    return Done{};
}

void ExerciseClock::setPace(const ExercisePace& pace, qint64 offsetMs)
{
    m_pace = pace;
    m_offsetMs = offsetMs;
}

} // namespace dispatch
