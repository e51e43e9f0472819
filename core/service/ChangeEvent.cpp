// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/ChangeEvent.h"

#include <algorithm>

namespace dispatch {

namespace {
constexpr std::array<const char*, kEntityCount> kCodes{"incident",    "unit",      "transfer",    "callback",
                                                       "rectification", "supervision", "mediation", "instruction",
                                                       "ledger",      "followup",  "phone_call",  "handover",
                                                       "reference"};
} // namespace

QString Entities::code(Entity e)
{
    return QString::fromLatin1(kCodes[std::size_t(e)]);
}

std::optional<Entity> Entities::fromCode(const QString& code)
{
    for (int i = 0; i < kEntityCount; ++i)
        if (code == QLatin1String(kCodes[std::size_t(i)]))
            return Entity(i);
    return std::nullopt;
}

void ChangeEvent::merge(const ChangeEvent& other)
{
    for (int i = 0; i < kEntityCount; ++i)
        m_ids[std::size_t(i)].unite(other.m_ids[std::size_t(i)]);
    for (auto it = other.m_refixed.cbegin(); it != other.m_refixed.cend(); ++it)
        m_refixed.insert(it.key(), std::max(m_refixed.value(it.key()), it.value()));
    if (other.m_firstSeq && (!m_firstSeq || other.m_firstSeq < m_firstSeq))
        m_firstSeq = other.m_firstSeq;
    m_lastSeq = std::max(m_lastSeq, other.m_lastSeq);
    m_fromElsewhere = m_fromElsewhere || other.m_fromElsewhere;
}

QList<qint64> ChangeEvent::sortedIds(Entity e) const
{
    const QSet<qint64>& s = m_ids[std::size_t(e)];
    QList<qint64> out(s.cbegin(), s.cend());
    std::sort(out.begin(), out.end());
    return out;
}

bool ChangeEvent::isEmpty() const
{
    return m_refixed.isEmpty() && !m_lastSeq
           && std::all_of(m_ids.cbegin(), m_ids.cend(), [](const QSet<qint64>& s) { return s.isEmpty(); });
}

} // namespace dispatch
