// SPDX-License-Identifier: GPL-3.0-or-later
// The follow-up kinds the registry lists (see FollowUpKind.h); each is defined in its own file of core/followup.
#pragma once

namespace dispatch {

class FollowUpKind;

namespace followup {
const FollowUpKind& feedback();
const FollowUpKind& transfers();
const FollowUpKind& callbacks();
const FollowUpKind& abandonedCalls();
const FollowUpKind& rectifications();
const FollowUpKind& mediations();
const FollowUpKind& instructions();
const FollowUpKind& supervisions();
const FollowUpKind& ledger();
// Declared lists (FollowUpDeclaration)
const FollowUpKind& referrals();
} // namespace followup

} // namespace dispatch
