// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clocks/ClockBreach.h"
#include "clocks/IncidentClock.h"
#include "clocks/ResponsePolicy.h"
#include "demo/DistrictData.h"
#include "dispatch/Recommender.h"
#include "history/CadImport.h"
#include "history/HistoryGenerator.h"
#include "interchange/Eido.h"
#include "stats/LedgerBulletin.h"
#include "stats/Statistics.h"
#include "domain/Assignment.h"
#include "domain/Incident.h"
#include "domain/Unit.h"
#include "domain/User.h"
#include "service/Board.h"
#include "service/ChangeEvent.h"
#include "service/DispatchCommands.h"
#include "service/DuplicateSearch.h"
#include "service/InstructionCommands.h"
#include "service/OwedItems.h"
#include "service/SetupCommands.h"
#include "service/UnitCommands.h"
#include "service/ZoneCommands.h"
#include "store/ClockRepository.h"
#include "store/IntakeRepository.h"
#include "map/Siting.h"
#include "store/GazetteerQueries.h"
#include "store/MapRepository.h"
#include "triage/CallQuestions.h"
#include "triage/TriageEngine.h"
#include "store/EventLog.h"
#include "store/ServerPipeline.h"
#include "util/Read.h"
#include "util/Result.h"
#include "domain/Callback.h"
#include "domain/CallRecord.h"
#include "domain/Instruction.h"
#include "domain/LedgerEntry.h"
#include "handover/Handover.h"
#include "domain/Mediation.h"
#include "domain/FollowUpItem.h"
#include "domain/Supervision.h"
#include "domain/Transfer.h"
#include "warnings/WarningPolicy.h"
#include "warnings/ZoneWarnings.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace dispatch {

struct SignInPolicy;
struct PhoneCall;
enum class CtiEventType;

class Clock;
class CommandContext;
class Database;

/// The one door through which every change goes. Each command checks the rules, writes the new state
/// and its event in ONE transaction, refreshes the board from the store and then emits batched, typed
/// signals. Screens and reports derive from the board and the store; none keeps its own status.
class DispatchService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DispatchService)

