// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <array>

namespace dispatch {

/// The four colours of a zone warning (四色预警), in increasing severity.
enum class WarningLevel { Green, Yellow, Orange, Red };

/// How volume is judged against its baseline (resources/policy/warnings.json, documented in
/// resources/policy/README.md). A bad file is refused whole, naming the file and the field.
class WarningPolicy
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::WarningPolicy)

public:
    struct Threshold
    {
        double z = 0;     ///< standard deviations above the baseline mean
        double ratio = 0; ///< times the baseline mean
    };

    static Result<WarningPolicy> fromJson(const QByteArray& json, const QString& sourceName);
    static Result<WarningPolicy> fromFile(const QString& path);
    static const WarningPolicy& builtin();

    int recentDays() const { return m_recentDays; }
    int baselineWeeks() const { return m_baselineWeeks; }
    int minCount() const { return m_minCount; }
    double sdFloor() const { return m_sdFloor; }
    bool poissonFloor() const { return m_poissonFloor; }
    /// The deviation a count is judged by: the baseline's, at least `sd_floor` and (with `poisson_floor`)
    /// at least √mean.
    double spread(double mean, double sd) const;
    /// Yellow, orange, red.
    const Threshold& threshold(WarningLevel level) const;
    /// Category codes watched; empty = every category.
    const QStringList& categories() const { return m_categories; }

    /// The level of a recent count against a baseline's mean and standard deviation.
    WarningLevel levelOf(int count, double mean, double sd) const;

    static QString code(WarningLevel level);  ///< green, yellow, orange, red
    static QString label(WarningLevel level); ///< translated: "red (severe)"

private:
    int m_recentDays = 7;
    int m_baselineWeeks = 8;
    int m_minCount = 3;
    double m_sdFloor = 1.0;
    bool m_poissonFloor = true;
    std::array<Threshold, 3> m_levels{};
    QStringList m_categories;
};

} // namespace dispatch
