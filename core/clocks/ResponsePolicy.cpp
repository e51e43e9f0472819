// SPDX-License-Identifier: GPL-3.0-or-later
#include "clocks/ResponsePolicy.h"

#include "domain/Taxonomy.h"

#include <QFile>
#include <optional>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace dispatch {

namespace {

/// Reads {"1": n, "2": n, …} with every key from 1 to N present and each value within (0, max].
template<size_t N, typename T>
Result<std::array<T, N>> readTable(const QJsonObject& root, const QString& key, double max, const QString& source)
{
    const QJsonValue v = root.value(key);
    if (!v.isObject())
        return Error{ResponsePolicy::tr("\"%1\" must be an object with keys 1 to %2").arg(key).arg(N),
                     source + QStringLiteral(": ") + key};
    const QJsonObject o = v.toObject();
    std::array<T, N> out{};
    for (size_t i = 0; i < N; ++i) {
        const QString k = QString::number(i + 1);
        const QJsonValue e = o.value(k);
        if (!e.isDouble() || e.toDouble() <= 0 || e.toDouble() > max)
            return Error{ResponsePolicy::tr("needs a positive number (at most %1) for \"%2\"").arg(max).arg(k),
                         source + QStringLiteral(": ") + key};
        out[i] = T(e.toDouble());
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        const int n = it.key().toInt();
        if (n < 1 || size_t(n) > N)
            return Error{ResponsePolicy::tr("unknown key \"%1\"").arg(it.key()), source + QStringLiteral(": ") + key};
    }
    return out;
}

} // namespace

Result<ResponsePolicy> ResponsePolicy::fromJson(const QByteArray& json, const QString& source)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError)
        return Error{tr("not valid JSON: %1 (line %2)")
                         .arg(perr.errorString())
                         .arg(json.left(perr.offset).count('\n') + 1),
                     source};
    const QJsonObject root = doc.object();
    static const QSet<QString> known{
        QStringLiteral("format"),           QStringLiteral("version"),
        QStringLiteral("title"),            QStringLiteral("warning_share"),
        QStringLiteral("call_to_dispatch_seconds"), QStringLiteral("sign_for_seconds"),
        QStringLiteral("arrival_seconds_by_tier"),  QStringLiteral("arrival_relax_by_priority"),
        QStringLiteral("first_feedback_seconds"),   QStringLiteral("closure_seconds"),
        QStringLiteral("units"),                    QStringLiteral("transfer_sign_for_seconds"),
        QStringLiteral("callback_due_seconds"),     QStringLiteral("callback_attempts"),
        QStringLiteral("rectification_seconds"),    QStringLiteral("supervision_seconds"),
        QStringLiteral("mediation_seconds"),        QStringLiteral("instruction_sign_for_seconds"),
        QStringLiteral("instruction_reply_seconds"), QStringLiteral("ledger_seconds"),
        QStringLiteral("abandoned_call_back_seconds")};
    for (auto it = root.begin(); it != root.end(); ++it)
        if (!known.contains(it.key()))
            return Error{tr("unknown field \"%1\"").arg(it.key()), source};
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("dispatch-response-policy")
        || root.value(QStringLiteral("version")).toInt() != 1)
        return Error{tr("not a response policy (format \"dispatch-response-policy\", version 1)"), source};

    ResponsePolicy p;
    p.m_warningShare = root.value(QStringLiteral("warning_share")).toDouble(0.8);
    if (p.m_warningShare <= 0 || p.m_warningShare >= 1)
        return Error{tr("\"warning_share\" must lie between 0 and 1"), source + QStringLiteral(": warning_share")};
    const QJsonValue sign = root.value(QStringLiteral("sign_for_seconds"));
    if (!sign.isDouble() || sign.toInt() <= 0 || sign.toInt() > 3600)
        return Error{tr("\"sign_for_seconds\" must be 1 to 3600"), source + QStringLiteral(": sign_for_seconds")};
    p.m_signFor = sign.toInt();
    if (const QJsonValue t = root.value(QStringLiteral("transfer_sign_for_seconds")); !t.isUndefined()) {
        if (!t.isDouble() || t.toInt() < 60 || t.toInt() > 7 * 86400 || t.toDouble() != t.toInt())
            return Error{tr("\"transfer_sign_for_seconds\" must be a whole number from 60 to 604800"),
                         source + QStringLiteral(": transfer_sign_for_seconds")};
        p.m_transferSignFor = t.toInt();
    }
    const auto optionalWhole = [&](const char* key, int lo, int hi, int& into) -> std::optional<Error> {
        const QJsonValue v = root.value(QLatin1String(key));
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isDouble() || v.toDouble() != v.toInt() || v.toInt() < lo || v.toInt() > hi)
            return Error{tr("\"%1\" must be a whole number from %2 to %3").arg(QLatin1String(key)).arg(lo).arg(hi),
                         source + QStringLiteral(": ") + QLatin1String(key)};
        into = v.toInt();
        return std::nullopt;
    };
    if (auto e = optionalWhole("callback_due_seconds", 600, 30 * 86400, p.m_callbackDue))
        return *e;
    if (auto e = optionalWhole("callback_attempts", 1, 10, p.m_callbackAttempts))
        return *e;
    if (auto e = optionalWhole("abandoned_call_back_seconds", 60, 86400, p.m_abandonedCallBack))
        return *e;
    if (auto e = optionalWhole("rectification_seconds", 3600, 90 * 86400, p.m_rectification))
        return *e;
    if (auto e = optionalWhole("supervision_seconds", 3600, 90 * 86400, p.m_supervision))
        return *e;
    if (auto e = optionalWhole("mediation_seconds", 3600, 90 * 86400, p.m_mediation))
        return *e;
    if (auto e = optionalWhole("instruction_sign_for_seconds", 30, 86400, p.m_instructionSignFor))
        return *e;
    if (auto e = optionalWhole("ledger_seconds", 86400, 366 * 86400, p.m_ledger))
        return *e;
    if (const QJsonValue v = root.value(QStringLiteral("instruction_reply_seconds")); !v.isUndefined()) {
        const QString where = source + QStringLiteral(": instruction_reply_seconds");
        if (!v.isObject())
            return Error{tr("\"instruction_reply_seconds\" must be an object of urgent, general and repeated"), where};
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const auto cls = InstructionCodes::classFromCode(it.key());
            if (!cls)
                return Error{tr("unknown instruction class \"%1\" (urgent, general, repeated)").arg(it.key()), where};
            const QJsonValue n = it.value();
            if (!n.isDouble() || n.toDouble() != n.toInt() || n.toInt() < 300 || n.toInt() > 30 * 86400)
                return Error{tr("a reply time must be a whole number of seconds from 300 to 2592000"),
                             where + QLatin1Char('.') + it.key()};
            p.m_instructionReply[size_t(*cls)] = n.toInt();
        }
    }
    constexpr double kDay = 7 * 86400;
    auto call = readTable<4, int>(root, QStringLiteral("call_to_dispatch_seconds"), kDay, source);
    if (!call)
        return call.error();
    auto arrival = readTable<5, int>(root, QStringLiteral("arrival_seconds_by_tier"), kDay, source);
    if (!arrival)
        return arrival.error();
    auto relax = readTable<4, double>(root, QStringLiteral("arrival_relax_by_priority"), 10, source);
    if (!relax)
        return relax.error();
    auto feedback = readTable<4, int>(root, QStringLiteral("first_feedback_seconds"), kDay, source);
    if (!feedback)
        return feedback.error();
    auto closure = readTable<4, int>(root, QStringLiteral("closure_seconds"), 30 * kDay, source);
    if (!closure)
        return closure.error();
    for (double r : *relax)
        if (r < 1.0)
            return Error{tr("an arrival relaxation cannot make the target stricter (must be 1 or more)"),
                         source + QStringLiteral(": arrival_relax_by_priority")};
    p.m_callToDispatch = *call;
    p.m_arrivalByTier = *arrival;
    p.m_arrivalRelax = *relax;
    p.m_firstFeedback = *feedback;
    p.m_closure = *closure;
    if (root.contains(QStringLiteral("units"))) {
        if (Status s = p.readUnits(root.value(QStringLiteral("units")), source); !s)
            return s.error();
    }
    return p;
}

