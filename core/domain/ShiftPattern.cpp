// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/ShiftPattern.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace dispatch {

ShiftPattern::ShiftPattern()
{
    m_slots = {{QTime(0, 0), tr("Night shift")}, {QTime(8, 0), tr("Day shift")}, {QTime(16, 0), tr("Evening shift")}};
}

Result<ShiftPattern> ShiftPattern::fromSlots(QList<Slot> list)
{
    if (list.isEmpty())
        return Error{tr("a shift pattern needs at least one shift"), QStringLiteral("shifts")};
    std::sort(list.begin(), list.end(), [](const Slot& a, const Slot& b) { return a.start < b.start; });
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list[i].start.isValid())
            return Error{tr("invalid start time"), QStringLiteral("shifts[%1].start").arg(i)};
        if (i > 0 && list[i].start == list[i - 1].start)
            return Error{tr("two shifts start at %1").arg(list[i].start.toString(QStringLiteral("HH:mm"))),
                         QStringLiteral("shifts[%1].start").arg(i)};
    }
    ShiftPattern p;
    p.m_slots = std::move(list);
    return p;
}

Result<ShiftPattern> ShiftPattern::fromJson(const QByteArray& json)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isArray())
        return Error{tr("a shift pattern is a JSON array of {\"start\":\"HH:mm\",\"name\":…}"), QStringLiteral("shifts")};
    QList<Slot> list;
    const QJsonArray arr = doc.array();
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const QJsonObject o = arr.at(i).toObject();
        const QTime t = QTime::fromString(o.value(QStringLiteral("start")).toString(), QStringLiteral("HH:mm"));
        if (!t.isValid())
            return Error{tr("start must be HH:mm"), QStringLiteral("shifts[%1].start").arg(i)};
        list.append({t, o.value(QStringLiteral("name")).toString()});
    }
    return fromSlots(std::move(list));
}

QByteArray ShiftPattern::toJson() const
{
    QJsonArray arr;
    for (const auto& s : m_slots)
        arr.append(QJsonObject{{QStringLiteral("start"), s.start.toString(QStringLiteral("HH:mm"))},
                               {QStringLiteral("name"), s.name}});
    return QJsonDocument(arr).toJson(QJsonDocument::Compact);
}

ShiftInstance ShiftPattern::at(const QDateTime& instant, const QTimeZone& zone) const
{
    const QDateTime local = instant.toTimeZone(zone);
    const QTime tod = local.time();
    const QDate day = local.date();
    // The running slot is the last one starting at or before the time of day; before the first, it is
    // the last slot of the previous day.
    int slot = int(m_slots.size()) - 1;
    QDate startDay = day.addDays(-1);
    for (int i = int(m_slots.size()) - 1; i >= 0; --i) {
        if (m_slots[i].start <= tod) {
            slot = i;
            startDay = day;
            break;
        }
    }
    ShiftInstance s;
    s.slot = slot;
    s.start = QDateTime(startDay, m_slots[slot].start, zone).toUTC();
    const int next = (slot + 1) % int(m_slots.size());
    s.name = m_slots[slot].name.isEmpty() ? tr("Shift %1–%2").arg(m_slots[slot].start.toString(QStringLiteral("HH:mm")),
                                                                  m_slots[next].start.toString(QStringLiteral("HH:mm")))
                                          : m_slots[slot].name;
    const QDate endDay = next > slot ? startDay : startDay.addDays(1);
    s.end = QDateTime(endDay, m_slots[next].start, zone).toUTC();
    return s;
}

ShiftInstance ShiftPattern::endingAt(const QDateTime& instant, const QTimeZone& zone) const
{
    // The shift running one millisecond before the instant ends at or after it; step back until one ends by then.
    ShiftInstance s = at(instant.addMSecs(-1), zone);
    while (s.end > instant)
        s = at(s.start.addMSecs(-1), zone);
    return s;
}

} // namespace dispatch
