// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatchQt.h"
#include "TestStore.h"

#include "service/DispatchService.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <memory>

namespace dispatch::test {

/// Another desk on the same store, as on another PC of the centre: its own connection, its own facade named `desk`,
/// signed in as `user` (demo passwords: the user name followed by 110). Its clock starts at the store's time and is
/// moved on its own, unless the store's clock is shared (`sharedClock`).
struct OtherDesk
{
    explicit OtherDesk(TestStore& store, const QString& user = QStringLiteral("dispatcher2"),
                       const QString& desk = QStringLiteral("desk-2"), bool sharedClock = false)
        : ownClock(store.clock().nowMs())
    {
        auto opened = Database::open(store.path(), Database::Mode::OpenExisting);
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        service = std::make_unique<DispatchService>(*db, sharedClock ? static_cast<Clock&>(store.clock()) : ownClock,
                                                    desk);
        REQUIRE(service->login(user, user + QStringLiteral("110")).ok());
    }
    ManualClock ownClock;
    std::unique_ptr<Database> db;
    std::unique_ptr<DispatchService> service;
};

/// A dispute at the demo district's centre, priority 2.
inline IncidentDraft disputeCall(const QString& summary)
{
    IncidentDraft d;
    d.summary = summary;
    d.category = QStringLiteral("dispute");
    d.priority = 2;
    d.position = GeoPoint{22.780, 100.970};
    return d;
}

/// A call taken at a desk (disputeCall); its incident's id.
inline qint64 takeCall(DispatchService& desk, const QString& summary)
{
    auto id = desk.createIncident(disputeCall(summary));
    INFO((id.ok() ? QString() : id.errorString()).toStdString());
    REQUIRE(id.ok());
    return *id;
}

/// Ids as desk_worker takes them: "3,5,8".
inline QString joinedIds(const QList<qint64>& ids)
{
    QStringList s;
    for (qint64 id : ids)
        s << QString::number(id);
    return s.join(QLatin1Char(','));
}

} // namespace dispatch::test