public:
    DispatchService(Database& db, const Clock& clock, QString desk, QObject* parent = nullptr);
    ~DispatchService() override;

    Database& database() const { return m_db; }
    const Clock& clock() const { return m_clock; }
    const Board& board() const { return m_board; }
    const QString& desk() const { return m_desk; }

    // Session
    Result<User> login(const QString& username, const QString& password);
    Status logout();
    /// Every desk of the store with who is signed in there (as the log says), for the centre's administrator.
    ReadList<DeskSession> desks() const;
    /// The signed-in user proves it is still them (the desk's lock screen): the password is checked as at sign-in —
    /// a wrong one counts towards the lockout, a locked account is refused — and the session goes on either way.
    Status confirmPassword(const QString& password);
    /// The signed-in user's password as a signature on `what` (no event when it is right; a failed sign-in when not).
    Status confirmSignature(const QString& password, const QString& what);
    /// The desk locked its screen after `idleMinutes` untouched (an event of the session).
    Status noteScreenLocked(int idleMinutes);
    /// A shift leader or an administrator unlocks an account locked after failed sign-ins (an event names who).
    Status unlockUser(const QString& username);
    /// The centre's sign-in policy (lock time, idle time before a desk locks): administrators.
    Status setSignInPolicy(const SignInPolicy& policy);
    /// In a training store only: the trainer seats a trainee at an exercise desk (no password; the exercise is
    /// no live work). Refused on any other store.
    Result<User> signInForExercise(const QString& username);
    const std::optional<User>& currentUser() const { return m_user; }
    /// Lets a tool (dispatchctl, the simulator) act without a signed-in user; its name goes on every event.
    void actAsSystem(const QString& toolName);
    Actor actor() const;

    // Set-up and administration
    Status installDistrict(const DistrictData& district);
    Result<qint64> addUser(const SetupCommands::NewUser& user);
    Status setPassword(const QString& username, const QString& password,
                       int iterations = PasswordHash::kDefaultIterations);
    /// Loads an OpenStreetMap file (PBF or XML, see OsmReader) as the centre's map, replacing the one held, all or
    /// none; administrators only. `progress(bytesRead, fileSize)` while the file is read.
    Result<MapSummary> importMap(const QString& path, const std::function<void(qint64, qint64)>& progress = {});
    /// Loads the centre's own address list (a CSV file read through an optional JSON profile, see AddressList) into
    /// the gazetteer, replacing the list held, all or none; an administrator's act.
    Result<MapSummary> importAddressList(const QString& path, const QString& profilePath = {});
    /// The speeds the vehicles' road times are made with: a profile fitted on the centre's history (dispatchctl
    /// calibrate), or nothing for the built-in one; an administrator's act.
    Result<MapSummary> setVehicleProfile(const std::optional<RoadProfile>& profile);
    /// The gazetteer's places for what was typed, best first (GazetteerQueries::search).
    ReadList<GazetteerHit> findPlaces(const QString& text, int limit = 10) const;
    /// Staging points sited over the roads for the incidents received in [fromMs, toMs) (see Siting): among `sites`
    /// and road nodes, or among the store's staging points and road nodes when `sites` is empty.
    Result<SitingResult> siteStagingPoints(const SitingOptions& options, qint64 fromMs, qint64 toMs,
                                           const QList<SitingSite>& sites = {}) const;
    /// What the store's map holds (empty when none was loaded).
    Result<MapSummary> mapSummary() const;
    /// The map's roads and its water and green areas meeting `box`, for the base map.
    ReadList<MapLine> mapRoads(const GeoBox& box) const;
    ReadList<MapLine> mapAreas(const GeoBox& box) const;
    /// The centre's roads as graphs (read from the store's map once, again after a map import or a full reload);
    /// nullptr when no map is loaded or it cannot be read.
    std::shared_ptr<const RoadNetwork> roadNetwork() const;
    /// The fastest route by the map's roads for a unit of `unitType` (see RoadGraph, RoadProfile::forUnitType).
    Result<RoadRoute> routeByRoad(const GeoPoint& from, const GeoPoint& to, const QString& unitType = {}) const;
    /// Loads zones from a GeoJSON file (see ZoneCommands::importZones for the merge and replace rules); a
    /// file with any error is refused as a whole and nothing is written.
    Result<ZoneImportReport> importZones(const QString& path, const ZoneImportOptions& options);

    /// Imports a CAD export through a profile (see CadImport): one transaction; a stopped or cancelled import
    /// writes nothing. Shift leaders, administrators and tools.
    Result<ImportSummary> importHistory(const ImportProfile& profile, const QString& csvPath,
                                        const ImportProgress& progress = {});

    /// Writes a synthetic history (see HistoryGenerator); returns the import id. Administrators, trainers, tools.
    Result<qint64> generateHistory(const GenerateOptions& options);

    // Triage and intake
    std::shared_ptr<const TriageEngine> triageEngine() const { return m_triage; }
    /// Replaces the triage rules by the file's; a file with an error is refused and the rules in force stay.
    Status loadTriageRules(const QString& path);
    void setTriageEngine(std::shared_ptr<const TriageEngine> engine);
    /// The call-taker's questions for each category (the built-in file or the centre's).
    const CallQuestions& callQuestions() const { return *m_questions; }
    /// Replaces the questions by the file's; a file with an error is refused and the questions in force stay.
    Status loadCallQuestions(const QString& path);
    /// The proposal for a call as taken so far: tier from the zone under `position`, time of day from
    /// `atMs` (0 = now) in the centre's time zone.
    TriageDecision triage(const QString& line, const QString& text, const std::optional<GeoPoint>& position,
                          qint64 atMs = 0) const;
    /// Earlier incidents the call may belong to, with the repeat picture of its place.
    DuplicateReport findDuplicates(const DuplicateQuery& query) const;
    /// Adds the call to an active incident as a further caller (no new incident).
    Status mergeCall(qint64 targetIncidentId, const IncidentDraft& call);
    Status linkIncidents(qint64 incidentId, qint64 linkedId, const QString& reason);
    Status advanceWorkOrder(qint64 workOrderId, WorkOrderState to, const QString& note = {},
                            const QString& policeCategory = {}, int priority = 0);
    ReadList<IncidentCaller> callers(qint64 incidentId) const;
    ReadList<WorkOrder> workOrders(qint64 incidentId) const;
    ReadList<RepeatMark> repeatMarks(qint64 incidentId) const;
    ReadList<qint64> links(qint64 incidentId) const;
    /// Diversion figures of the live calls received in [fromMs, toMs).
    DiversionFigures diversion(qint64 fromMs, qint64 toMs) const;

    // Clocks
    const ResponsePolicy& responsePolicy() const { return m_policy; }
    /// Replaces the response policy by the file's; a file with an error is refused and the policy stays.
    Status loadResponsePolicy(const QString& path);
    /// Every clock of an incident, running or stopped.
    ReadList<IncidentClock> clocks(qint64 incidentId) const;
    /// Stamps each running clock past its deadline as breached (once, with an event), and each unit's missed
    /// sign-for; meant for the window's tick. Cheap when nothing is due. Returns the new breaches.
    Result<QList<ClockBreach>> sweepClocks();

    // Incidents
    /// Saves a call as a new incident (diverted with a work order when the draft names an agency).
    Result<qint64> createIncident(const IncidentDraft& draft);
    /// Takes in incidents handed over by other centres (EIDO) on the line "instruction" or "12345", all or none
    /// (HandInCommands). Returns their ids in order.
    Result<QList<qint64>> handIn(const QList<EidoHandIn>& incidents, const QString& line);
    Status changeIncidentState(qint64 incidentId, IncidentState to, const QString& reason = {});
    /// Linked agencies told of an incident as well as the police going (see AgencyCommands).
    Result<qint64> notifyAgency(qint64 incidentId, const QString& agency, const QString& note = {});
    Status acknowledgeAgency(qint64 notificationId, const QString& by);
    ReadList<AgencyNotification> agencyNotifications(qint64 incidentId) const;
    /// The call-taker's questions answered for an incident (also after saving).
    Status recordAnswers(qint64 incidentId, const QList<CallAnswer>& answers);
    ReadList<CallAnswer> callAnswers(qint64 incidentId) const;
    /// Corrects where an incident is (address and point, see IncidentCommands::correctPlace); an event keeps both.
    Status correctPlace(qint64 incidentId, const QString& address, const std::optional<GeoPoint>& position,
                        const QString& reason = {});

    // Dispatch (see DispatchCommands: the incident's state follows its units)
    /// Ranks the units for an incident of the board (or for a point, with RecommendQuery).
    Recommendation recommend(qint64 incidentId) const;
    Recommendation recommend(const RecommendQuery& query) const;
    /// Sends units to an incident; a unit committed elsewhere needs `reassign`.
    Status dispatchUnits(qint64 incidentId, const QList<DispatchPick>& picks, bool reassign = false);
    /// One key: sends the recommendation's best free units, up to the number the priority needs.
    Result<QList<qint64>> dispatchRecommended(qint64 incidentId);
    /// Signed for, en route or on scene.
    Status advanceUnit(qint64 unitId, UnitState step);
    /// The unit leaves its incident (cleared on scene, recalled before) and becomes `to`.
    Status clearUnit(qint64 unitId, UnitState to = UnitState::AvailablePatrol, const QString& reason = {});
    Status recordFeedback(qint64 incidentId, qint64 unitId, const QString& result, const QString& disposition);
    /// Every unit ever sent to the incident with its steps, oldest first.
    QList<Assignment> assignments(qint64 incidentId) const;
    QList<Feedback> feedback(qint64 incidentId) const;

    // Units
    /// Sets a unit's status from the desk (status keys): a step on its incident (signed for, en route, on
    /// scene) goes through advanceUnit, a committed unit made available or busy is cleared from its
    /// incident, anything else is a plain status change.
    Status changeUnitState(qint64 unitId, UnitState to, const QString& reason = {});
    /// Units on and off duty at a shift change, all in one transaction (see UnitCommands::changeDuty).
    Status changeDuty(const UnitCommands::DutyChange& change);
    /// Stores a unit's latest position fix (AVL); `fixAtMs` 0 = now. A fix older than the stored one is
    /// ignored. Telemetry, not an event: the log would drown in it.
    Status reportPosition(qint64 unitId, const GeoPoint& position, qint64 fixAtMs = 0);
    /// The AVL of units standing still: each unit's stored position fixed again at `fixAtMs` (0 = now), in one
    /// transaction (the simulator's units report like a real feed).
    Status confirmPositions(const QList<qint64>& unitIds, qint64 fixAtMs = 0);
    /// Many fixes in one transaction (a feed's batch); a fix older than the stored one is ignored.
    Status reportPositions(const QList<PositionFix>& fixes);
    /// In a demo store, where the demo's units are at this moment (see DemoMotion), stored as fixes; refused in any
    /// other store. Two desks on one demo store store the same fixes.
    Status moveDemoUnits();
    /// Whether the unit's last fix is too old to trust (response policy "units.stale_after_seconds").
    bool isPositionStale(const Unit& unit) const;

    // Reads
    /// The figures of a period (see Statistics); reads the store only.
    Result<Statistics> statistics(const StatsQuery& query) const;
    /// Transfers to police stations (see TransferCommands): the incident moves to Transferred and the station
    /// signs for it by the policy's deadline; a missed deadline is recorded once by sweepClocks().
    Result<qint64> transferIncident(qint64 incidentId, qint64 stationId, const QString& reason);
    Status acceptTransfer(qint64 transferId, const QString& signedBy);
    /// Not yet signed for, earliest deadline first; every transfer of an incident.
    ReadList<Transfer> openTransfers() const;
    ReadList<Transfer> transfersOf(qint64 incidentId) const;
    /// One item of a follow-up list by id, open or not (a view applying a change reads only the items it names).
    ReadOne<Transfer> findTransfer(qint64 transferId) const;
    ReadOne<Callback> findCallback(qint64 callbackId) const;
    ReadOne<Rectification> findRectification(qint64 rectificationId) const;
    ReadOne<Supervision> findSupervision(qint64 supervisionId) const;
    ReadOne<Mediation> findMediation(qint64 mediationId) const;

    /// Feedback review (反馈审核): accept (the incident closes) or return to the unit with a reason.
    Status reviewFeedback(qint64 incidentId, bool accept, const QString& reason = {});

    /// Callbacks (回访) and rectifications (整改), see CallbackCommands: one try at a time; an unsatisfied caller
    /// opens a rectification; missed due times are recorded once by sweepClocks().
    Status recordCallback(qint64 callbackId, bool reached, Satisfaction satisfaction = Satisfaction::None,
                          const QString& words = {});
    Status completeRectification(qint64 rectificationId, const QString& result);
    ReadList<Callback> openCallbacks() const;
    ReadOne<Callback> callbackOf(qint64 incidentId) const;
    ReadList<Rectification> openRectifications() const;

    /// The telephone switch's calls (see PhoneCommands): each desk records what its feed says of a call (`call` as
    /// the desk holds it after the event); an abandoned call is owed a call back, tried without reaching the caller,
    /// or closed (reached, no emergency; or taken on the intake form with the source PhoneCommands::sourceRef(), closed
    /// when the incident is saved). `expectedVersion` is the row version the desk showed (-1: not checked).
    Status recordPhoneEvent(CtiEventType type, const PhoneCall& call);
    /// Many at once, all or none (a recorded day replayed, see CtiReplay).
    Status recordPhoneEvents(const QList<std::pair<CtiEventType, PhoneCall>>& events);
    Status callBackNotReached(qint64 phoneCallId, qint64 expectedVersion, const QString& note = {});
    Status callBackNoEmergency(qint64 phoneCallId, qint64 expectedVersion, const QString& note);
    ReadList<CallRecord> owedCallBacks() const;
    ReadOne<CallRecord> findPhoneCall(qint64 phoneCallId) const;

    /// Supervision (督办, see SupervisionCommands): shift leaders open and close, anyone adds progress notes.
    Result<qint64> supervise(SupervisionSubject subject, qint64 subjectId, const QString& owner, SupervisionMethod method,
                             qint64 deadlineMs, const QString& title = {});
    Status addSupervisionNote(qint64 supervisionId, const QString& text);
    Status closeSupervision(qint64 supervisionId, const QString& result);
    ReadList<Supervision> openSupervisions() const;
    ReadList<SupervisionNote> supervisionNotes(qint64 supervisionId) const;

    /// The declared follow-up lists (FollowUpDeclaration, see FollowUpItemCommands), by the list's code: an item
    /// opened about an incident for an assignee with the list's fields and a deadline, progress notes, closed once
    /// with one of the list's outcomes and the result.
    Result<qint64> openFollowUp(const QString& kind, qint64 incidentId, const QString& assignee,
                                const QMap<QString, QString>& fields, qint64 deadlineMs);
    Status addFollowUpNote(qint64 itemId, const QString& text);
    Status closeFollowUp(qint64 itemId, const QString& outcome, const QString& result);
    /// The list's open items, earliest deadline first.
    ReadList<FollowUpItem> openFollowUps(const QString& kind) const;
    ReadOne<FollowUpItem> findFollowUp(qint64 itemId) const;
    ReadList<FollowUpNote> followUpNotes(qint64 itemId) const;
    /// Who the list's items went to before, the most used first (the desk's suggestions).
    ReadList<QString> followUpAssignees(const QString& kind) const;

    /// Mediation (调解, see MediationCommands): a dispute handed to a certified mediator, who records the outcome by
    /// the policy's deadline; sending a mediator to a dispute does it by itself.
    Result<qint64> assignMediation(qint64 incidentId, qint64 unitId, const QString& note = {});
    Status recordMediation(qint64 mediationId, MediationOutcome outcome, const QString& note = {});
    ReadList<Mediation> openMediations() const;
    ReadList<Mediation> mediationsOf(qint64 incidentId) const;

    /// Instructions from higher command (上级指令, see InstructionCommands): registered, signed for (urgent ones
    /// forwarded in the same step), forwarded or answered directly, answered by the class's deadline.
    Result<qint64> registerInstruction(const InstructionDraft& draft);
    Status signForInstruction(qint64 instructionId, const QStringList& forwardTo = {});
    Status forwardInstruction(qint64 instructionId, const QStringList& to);
    Status answerInstruction(qint64 instructionId, const QString& answer);
    ReadList<Instruction> openInstructions() const;
    ReadOne<Instruction> findInstruction(qint64 instructionId) const;

    /// The repeat-incident ledger (重复警情台账, see LedgerCommands): marks at intake file themselves; actions from any
    /// desk; shift leaders reassign and close.
    Result<qint64> addLedgerAction(qint64 entryId, const QString& text);
    Status assignLedgerEntry(qint64 entryId, const QString& owner);
    Status closeLedgerEntry(qint64 entryId, const QString& result);
    ReadList<LedgerEntry> openLedgerEntries() const;
    ReadOne<LedgerEntry> findLedgerEntry(qint64 entryId) const;
    ReadList<LedgerAction> ledgerActions(qint64 entryId) const;
    ReadList<qint64> ledgerIncidents(qint64 entryId) const;
    /// The ledger's bulletin of a period (a week for "周通报"), as of now when the period is still running.
    Result<LedgerBulletin> ledgerBulletin(const ReportPeriod& period) const;

    /// Everything still owed after the call, across every follow-up list (see OwedItems), as of now.
    ReadList<OwedItem> owed() const;

    // Shifts and handover (交接班, see HandoverCommands)
    /// The shift running now under the centre's pattern.
    ShiftInstance currentShift() const;
    /// The shift before `shift` (the one that ended when it began).
    ShiftInstance previousShift(const ShiftInstance& shift) const;
    Result<qint64> prepareHandover(const ShiftInstance& shift);
    Status setHandoverNotes(qint64 handoverId, const QString& section, const QString& text);
    /// Signing, accepting and rejecting are signatures: each takes the signer's password again (checked as at sign-in;
    /// a wrong one counts towards the lockout). A handover is signed from the centre's margin before its shift's end.
    Status signHandover(qint64 handoverId, const QString& password);
    Status acceptHandover(qint64 handoverId, const QString& password, const QString& comment = {});
    Status rejectHandover(qint64 handoverId, const QString& password, const QString& comment);
    /// Marks something the shift's handover must mention (an incident, or free text).
    Status flagForHandover(const QString& text, qint64 incidentId = 0);
    Status setShiftPattern(const ShiftPattern& pattern);
    Status setRoster(const ShiftInstance& shift, const QList<RosterEntry>& entries);
    ReadList<RosterEntry> roster(const ShiftInstance& shift) const;
    ReadOne<Handover> handover(qint64 handoverId) const;
    ReadOne<Handover> handoverForShift(qint64 shiftStartMs) const;
    /// Stored handovers, newest shift first, optionally only those whose text holds `text` and whose shift began in
    /// [fromMs, toMs).
    ReadList<Handover> handovers(const QString& text = {}, qint64 fromMs = 0, qint64 toMs = 0) const;
    ReadList<HandoverReview> handoverReviews(qint64 handoverId) const;
    /// The report of a shift as of `asOfMs` (exclusive; 0: now, this millisecond included), built without storing.
    HandoverReport buildHandoverReport(const ShiftInstance& shift, qint64 asOfMs = 0) const;
    /// A shift's figures as of `asOfMs` (0: now): the handover's own, shown live on the dashboard.
    Result<HandoverFigures> shiftFigures(const ShiftInstance& shift, qint64 asOfMs = 0) const;

    /// The four-colour zone warnings as of `asOfMs` (0 = now) under the warning policy; reads the store only.
    Result<WarningReport> zoneWarnings(qint64 asOfMs = 0) const;
    const WarningPolicy& warningPolicy() const { return m_warningPolicy; }
    /// Replaces the warning policy with a centre's file (refused whole when bad).
    Status loadWarningPolicy(const QString& path);
    /// An incident from the board, or from the store when it is no longer active.
    ReadOne<Incident> findIncident(qint64 incidentId) const;
    /// Every event recorded about one entity, oldest first.
    ReadList<EventRecord> history(const QString& entity, qint64 entityId) const;
    /// The incident's whole record in log order: its own events and those of its work orders, transfers, callback
    /// and mediations.
    QList<EventRecord> incidentHistory(qint64 incidentId) const;

    /// Reloads the board when another process (another desk, dispatchctl) committed to the store.
    /// Cheap (one PRAGMA, or one indexed read on a server). Throws DispatchError when the store cannot be read.
    bool refreshIfChangedElsewhere();
    /// The same for the window's tick and after a refusal (often caused by what another desk committed, which the
    /// screen then shows at once): a store that cannot be read is announced (storeReadFailed), never thrown.
    void poll();
    /// Another desk said it committed (the server's notification): reads the change feed now, whatever the data
    /// version says (it may already include that commit when this desk's own commit came just after it). A feed
    /// with nothing new is not a reason to read everything again here. Never throws.
    void catchUp();

