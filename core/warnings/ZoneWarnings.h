// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "warnings/WarningPolicy.h"

#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace dispatch {

class Database;
struct Zone;

/// One zone and category (or every category, `category` empty) judged against its baseline.
struct ZoneWarning
{
    qint64 zoneId = 0;
    QString zoneCode, zoneName;
    QString category;        ///< empty: every category of the zone
    int count = 0;           ///< the recent window
    QList<int> baseline;     ///< the same window 1, 2, … weeks earlier
    double mean = 0, sd = 0; ///< of the baseline (population standard deviation)
    WarningLevel level = WarningLevel::Green;

    /// "theft in Zone X: 14 in the last 7 days against 6.2 ± 2.1 (same days of the previous 8 weeks)".
    QString explanation(int recentDays, const QString& language) const;
};

/// The warnings of a district at one moment.
struct WarningReport
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::WarningReport)

public:
    qint64 asOfMs = 0;           ///< the recent window ends here
    int recentDays = 7, baselineWeeks = 8;
    /// The baseline weeks the records cover (they may begin later than the policy's weeks reach back).
    int baselineWeeksCovered = 0;
    /// Below this many covered weeks nothing is raised: a new store has no baseline yet.
    static constexpr int kMinBaselineWeeks = 2;
    bool hasBaseline() const { return baselineWeeksCovered >= kMinBaselineWeeks; }
    bool exercise = false;       ///< computed over training data: CAP status Exercise
    QList<ZoneWarning> raised;   ///< every pair above green, most severe first, then by count
    QHash<qint64, WarningLevel> zoneLevels; ///< each zone's highest level (every zone listed, green included)
    int pairsJudged = 0;

    WarningLevel levelOf(qint64 zoneId) const { return zoneLevels.value(zoneId, WarningLevel::Green); }
    int countAt(WarningLevel level) const;
    /// The documented structure printed by `dispatchctl warnings --json`.
    QJsonObject toJson(const QString& language) const;
};

/// Computes the four-colour levels from the store: one pass over the incidents of the recent window and of
/// the baseline weeks (the same weekdays, shifted by whole weeks), counted per zone and category.
class ZoneWarnings
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::ZoneWarnings)

public:
    /// `origins`: live and imported for real work, exercise for a training store's data.
    static Result<WarningReport> compute(Database& db, const WarningPolicy& policy, const QList<Zone>& zones,
                                         qint64 asOfMs, const QStringList& origins = {QStringLiteral("live"), QStringLiteral("imported")});
};

} // namespace dispatch
