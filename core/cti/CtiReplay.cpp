// SPDX-License-Identifier: GPL-3.0-or-later
#include "cti/CtiReplay.h"

#include <QFile>

#include <algorithm>

namespace dispatch {

Result<CtiReplay> CtiReplay::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{tr("cannot read the file: %1").arg(f.errorString()), path};
    // A day of a busy centre is a few megabytes; a file far larger is not a recording of one.
    constexpr qint64 kMaxBytes = 256LL * 1024 * 1024;
    if (f.size() > kMaxBytes)
        return Error{tr("the file is larger than %1 MB").arg(kMaxBytes / (1024 * 1024)), path};
    return fromText(f.readAll(), path);
}

Result<CtiReplay> CtiReplay::fromText(const QByteArray& text, const QString& source)
{
    CtiReplay r;
    int lineNo = 0;
    for (const QByteArray& raw : text.split('\n')) {
        ++lineNo;
        const QByteArrayView line = QByteArrayView(raw).trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        Result<CtiEvent> e = CtiEvents::parseLine(line);
        if (!e)
            return Error{e.error().message, QStringLiteral("%1:%2").arg(source).arg(lineNo)};
        if (!e->atMs)
            return Error{tr("time: a recorded event needs the time it happened"), QStringLiteral("%1:%2").arg(source).arg(lineNo)};
        r.m_events.append(std::move(e).value());
    }
    if (r.m_events.isEmpty())
        return Error{tr("no event in the file"), source};
    // The switch writes in order; a merged file may not be: replay in time order (ties keep the file's order).
    std::stable_sort(r.m_events.begin(), r.m_events.end(),
                     [](const CtiEvent& a, const CtiEvent& b) { return a.atMs < b.atMs; });
    return r;
}

void CtiReplay::shift(qint64 deltaMs)
{
    for (CtiEvent& e : m_events)
        e.atMs += deltaMs;
}

qint64 CtiReplay::firstMs() const
{
    return m_events.isEmpty() ? 0 : m_events.first().atMs;
}

qint64 CtiReplay::lastMs() const
{
    return m_events.isEmpty() ? 0 : m_events.last().atMs;
}

QList<std::pair<CtiEventType, PhoneCall>> CtiReplay::apply(const QString& desk, int* refused) const
{
    RingingCalls calls(desk);
    QList<std::pair<CtiEventType, PhoneCall>> out;
    int no = 0;
    for (const CtiEvent& e : m_events) {
        // Calls over are forgotten as the day goes on (the store has them), so a long day stays within the limit.
        calls.forgetEnded(e.atMs, 30 * 60 * 1000);
        if (!calls.apply(e, e.atMs)) {
            ++no;
            continue;
        }
        if (const PhoneCall* c = calls.call(e.callId)) {
            out.append({e.type, *c});
            if (c->state == PhoneCall::State::Abandoned)
                calls.takeAbandoned(c->callId);
        }
    }
    if (refused)
        *refused = no;
    return out;
}

} // namespace dispatch
