// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/DispatchService.h"

#include <QList>
#include <QObject>

namespace dispatch::test {

/// Records the facade's followUpChanged or followUpOverdue signals of one follow-up kind: how many, and the ids each
/// named.
class FollowUpSpy
{
public:
    enum class Signal { Changed, Overdue };

    FollowUpSpy(DispatchService& service, Entity kind, Signal which)
    {
        const auto record = [this, kind](Entity k, const QList<qint64>& ids) {
            if (k == kind)
                m_calls.append(ids);
        };
        m_connection = which == Signal::Changed ? QObject::connect(&service, &DispatchService::followUpChanged, record)
                                                : QObject::connect(&service, &DispatchService::followUpOverdue, record);
    }
    ~FollowUpSpy() { QObject::disconnect(m_connection); }
    FollowUpSpy(const FollowUpSpy&) = delete;
    FollowUpSpy& operator=(const FollowUpSpy&) = delete;

    int count() const { return int(m_calls.size()); }
    bool isEmpty() const { return m_calls.isEmpty(); }
    const QList<qint64>& ids(int call) const { return m_calls.at(call); }
    const QList<qint64>& last() const { return m_calls.last(); }

private:
    QList<QList<qint64>> m_calls;
    QMetaObject::Connection m_connection;
};

} // namespace dispatch::test
