// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Sql.h"

#include <QByteArrayView>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace dispatch {

struct StatsQuery;

/// One incident as the statistics count it (a row of the covering index of the incidents by received time).
struct IncidentFigures
{
    qint64 receivedMs = 0;
    std::optional<qint64> firstDispatchedMs, firstSignedForMs, firstOnSceneMs;
    int priority = 0;
    int tier = 0;
    QByteArrayView line, category, state; ///< the codes as the store holds them (UTF-8), valid until the next row
    qint64 zoneId = 0;                    ///< 0: outside every zone
    bool diverted = false;
};

/// The incidents a StatsQuery selects, one at a time, in received order: one pass over the covering index.
class IncidentFigureRows
{
public:
    explicit IncidentFigureRows(sql::Query query) : m_query(std::move(query)) {}
    bool next();
    const IncidentFigures& row() const { return m_row; }

private:
    sql::Query m_query;
    IncidentFigures m_row;
};

/// Feedback of a category's incidents: how many had any, how many were resolved on scene.
struct FeedbackFigures
{
    QString category;
    int withFeedback = 0, resolvedOnScene = 0;
};

struct CallbackFigures
{
    int callbacks = 0, reached = 0, unreachable = 0;
    int satisfied = 0, basicallySatisfied = 0, unsatisfied = 0;
};

struct MediationFigures
{
    int open = 0, settled = 0, notSettled = 0, referred = 0;
};

struct InstructionFigures
{
    int received = 0, answered = 0, answeredDirectly = 0;
};

/// The calls the switch reported in a period (by when they rang; a call no desk heard ring by when it was answered or
/// ended): answered, how soon after the ring, abandoned, and the abandoned calls' call backs.
struct TelephoneFigures
{
    int calls = 0, answered = 0, answerTimed = 0; ///< answerTimed: answered with a known ring time
    int within10s = 0, within15s = 0, within20s = 0;
    int abandoned = 0, calledBack = 0, calledBackInTime = 0, reached = 0, becameIncidents = 0, unreachable = 0;
    int owed = 0; ///< abandoned calls not yet closed
};

/// The statements of the statistics (StatisticsQuery), each over the incidents a StatsQuery selects.
class StatisticsQueries
{
public:
    static IncidentFigureRows incidents(const QSqlDatabase& db, const StatsQuery& query);
    static QList<FeedbackFigures> feedbackByCategory(const QSqlDatabase& db, const StatsQuery& query);
    static int repeatMarks(const QSqlDatabase& db, const StatsQuery& query);
    static CallbackFigures callbacks(const QSqlDatabase& db, const StatsQuery& query);
    static MediationFigures mediations(const QSqlDatabase& db, const StatsQuery& query);
    /// Instructions from higher command received in [fromMs, toMs) (centre-wide; toMs 0: no end).
    static InstructionFigures instructions(const QSqlDatabase& db, qint64 fromMs, qint64 toMs);
    /// The switch's calls in [fromMs, toMs) (centre-wide; toMs 0: no end).
    static TelephoneFigures telephone(const QSqlDatabase& db, qint64 fromMs, qint64 toMs);
};

} // namespace dispatch