Status ResponsePolicy::readUnits(const QJsonValue& value, const QString& source)
{
    const QString where = source + QStringLiteral(": units");
    if (!value.isObject())
        return Error{tr("\"units\" must be an object"), where};
    const QJsonObject o = value.toObject();
    static const QSet<QString> known{QStringLiteral("stale_after_seconds"), QStringLiteral("detour_factor"),
                                     QStringLiteral("speed_kmh"), QStringLiteral("default_speed_kmh"),
                                     QStringLiteral("offer_committed_up_to_priority"),
                                     QStringLiteral("units_needed_by_priority")};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            return Error{tr("unknown field \"%1\"").arg(it.key()), where};
    auto number = [&](const QString& key, double min, double max, double fallback) -> std::optional<double> {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max)
            return std::nullopt;
        return v.toDouble();
    };
    const auto stale = number(QStringLiteral("stale_after_seconds"), 5, 86400, double(m_staleAfterMs) / 1000);
    if (!stale)
        return Error{tr("\"stale_after_seconds\" must be 5 to 86400"), where + QStringLiteral(".stale_after_seconds")};
    const auto detour = number(QStringLiteral("detour_factor"), 1.0, 5.0, m_detourFactor);
    if (!detour)
        return Error{tr("\"detour_factor\" must be 1 to 5"), where + QStringLiteral(".detour_factor")};
    const auto fallback = number(QStringLiteral("default_speed_kmh"), 1, 200, m_defaultSpeedKmh);
    if (!fallback)
        return Error{tr("a speed must be 1 to 200 km/h"), where + QStringLiteral(".default_speed_kmh")};
    const auto committed = number(QStringLiteral("offer_committed_up_to_priority"), 0, 4, m_offerCommittedUpTo);
    if (!committed || *committed != double(int(*committed)))
        return Error{tr("\"offer_committed_up_to_priority\" must be 0 to 4"),
                     where + QStringLiteral(".offer_committed_up_to_priority")};
    QHash<QString, double> speeds;
    const QJsonValue sv = o.value(QStringLiteral("speed_kmh"));
    if (!sv.isUndefined()) {
        if (!sv.isObject())
            return Error{tr("\"speed_kmh\" must map unit types to km/h"), where + QStringLiteral(".speed_kmh")};
        const QJsonObject so = sv.toObject();
        for (auto it = so.begin(); it != so.end(); ++it) {
            if (!Taxonomy::builtin().hasUnitType(it.key()))
                return Error{tr("unknown unit type \"%1\"").arg(it.key()), where + QStringLiteral(".speed_kmh")};
            if (!it.value().isDouble() || it.value().toDouble() < 1 || it.value().toDouble() > 200)
                return Error{tr("a speed must be 1 to 200 km/h"), where + QStringLiteral(".speed_kmh.") + it.key()};
            speeds.insert(it.key(), it.value().toDouble());
        }
    }
    if (o.contains(QStringLiteral("units_needed_by_priority"))) {
        auto needed = readTable<4, int>(o, QStringLiteral("units_needed_by_priority"), 10, where);
        if (!needed)
            return needed.error();
        m_unitsNeeded = *needed;
    }
    m_staleAfterMs = qint64(*stale * 1000);
    m_detourFactor = *detour;
    m_defaultSpeedKmh = *fallback;
    m_offerCommittedUpTo = int(*committed);
    m_speedKmh = speeds;
    return Done{};
}

