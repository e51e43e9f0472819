// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// The kinds of event the log records, named once: commands record them, the history, the handover, the checks and
/// the change feed read them. A kind is "<what>.<what happened>"; the stored text is part of the hash-chained log, so a
/// kind is never renamed.
namespace dispatch::events {

// Sessions
inline const QString kSessionLogin = QStringLiteral("session.login");
inline const QString kSessionLoginFailed = QStringLiteral("session.login_failed");
inline const QString kSessionLogout = QStringLiteral("session.logout");
inline const QString kSessionUnlocked = QStringLiteral("session.unlocked");
inline const QString kSessionScreenLocked = QStringLiteral("session.screen_locked");
inline const QString kSessionScreenUnlocked = QStringLiteral("session.screen_unlocked");
inline const QString kSignInPolicySet = QStringLiteral("signin.policy_set");
/// A desk found the store's guarding triggers missing, switched off or rewritten, and made them again.
inline const QString kStoreGuardsRestored = QStringLiteral("store.guards_restored");

// Set-up
inline const QString kCentreConfigured = QStringLiteral("centre.configured");
inline const QString kZoneAdded = QStringLiteral("zone.added");
inline const QString kZonesImported = QStringLiteral("zones.imported");
inline const QString kStationAdded = QStringLiteral("station.added");
inline const QString kStagingPointAdded = QStringLiteral("staging_point.added");

// Linked agencies
inline const QString kAgencyAcknowledged = QStringLiteral("agency.acknowledged");
inline const QString kAgencyAdded = QStringLiteral("agency.added");
inline const QString kAgencyNotified = QStringLiteral("agency.notified");

// Units
inline const QString kUnitAdded = QStringLiteral("unit.added");
inline const QString kUnitSignForLate = QStringLiteral("unit.sign_for_late");
inline const QString kUnitStateChanged = QStringLiteral("unit.state_changed");
inline const QString kUnitsDutyChanged = QStringLiteral("units.duty_changed");

// Users
inline const QString kUserAdded = QStringLiteral("user.added");
inline const QString kUserPasswordChanged = QStringLiteral("user.password_changed");

// Incidents
inline const QString kIncidentAnswersRecorded = QStringLiteral("incident.answers_recorded");
inline const QString kIncidentCallerAdded = QStringLiteral("incident.caller_added");
inline const QString kIncidentCreated = QStringLiteral("incident.created");
inline const QString kIncidentFeedback = QStringLiteral("incident.feedback");
/// Taken in from another centre (EIDO): the document as received, whole.
inline const QString kIncidentHandedIn = QStringLiteral("incident.handed_in");
inline const QString kIncidentLinked = QStringLiteral("incident.linked");
inline const QString kIncidentPlaceCorrected = QStringLiteral("incident.place_corrected");
inline const QString kIncidentRepeatMarked = QStringLiteral("incident.repeat_marked");
inline const QString kIncidentStateChanged = QStringLiteral("incident.state_changed");
inline const QString kIncidentTriageOverridden = QStringLiteral("incident.triage_overridden");
inline const QString kIncidentUnitDispatched = QStringLiteral("incident.unit_dispatched");
inline const QString kIncidentUnitReleased = QStringLiteral("incident.unit_released");
inline const QString kIncidentUnitStep = QStringLiteral("incident.unit_step");

// Clocks
inline const QString kClockBreached = QStringLiteral("clock.breached");

// Feedback review
inline const QString kFeedbackAccepted = QStringLiteral("feedback.accepted");
inline const QString kFeedbackReturned = QStringLiteral("feedback.returned");

// Work orders
inline const QString kWorkOrderSent = QStringLiteral("work_order.sent");
/// A work order's events are named for the state it reaches ("work_order.accepted", "work_order.completed", …).
inline const QString kWorkOrderPrefix = QStringLiteral("work_order.");

// Transfers
inline const QString kTransferAccepted = QStringLiteral("transfer.accepted");
inline const QString kTransferOverdue = QStringLiteral("transfer.overdue");
inline const QString kTransferSent = QStringLiteral("transfer.sent");

// The map a centre loads (entity "map", id 0): replaced whole by each import
inline const QString kMapImported = QStringLiteral("map.imported");
// The centre's own address list (entity "map", id 0) loaded into the gazetteer, replacing the list held
inline const QString kAddressListImported = QStringLiteral("map.address_list_imported");
// The vehicles' road speeds set (a profile fitted on history) or put back to the built-in ones (entity "map", id 0)
inline const QString kVehicleProfileSet = QStringLiteral("map.vehicle_profile_set");

// Calls the telephone switch reported (entity "phone_call"): an abandoned call owed a call back, its tries, its end
inline const QString kCallAbandoned = QStringLiteral("call.abandoned");
inline const QString kCallBackNotReached = QStringLiteral("call.call_back_not_reached");
inline const QString kCallBackClosed = QStringLiteral("call.call_back_closed");
inline const QString kCallBackOverdue = QStringLiteral("call.call_back_overdue");

// Callbacks
inline const QString kCallbackNotReached = QStringLiteral("callback.not_reached");
inline const QString kCallbackOpened = QStringLiteral("callback.opened");
inline const QString kCallbackOverdue = QStringLiteral("callback.overdue");
inline const QString kCallbackReached = QStringLiteral("callback.reached");
inline const QString kCallbackUnreachable = QStringLiteral("callback.unreachable");

// Rectifications
inline const QString kRectificationDone = QStringLiteral("rectification.done");
inline const QString kRectificationOpened = QStringLiteral("rectification.opened");
inline const QString kRectificationOverdue = QStringLiteral("rectification.overdue");

// Supervision
inline const QString kSupervisionClosed = QStringLiteral("supervision.closed");
inline const QString kSupervisionNote = QStringLiteral("supervision.note");
inline const QString kSupervisionOpened = QStringLiteral("supervision.opened");
inline const QString kSupervisionOverdue = QStringLiteral("supervision.overdue");

// Mediation
inline const QString kMediationAssigned = QStringLiteral("mediation.assigned");
inline const QString kMediationOverdue = QStringLiteral("mediation.overdue");
/// A mediation's outcome is recorded as "mediation.<outcome>" ("mediation.settled", …).
inline const QString kMediationPrefix = QStringLiteral("mediation.");

// Instructions
inline const QString kInstructionAnswered = QStringLiteral("instruction.answered");
inline const QString kInstructionForwarded = QStringLiteral("instruction.forwarded");
inline const QString kInstructionOverdue = QStringLiteral("instruction.overdue");
inline const QString kInstructionRegistered = QStringLiteral("instruction.registered");
inline const QString kInstructionSignOverdue = QStringLiteral("instruction.sign_overdue");
inline const QString kInstructionSignedFor = QStringLiteral("instruction.signed_for");

// Repeat ledger
// The declared follow-up lists (FollowUpDeclaration): one life for all, the list's code in the payload ("kind")
inline const QString kFollowUpClosed = QStringLiteral("followup.closed");
inline const QString kFollowUpNote = QStringLiteral("followup.note");
inline const QString kFollowUpOpened = QStringLiteral("followup.opened");
inline const QString kFollowUpOverdue = QStringLiteral("followup.overdue");

inline const QString kLedgerAction = QStringLiteral("ledger.action");
inline const QString kLedgerAssigned = QStringLiteral("ledger.assigned");
inline const QString kLedgerClosed = QStringLiteral("ledger.closed");
inline const QString kLedgerMarked = QStringLiteral("ledger.marked");
inline const QString kLedgerOpened = QStringLiteral("ledger.opened");
inline const QString kLedgerOverdue = QStringLiteral("ledger.overdue");

// Handover
inline const QString kHandoverAccepted = QStringLiteral("handover.accepted");
inline const QString kHandoverNoted = QStringLiteral("handover.noted");
inline const QString kHandoverPrepared = QStringLiteral("handover.prepared");
inline const QString kHandoverRebuilt = QStringLiteral("handover.rebuilt");
inline const QString kHandoverRejected = QStringLiteral("handover.rejected");
inline const QString kHandoverSigned = QStringLiteral("handover.signed");

// Shifts
inline const QString kShiftFlagged = QStringLiteral("shift.flagged");
inline const QString kShiftPatternChanged = QStringLiteral("shift.pattern_changed");
inline const QString kShiftRosterSet = QStringLiteral("shift.roster_set");

// History
inline const QString kHistoryGenerated = QStringLiteral("history.generated");
inline const QString kHistoryImported = QStringLiteral("history.imported");

} // namespace dispatch::events
