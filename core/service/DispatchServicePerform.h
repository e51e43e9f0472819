// SPDX-License-Identifier: GPL-3.0-or-later
// The facade's one way to change the store, shared by the translation units of DispatchService: the command body
// runs in one BEGIN IMMEDIATE … COMMIT with a CommandContext; the changes are published after the commit.
#pragma once

#include "service/CommandContext.h"
#include "service/DispatchService.h"
#include "service/IncidentTransitions.h"
#include "store/Database.h"
#include "util/Clock.h"

namespace dispatch {

template<typename T, typename Body>
Result<T> DispatchService::perform(Body&& body)
{
    const Actor who = actor();
    if (who.username.isEmpty())
        return Error{tr("sign in first")};
    std::optional<Role> role;
    if (m_user)
        role = m_user->role;
    CommandContext ctx(m_db, m_board, who, role, m_clock.nowMs());
    ctx.setPolicy(&m_policy);
    ctx.setTransitions(&IncidentTransitions::standard());
    std::optional<T> result;
    qint64 versionBefore = 0;
    qint64 versionAfter = 0;
    try {
        Transaction tx(m_db);
        ctx.setTransaction(&tx);
        result.emplace(body(ctx));
        ctx.seal();
        // Under the write lock: nobody else committed since the transaction began, so the data version as it began
        // says whether another desk committed since this one last read the store.
        versionBefore = tx.versionAtStart();
        versionAfter = tx.commitReadingVersion(readsAfterCommit(ctx.changes()));
    } catch (const DispatchError& e) {
        poll();
        return e.error();
    }
    // Committed: from here on the command has succeeded, whatever the refresh meets.
    publishCommitted(ctx.changes(), versionBefore == m_dataVersion ? std::optional(versionAfter) : std::nullopt);
    return std::move(*result);
}

} // namespace dispatch