double ResponsePolicy::speedKmh(const QString& unitType) const
{
    return m_speedKmh.value(unitType, m_defaultSpeedKmh);
}

Result<ResponsePolicy> ResponsePolicy::fromFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{tr("cannot read the policy file: %1").arg(f.errorString()), path};
    return fromJson(f.readAll(), path);
}

const ResponsePolicy& ResponsePolicy::builtin()
{
    static const ResponsePolicy policy = [] {
        auto r = fromFile(QStringLiteral(":/dispatch/policy/response.json"));
        if (!r)
            qFatal("the built-in response policy is broken: %s", qPrintable(r.errorString()));
        return std::move(r).value();
    }();
    return policy;
}

qint64 ResponsePolicy::allowedMs(ClockKind kind, int priority, int tier) const
{
    const size_t p = size_t(priority >= 1 && priority <= 4 ? priority : 3) - 1;
    const size_t t = size_t(tier >= 1 && tier <= 5 ? tier : 5) - 1;
    switch (kind) {
    case ClockKind::CallToDispatch: return qint64(m_callToDispatch[p]) * 1000;
    case ClockKind::SignFor: return qint64(m_signFor) * 1000;
    case ClockKind::Arrival: return qint64(double(m_arrivalByTier[t]) * m_arrivalRelax[p] * 1000.0);
    case ClockKind::FirstFeedback: return qint64(m_firstFeedback[p]) * 1000;
    case ClockKind::Closure: return qint64(m_closure[p]) * 1000;
    }
    return 0;
}

QString ResponsePolicy::code(ClockKind kind)
{
    switch (kind) {
    case ClockKind::CallToDispatch: return QStringLiteral("call_to_dispatch");
    case ClockKind::SignFor: return QStringLiteral("sign_for");
    case ClockKind::Arrival: return QStringLiteral("arrival");
    case ClockKind::FirstFeedback: return QStringLiteral("first_feedback");
    case ClockKind::Closure: return QStringLiteral("closure");
    }
    return {};
}

std::optional<ClockKind> ResponsePolicy::kindFromCode(const QString& code)
{
    for (ClockKind k : {ClockKind::CallToDispatch, ClockKind::SignFor, ClockKind::Arrival, ClockKind::FirstFeedback,
                        ClockKind::Closure})
        if (ResponsePolicy::code(k) == code)
            return k;
    return std::nullopt;
}

QString ResponsePolicy::label(ClockKind kind)
{
    switch (kind) {
    case ClockKind::CallToDispatch: return tr("call to dispatch");
    case ClockKind::SignFor: return tr("sign-for");
    case ClockKind::Arrival: return tr("arrival");
    case ClockKind::FirstFeedback: return tr("first feedback");
    case ClockKind::Closure: return tr("closure");
    }
    return {};
}

QString ResponsePolicy::shortLabel(ClockKind kind)
{
    switch (kind) {
    case ClockKind::CallToDispatch: return tr("dispatch", "short clock name");
    case ClockKind::SignFor: return tr("sign-for", "short clock name");
    case ClockKind::Arrival: return tr("arrival", "short clock name");
    case ClockKind::FirstFeedback: return tr("feedback", "short clock name");
    case ClockKind::Closure: return tr("closure", "short clock name");
    }
    return {};
}

} // namespace dispatch
