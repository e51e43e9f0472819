// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestStore.h"

namespace dispatch::test {

/// A store with one open item of every follow-up list, made through the facade with the manual clock, and one
/// of each kind already dealt with (which must not be owed): the fixture of the overview and the handover.
struct FollowUpFixture
{
    qint64 feedbackDue = 0;      ///< incident on scene (城北01), its first feedback due
    qint64 feedbackReview = 0;   ///< incident whose feedback waits for review
    qint64 transfer = 0;         ///< open transfer (and its incident)
    qint64 transferIncident = 0;
    qint64 callback = 0;         ///< a callback still to make
    qint64 rectification = 0;    ///< opened by an unsatisfied caller
    qint64 mediation = 0;        ///< with 调解01
    qint64 instruction = 0;      ///< general, signed for and forwarded to 交巡01
    qint64 supervision = 0;      ///< of the instruction
    qint64 ledger = 0;           ///< a noise entry (a KTV called about twice)
    // Dealt with before the end: never owed.
    qint64 doneTransfer = 0, doneCallback = 0, doneMediation = 0, doneInstruction = 0, doneLedger = 0;

    /// Builds everything in `store` (signed in as the leader at the end); the clock moves forward by minutes.
    explicit FollowUpFixture(TestStore& store);
};

} // namespace dispatch::test