Q_SIGNALS:
    void incidentsAdded(const QList<qint64>& ids);
    void incidentsChanged(const QList<qint64>& ids);
    void incidentsRemoved(const QList<qint64>& ids);
    void unitsChanged(const QList<qint64>& ids);
    /// Items of a follow-up list (Entity::Transfer, Callback, Rectification, Supervision, Mediation, Instruction,
    /// Ledger; Entity::FollowUp for the items of every declared list) were opened, worked, closed or went overdue, here
    /// or on another desk: the ids of exactly those items.
    void followUpChanged(dispatch::Entity kind, const QList<qint64>& ids);
    /// Items of a follow-up list newly past their deadline, announced once (by the desk whose sweep stamped them).
    void followUpOverdue(dispatch::Entity kind, const QList<qint64>& ids);
    /// A handover was prepared, noted, signed, accepted or rejected; a flag or a roster was set.
    void handoversChanged();
    void referenceChanged();
    void eventsAppended(qint64 lastSeq);
    /// Everything was read again (the change feed could not be applied): views reload in full.
    void boardReset();
    /// The one typed change after each commit, this desk's or another's (read from the change feed): what it touched,
    /// by kind and id. Emitted after the board has applied it and after the per-kind signals above.
    void changed(const dispatch::ChangeEvent& change);
    /// The store could not be read (a list, a refresh): said once per failure, for the desk's banner.
    void storeReadFailed(const dispatch::Error& error);
    /// Incidents that appeared on the board, whether this facade or another process created them
    /// (emitted after incidentsAdded or boardReset, for announcements).
    void incidentsArrived(const QList<qint64>& ids);
    void sessionChanged();
    void triageRulesChanged();
    /// Deadlines just missed (announce them): stamped by this facade's sweep, or read from the log after another
    /// desk or tool stamped them.
    void clocksBreached(const QList<ClockBreach>& breaches);

