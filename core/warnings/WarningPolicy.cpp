// SPDX-License-Identifier: GPL-3.0-or-later
#include "warnings/WarningPolicy.h"

#include "domain/Taxonomy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace dispatch {

Result<WarningPolicy> WarningPolicy::fromJson(const QByteArray& json, const QString& source)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError)
        return Error{tr("not valid JSON: %1 (line %2)").arg(perr.errorString()).arg(json.left(perr.offset).count('\n') + 1),
                     source};
    if (!doc.isObject())
        return Error{tr("a warning policy is a JSON object"), source};
    const QJsonObject root = doc.object();
    const auto fail = [&](const QString& field, const QString& why) { return Error{why, source + QStringLiteral(": ") + field}; };
    static const QSet<QString> known{QStringLiteral("format"),         QStringLiteral("version"),
                                     QStringLiteral("title"),          QStringLiteral("recent_days"),
                                     QStringLiteral("baseline_weeks"), QStringLiteral("min_count"),
                                     QStringLiteral("sd_floor"),       QStringLiteral("levels"),
                                     QStringLiteral("categories"),     QStringLiteral("poisson_floor")};
    for (auto it = root.begin(); it != root.end(); ++it)
        if (!known.contains(it.key()))
            return fail(it.key(), tr("unknown field"));
    if (root.value(QStringLiteral("format")).toString() != QStringLiteral("dispatch-warning-policy"))
        return fail(QStringLiteral("format"), tr("must be \"dispatch-warning-policy\""));

    WarningPolicy p;
    const auto integer = [&](const char* key, int lo, int hi, int& into) -> std::optional<Error> {
        const QJsonValue v = root.value(QLatin1String(key));
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < lo || v.toInt() > hi)
            return fail(QLatin1String(key), tr("a whole number from %1 to %2").arg(lo).arg(hi));
        into = v.toInt();
        return std::nullopt;
    };
    if (auto e = integer("recent_days", 1, 7, p.m_recentDays))
        return *e;
    if (auto e = integer("baseline_weeks", 2, 52, p.m_baselineWeeks))
        return *e;
    if (auto e = integer("min_count", 1, 100000, p.m_minCount))
        return *e;
    if (const QJsonValue v = root.value(QStringLiteral("sd_floor")); !v.isUndefined()) {
        if (!v.isDouble() || v.toDouble() <= 0)
            return fail(QStringLiteral("sd_floor"), tr("a number above 0"));
        p.m_sdFloor = v.toDouble();
    }
    if (const QJsonValue v = root.value(QStringLiteral("poisson_floor")); !v.isUndefined()) {
        if (!v.isBool())
            return fail(QStringLiteral("poisson_floor"), tr("true or false"));
        p.m_poissonFloor = v.toBool();
    }
    const QJsonObject levels = root.value(QStringLiteral("levels")).toObject();
    const char* names[] = {"yellow", "orange", "red"};
    for (size_t i = 0; i < 3; ++i) {
        const QString field = QStringLiteral("levels.") + QLatin1String(names[i]);
        const QJsonObject l = levels.value(QLatin1String(names[i])).toObject();
        const QJsonValue z = l.value(QStringLiteral("z")), ratio = l.value(QStringLiteral("ratio"));
        if (!z.isDouble() || z.toDouble() <= 0)
            return fail(field + QStringLiteral(".z"), tr("missing or not a number above 0"));
        if (!ratio.isDouble() || ratio.toDouble() < 1)
            return fail(field + QStringLiteral(".ratio"), tr("missing or not a number of at least 1"));
        p.m_levels[i] = {z.toDouble(), ratio.toDouble()};
        if (i > 0 && (p.m_levels[i].z < p.m_levels[i - 1].z || p.m_levels[i].ratio < p.m_levels[i - 1].ratio))
            return fail(field, tr("each level must ask at least as much as the one below it"));
    }
    const Taxonomy& tax = Taxonomy::builtin();
    const QJsonArray cats = root.value(QStringLiteral("categories")).toArray();
    for (qsizetype i = 0; i < cats.size(); ++i) {
        const QString code = cats[i].toString();
        if (!tax.hasCategory(code))
            return fail(QStringLiteral("categories[%1]").arg(i), tr("unknown category \"%1\"").arg(code));
        p.m_categories << code;
    }
    return p;
}

Result<WarningPolicy> WarningPolicy::fromFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{tr("cannot read the warning policy: %1").arg(f.errorString()), path};
    return fromJson(f.readAll(), path);
}

const WarningPolicy& WarningPolicy::builtin()
{
    static const WarningPolicy policy = [] {
        auto r = fromFile(QStringLiteral(":/dispatch/policy/warnings.json"));
        if (!r)
            qFatal("the built-in warning policy is broken: %s", qPrintable(r.errorString()));
        return std::move(r).value();
    }();
    return policy;
}

const WarningPolicy::Threshold& WarningPolicy::threshold(WarningLevel level) const
{
    return m_levels[size_t(std::clamp(int(level), 1, 3) - 1)];
}

WarningLevel WarningPolicy::levelOf(int count, double mean, double sd) const
{
    if (count < m_minCount)
        return WarningLevel::Green;
    const double z = (double(count) - mean) / spread(mean, sd);
    for (int l = 3; l >= 1; --l) {
        const Threshold& t = m_levels[size_t(l - 1)];
        if (z >= t.z && double(count) >= t.ratio * mean)
            return WarningLevel(l);
    }
    return WarningLevel::Green;
}

double WarningPolicy::spread(double mean, double sd) const
{
    // Counts vary at least as much as chance (a Poisson count's deviation is the root of its mean): eight
    // quiet weeks alike must not make an ordinary week look exceptional.
    return std::max({sd, m_sdFloor, m_poissonFloor ? std::sqrt(std::max(0.0, mean)) : 0.0});
}

QString WarningPolicy::code(WarningLevel level)
{
    switch (level) {
    case WarningLevel::Green: return QStringLiteral("green");
    case WarningLevel::Yellow: return QStringLiteral("yellow");
    case WarningLevel::Orange: return QStringLiteral("orange");
    case WarningLevel::Red: return QStringLiteral("red");
    }
    return {};
}

QString WarningPolicy::label(WarningLevel level)
{
    switch (level) {
    case WarningLevel::Green: return tr("green (normal)");
    case WarningLevel::Yellow: return tr("yellow (attention)");
    case WarningLevel::Orange: return tr("orange (urgent)");
    case WarningLevel::Red: return tr("red (severe)");
    }
    return {};
}

} // namespace dispatch
