// SPDX-License-Identifier: GPL-3.0-or-later
// Everything owed after the call on one list: each open item of every follow-up list exactly once, with who owes
// it, since when and by when; items dealt with are not owed; the overdue come first.
#include "CatchQt.h"
#include "FollowUpFixture.h"

#include <QSet>

using namespace dispatch;
using namespace dispatch::test;

namespace {

const OwedItem* find(const QList<OwedItem>& items, const QString& kind, qint64 id)
{
    const OwedItem* found = nullptr;
    for (const OwedItem& o : items)
        if (o.kind == kind && o.id == id) {
            REQUIRE_FALSE(found); // exactly once
            found = &o;
        }
    return found;
}

} // namespace

TEST_CASE("the overview lists every open follow-up item once, with its owner and clock", "[followup][owed]")
{
    TestStore s;
    const FollowUpFixture f(s);
    DispatchService& svc = s.service();
    const QList<OwedItem> owed = svc.owed();

    const OwedItem* feedback = find(owed, QStringLiteral("feedback"), f.feedbackDue);
    REQUIRE(feedback);
    CHECK(feedback->owner == QStringLiteral("城北01"));
    CHECK(feedback->deadlineMs == svc.board().incident(f.feedbackDue)->nextClock.deadlineMs);
    CHECK(feedback->number == svc.board().incident(f.feedbackDue)->number);
    const OwedItem* review = find(owed, QStringLiteral("feedback_review"), f.feedbackReview);
    REQUIRE(review);
    CHECK(review->deadlineMs == 0);

    const OwedItem* transfer = find(owed, QStringLiteral("transfer"), f.transfer);
    REQUIRE(transfer);
    CHECK(transfer->owner == svc.board().stations().first().name);
    CHECK(transfer->incidentId == f.transferIncident);
    CHECK(transfer->deadlineMs == svc.openTransfers().first().deadlineMs);
    CHECK_FALSE(find(owed, QStringLiteral("transfer"), f.doneTransfer));

    const OwedItem* callback = find(owed, QStringLiteral("callback"), f.callback);
    REQUIRE(callback);
    CHECK(callback->what.startsWith(QStringLiteral("13800000000")));
    CHECK(callback->deadlineMs - callback->sinceMs == svc.responsePolicy().callbackDueMs());
    CHECK_FALSE(find(owed, QStringLiteral("callback"), f.doneCallback));

    const OwedItem* rect = find(owed, QStringLiteral("rectification"), f.rectification);
    REQUIRE(rect);
    CHECK(rect->owner == QStringLiteral("城南01"));
    CHECK(rect->what == QStringLiteral("处理太慢"));

    const OwedItem* mediation = find(owed, QStringLiteral("mediation"), f.mediation);
    REQUIRE(mediation);
    CHECK(mediation->owner == QStringLiteral("调解01"));
    CHECK_FALSE(find(owed, QStringLiteral("mediation"), f.doneMediation));

    const OwedItem* instruction = find(owed, QStringLiteral("instruction"), f.instruction);
    REQUIRE(instruction);
    CHECK(instruction->owner == QStringLiteral("交巡01"));
    CHECK(instruction->deadlineMs == svc.findInstruction(f.instruction)->replyDeadlineMs);
    CHECK_FALSE(find(owed, QStringLiteral("instruction"), f.doneInstruction));

    const OwedItem* supervision = find(owed, QStringLiteral("supervision"), f.supervision);
    REQUIRE(supervision);
    CHECK(supervision->owner == QStringLiteral("治安大队 李队长"));
    CHECK(supervision->incidentId == 0);

    const OwedItem* ledger = find(owed, QStringLiteral("ledger"), f.ledger);
    REQUIRE(ledger);
    CHECK(ledger->what.contains(QStringLiteral("noise")));
    CHECK(ledger->owner == svc.findLedgerEntry(f.ledger)->owner);
    CHECK_FALSE(find(owed, QStringLiteral("ledger"), f.doneLedger));

    // Nothing else: one item per open entry of each list.
    for (const OwedItem& o : owed)
        UNSCOPED_INFO(o.kind.toStdString() << ' ' << o.id << ' ' << o.what.toStdString());
    CHECK(owed.size() == 9);

    // Ordered by deadline; once the transfer's deadline passes it leads, however late others are due.
    for (qsizetype k = 1; k < owed.size(); ++k)
        if (owed[k].deadlineMs && owed[k - 1].deadlineMs)
            CHECK(owed[k - 1].deadlineMs <= owed[k].deadlineMs);
    CHECK(owed.last().deadlineMs == 0);
    s.clock().advanceMs(svc.responsePolicy().transferSignForMs() + 1000);
    const QList<OwedItem> later = svc.owed();
    CHECK(later.first().overdue(s.clock().nowMs()));
    QSet<QString> kinds;
    for (const OwedItem& o : later)
        kinds.insert(o.kind);
    CHECK(kinds.size() == 9);
}