private:
    /// The signed-in user's password checked as at sign-in, on `what` (the lock screen, a signature).
    Status checkPassword(const QString& password, const QString& what, bool recordUnlock);
    template<typename T, typename Body>
    Result<T> perform(Body&& body);
    /// Runs a query; a store error becomes a failed ReadList/ReadOne and is announced (storeReadFailed).
    template<typename R, typename Body>
    R read(Body&& body) const
    {
        try {
            return R(body());
        } catch (const DispatchError& e) {
            reportReadFailure(e.error());
            return R::failed(e.error());
        }
    }
    void reportReadFailure(const Error& error) const;
    /// Applies a committed change to the board and announces it: the one path of this desk's changes and of those
    /// read back from the change feed.
    void publish(const ChangeEvent& change);
    /// On a server, what publish() reads first for a change of this desk's (the board's incidents and units), sent
    /// with the commit in its round trip (Transaction::commitReadingVersion()); nothing on SQLite.
    QList<sql::PipelineStep> readsAfterCommit(const ChangeEvent& change) const;
    /// After a commit: publishes; a failing refresh reloads everything and is logged, never reported as a refusal
    /// (the command has succeeded). `versionAfter` is the store's data version at the commit when nobody else had
    /// committed since this desk last read the store; without it, what the others did is read from the feed at once.
    void publishCommitted(const ChangeEvent& change, std::optional<qint64> versionAfter);
    /// Reads the whole board again and tells every view to reload.
    void reloadAll();
    /// The feed read and announced; a feed with nothing in it after a change of the data version means a write that
    /// went around the log, and everything is read again when `reloadWhenSilent`.
    bool applyFeed(bool reloadWhenSilent);
    /// The events after m_seenSeq, applied (the change feed) and announced.
    ChangeEvent readFeed(QList<ClockBreach>& breaches);
    bool isOwnSeq(qint64 seq) const;
    /// The row version of an incident or a unit as this desk's board shows it (nothing when it is not on the board):
    /// a manual change of its state is refused when the row has changed since (the screen was about to catch up).
    std::optional<qint64> seenVersion(Entity kind, qint64 id) const;

public:
    /// Fault injection for tests: called at the start of every refresh after a commit; may throw DispatchError.
    void setRefreshFault(std::function<void()> fault) { m_refreshFault = std::move(fault); }

private:

    Database& m_db;
    const Clock& m_clock;
    QString m_desk;
    Board m_board;
    std::optional<User> m_user;
    mutable std::shared_ptr<const RoadNetwork> m_roads; ///< see roadNetwork()
    mutable bool m_roadsRead = false;
    QString m_systemTool;
    qint64 m_dataVersion = 0;
    qint64 m_seenSeq = 0; ///< the last event of the change feed applied (here or read back)
    QList<QPair<qint64, qint64>> m_ownCommits; ///< this desk's commits (first, last event) after m_seenSeq
    std::function<void()> m_refreshFault;
    std::shared_ptr<const TriageEngine> m_triage;
    std::shared_ptr<const CallQuestions> m_questions;
    ResponsePolicy m_policy;
    WarningPolicy m_warningPolicy;
};

} // namespace dispatch
