// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/ZoneIndex.h"
#include "triage/TriageEngine.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTimeZone>

#include <memory>

namespace dispatch {

/// The JSON Lines protocol of `dispatchctl triage`: one call per input line,
/// `{"line":"110","text":"...","phone":"...","lat":..,"lon":..,"time":"ISO-8601"}` (only "text" required),
/// answered by one line `{"category":..,"priority":..,"divert_to":..,"mediation":..,"rules":[..],"why":".."}`
/// or, for a line that cannot be read, `{"line_number":N,"error":".."}`.
class TriageJsonLines
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::TriageJsonLines)

public:
    /// `zones` (may be empty) give the circle tier of calls with coordinates; `timeZone` reads times
    /// written without an offset and gives the time of day of UTC times.
    TriageJsonLines(std::shared_ptr<const TriageEngine> engine, QList<Zone> zones, QTimeZone timeZone,
                    QString lang = QStringLiteral("en"));

    /// Answers one input line (without its newline). `lineNumber` counts from 1.
    QJsonObject answer(const QByteArray& line, int lineNumber) const;
    /// Reads the input of one call; an Error names the field that is wrong.
    Result<TriageInput> readInput(const QJsonObject& call) const;

private:
    std::shared_ptr<const TriageEngine> m_engine;
    QList<Zone> m_zones;
    ZoneIndex m_index;
    QTimeZone m_timeZone;
    QString m_lang;
};

} // namespace dispatch
