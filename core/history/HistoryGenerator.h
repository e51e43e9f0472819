// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace dispatch {

class CommandContext;

/// What to generate: a plausible history for benchmarks and demos.
struct GenerateOptions
{
    int incidents = 10000;
    int days = 30;
    quint32 seed = 1;
    qint64 endMs = 0; ///< the history ends here (exclusive); 0 = now
};

/// Writes a synthetic history as closed (or transferred) incidents of origin "imported" with an import
/// record whose source is "GEN" (so reports can always tell it from real history): the category mix of
/// seed 003 (criminal 6.5 %, public order 9.1 %, dispute 25.5 %, assistance 44.4 %, other 14.6 % spread over
/// traffic, inquiry and non-police), a daily rhythm (weekends +10 %) and an hourly one (quiet at 04:00,
/// busy 10:00–22:00), points inside the district's zones weighted by tier, and first-unit times drawn
/// around the policy's targets (call → dispatch median about a minute, sign-for about 15 s, arrival by
/// the zone's circle). 21.6 % are transferred to a station, as in seed 003. One transaction, one event.
class HistoryGenerator
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::HistoryGenerator)

public:
    /// Returns the import id.
    static qint64 run(CommandContext& ctx, const GenerateOptions& options);
};

} // namespace dispatch
