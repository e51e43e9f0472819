// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/Scenario.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QTimeZone>

namespace dispatch {

/// A scenario made from a period of stored history (a real day imported from a CAD export, say): each incident
/// received in [from, to) becomes a call at its own offset, where it happened, with what the record says it was as
/// the truth; callers merged into it become further callers of the same event. The demo district's units play it.
class ScenarioFromHistory
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::ScenarioFromHistory)

public:
    static constexpr int kMaxCalls = 5000;
    static Result<Scenario> build(const QSqlDatabase& db, const QTimeZone& zone, qint64 fromMs, qint64 toMs,
                                  const QString& title = {});
};

} // namespace dispatch
