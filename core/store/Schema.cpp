// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Schema.h"

#include "geo/GeoPoint.h"
#include "store/Database.h"
#include "store/SchemaSteps.h"
#include "store/Sql.h"

#include <algorithm>
#include <iterator>

namespace dispatch {

namespace {

void execAll(const QSqlDatabase& db, std::initializer_list<const char*> statements)
{
    for (const char* s : statements)
        sql::run(db, QString::fromUtf8(s));
}

// Version 1: reference data, users, incidents, units and the hash-chained event log.
// Times are INTEGER milliseconds since the Unix epoch, UTC.
void toV1(const QSqlDatabase& db)
{
    execAll(db, {
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
        "CREATE TABLE users ("
        " id INTEGER PRIMARY KEY,"
        " username TEXT NOT NULL UNIQUE COLLATE NOCASE,"
        " display_name TEXT NOT NULL,"
        " role TEXT NOT NULL CHECK (role IN ('dispatcher','shift_leader','trainer','admin')),"
        " pw_salt BLOB NOT NULL, pw_hash BLOB NOT NULL, pw_iterations INTEGER NOT NULL,"
        " active INTEGER NOT NULL DEFAULT 1,"
        " created_at INTEGER NOT NULL)",
        "CREATE TABLE agencies ("
        " code TEXT PRIMARY KEY, name TEXT NOT NULL, name_en TEXT NOT NULL DEFAULT '',"
        " phone TEXT NOT NULL DEFAULT '')",
        "CREATE TABLE zones ("
        " id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
        " tier INTEGER NOT NULL CHECK (tier BETWEEN 1 AND 5),"
        " geometry TEXT NOT NULL,"
        " min_lat REAL NOT NULL, min_lon REAL NOT NULL, max_lat REAL NOT NULL, max_lon REAL NOT NULL,"
        " source TEXT NOT NULL DEFAULT '')",
        "CREATE TABLE stations ("
        " id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
        " lat REAL NOT NULL, lon REAL NOT NULL, phone TEXT NOT NULL DEFAULT '')",
        "CREATE TABLE staging_points ("
        " id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
        " lat REAL NOT NULL, lon REAL NOT NULL,"
        " zone_id INTEGER REFERENCES zones(id), station_id INTEGER REFERENCES stations(id))",
        "CREATE TABLE incidents ("
        " id INTEGER PRIMARY KEY,"
        " number TEXT NOT NULL UNIQUE,"
        " line TEXT NOT NULL,"
        " caller_name TEXT NOT NULL DEFAULT '', caller_phone TEXT NOT NULL DEFAULT '',"
        " address TEXT NOT NULL DEFAULT '', lat REAL, lon REAL,"
        " zone_id INTEGER REFERENCES zones(id), tier INTEGER NOT NULL DEFAULT 0,"
        " summary TEXT NOT NULL DEFAULT '', category TEXT NOT NULL DEFAULT '',"
        " priority INTEGER NOT NULL DEFAULT 0 CHECK (priority BETWEEN 0 AND 4),"
        " state TEXT NOT NULL, state_since INTEGER NOT NULL,"
        " received_at INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,"
        " created_by INTEGER REFERENCES users(id), desk TEXT NOT NULL DEFAULT '',"
        " merged_into INTEGER REFERENCES incidents(id))",
        "CREATE INDEX incidents_open ON incidents(state) WHERE state NOT IN ('closed','merged','cancelled')",
        "CREATE INDEX incidents_received ON incidents(received_at)",
        "CREATE INDEX incidents_phone ON incidents(caller_phone) WHERE caller_phone <> ''",
        "CREATE TABLE units ("
        " id INTEGER PRIMARY KEY, callsign TEXT NOT NULL UNIQUE, type TEXT NOT NULL,"
        " officers INTEGER NOT NULL DEFAULT 0, auxiliaries INTEGER NOT NULL DEFAULT 0,"
        " station_id INTEGER REFERENCES stations(id), staging_point_id INTEGER REFERENCES staging_points(id),"
        " state TEXT NOT NULL, state_since INTEGER NOT NULL,"
        " incident_id INTEGER REFERENCES incidents(id),"
        " lat REAL, lon REAL, fix_at INTEGER)",
        "CREATE TABLE events ("
        " seq INTEGER PRIMARY KEY,"
        " at INTEGER NOT NULL,"
        " user_id INTEGER, username TEXT NOT NULL, desk TEXT NOT NULL,"
        " kind TEXT NOT NULL, entity TEXT NOT NULL, entity_id INTEGER,"
        " payload TEXT NOT NULL,"
        " prev_hash TEXT NOT NULL, hash TEXT NOT NULL)",
        "CREATE INDEX events_entity ON events(entity, entity_id)",
        "CREATE INDEX events_at ON events(at)",
        // The log is append-only for the application; the hash chain catches anyone who goes around this.
        "CREATE TRIGGER events_no_update BEFORE UPDATE ON events"
        " BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END",
        "CREATE TRIGGER events_no_delete BEFORE DELETE ON events"
        " BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END",
    });
}

// Version 2: every incident says where it came from, so that imported history and training exercises
// never count as live work.
void toV2(const QSqlDatabase& db)
{
    execAll(db, {
        "ALTER TABLE incidents ADD COLUMN origin TEXT NOT NULL DEFAULT 'live'"
        " CHECK (origin IN ('live','imported','exercise'))",
        "ALTER TABLE incidents ADD COLUMN source_ref TEXT NOT NULL DEFAULT ''",
        "CREATE INDEX incidents_origin_received ON incidents(origin, received_at)",
    });
}

// Version 3: intake. The triage proposal kept with the incident, additional callers merged into an
// incident, links between incidents, repeat marks for the ledger, work orders to linked agencies, and an
// R*Tree over incident positions for the duplicate search.
void toV3(const QSqlDatabase& db)
{
    execAll(db, {
        "ALTER TABLE incidents ADD COLUMN divert_to TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE incidents ADD COLUMN mediation INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE incidents ADD COLUMN unit_types TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE incidents ADD COLUMN triage_rules TEXT NOT NULL DEFAULT ''",
        "CREATE INDEX incidents_address ON incidents(address) WHERE address <> ''",
        "CREATE TABLE incident_callers ("
        " id INTEGER PRIMARY KEY,"
        " incident_id INTEGER NOT NULL REFERENCES incidents(id),"
        " line TEXT NOT NULL, name TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '',"
        " address TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL DEFAULT '',"
        " received_at INTEGER NOT NULL, added_at INTEGER NOT NULL,"
        " added_by INTEGER REFERENCES users(id), desk TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX incident_callers_incident ON incident_callers(incident_id)",
        "CREATE INDEX incident_callers_phone ON incident_callers(phone) WHERE phone <> ''",
        "CREATE TABLE incident_links ("
        " id INTEGER PRIMARY KEY,"
        " incident_id INTEGER NOT NULL REFERENCES incidents(id),"
        " linked_id INTEGER NOT NULL REFERENCES incidents(id),"
        " reason TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL, created_by INTEGER REFERENCES users(id),"
        " UNIQUE (incident_id, linked_id), CHECK (incident_id <> linked_id))",
        "CREATE TABLE repeat_marks ("
        " id INTEGER PRIMARY KEY,"
        " incident_id INTEGER NOT NULL REFERENCES incidents(id),"
        " mark TEXT NOT NULL CHECK (mark IN ('same_event','recurred','frequent')),"
        " class TEXT NOT NULL CHECK (class IN ('gambling','drunk','noise','venue','other')),"
        " related_id INTEGER REFERENCES incidents(id),"
        " place_count INTEGER NOT NULL DEFAULT 0,"
        " created_at INTEGER NOT NULL)",
        "CREATE INDEX repeat_marks_incident ON repeat_marks(incident_id)",
        "CREATE TABLE work_orders ("
        " id INTEGER PRIMARY KEY,"
        " incident_id INTEGER NOT NULL REFERENCES incidents(id),"
        " agency TEXT NOT NULL,"
        " state TEXT NOT NULL CHECK (state IN ('sent','accepted','completed','returned')),"
        " note TEXT NOT NULL DEFAULT '',"
        " created_at INTEGER NOT NULL, state_since INTEGER NOT NULL)",
        "CREATE INDEX work_orders_incident ON work_orders(incident_id)",
        "CREATE VIRTUAL TABLE incident_geo USING rtree(id, min_lat, max_lat, min_lon, max_lon)",
        "INSERT INTO incident_geo SELECT id, lat, lat, lon, lon FROM incidents WHERE lat IS NOT NULL AND lon IS NOT NULL",
        "CREATE TRIGGER incident_geo_insert AFTER INSERT ON incidents"
        " WHEN new.lat IS NOT NULL AND new.lon IS NOT NULL"
        " BEGIN INSERT INTO incident_geo VALUES (new.id, new.lat, new.lat, new.lon, new.lon); END",
        "CREATE TRIGGER incident_geo_update AFTER UPDATE OF lat, lon ON incidents"
        " BEGIN DELETE FROM incident_geo WHERE id = old.id;"
        " INSERT INTO incident_geo SELECT new.id, new.lat, new.lat, new.lon, new.lon"
        "  WHERE new.lat IS NOT NULL AND new.lon IS NOT NULL; END",
    });
}

// Version 4: the clocks of each incident. A clock is written when its triggering event happens, with its
// absolute deadline; it stops at its event; a breach is stamped once.
void toV4(const QSqlDatabase& db)
{
    execAll(db, {
        "CREATE TABLE incident_clocks ("
        " id INTEGER PRIMARY KEY,"
        " incident_id INTEGER NOT NULL REFERENCES incidents(id),"
        " kind TEXT NOT NULL CHECK (kind IN ('call_to_dispatch','sign_for','arrival','first_feedback','closure')),"
        " started_at INTEGER NOT NULL, allowed_ms INTEGER NOT NULL, deadline INTEGER NOT NULL,"
        " stopped_at INTEGER,"
        " outcome TEXT CHECK (outcome IN ('met','breached','void')),"
        " breached_at INTEGER, late_ms INTEGER,"
        " UNIQUE (incident_id, kind))",
        "CREATE INDEX incident_clocks_running ON incident_clocks(deadline) WHERE stopped_at IS NULL",
    });
}

// Version 5: dispatch. One row per unit sent to an incident with the unit's steps on it; a unit has at most
// one open assignment (a partial unique index), so its status and current incident cannot differ between
// screens. Feedback from the scene with its disposition.
void toV5(const QSqlDatabase& db)
{
    execAll(db, {
        "CREATE TABLE assignments ("
        " id INTEGER PRIMARY KEY,"
        " incident_id INTEGER NOT NULL REFERENCES incidents(id),"
        " unit_id INTEGER NOT NULL REFERENCES units(id),"
        " dispatched_at INTEGER NOT NULL, dispatched_by INTEGER REFERENCES users(id),"
        " sign_for_deadline INTEGER NOT NULL,"
        " acknowledged_at INTEGER, en_route_at INTEGER, on_scene_at INTEGER,"
        " released_at INTEGER,"
        " release TEXT CHECK (release IN ('cleared','recalled','reassigned','closed')),"
        " distance_m INTEGER, eta_seconds INTEGER, committed INTEGER NOT NULL DEFAULT 0,"
        " CHECK ((released_at IS NULL) = (release IS NULL)))",
        "CREATE UNIQUE INDEX assignments_open_unit ON assignments(unit_id) WHERE released_at IS NULL",
        "CREATE INDEX assignments_incident ON assignments(incident_id)",
        "CREATE TABLE feedback ("
        " id INTEGER PRIMARY KEY,"
        " incident_id INTEGER NOT NULL REFERENCES incidents(id),"
        " unit_id INTEGER REFERENCES units(id),"
        " at INTEGER NOT NULL, by_user INTEGER REFERENCES users(id),"
        " result TEXT NOT NULL, disposition TEXT NOT NULL)",
        "CREATE INDEX feedback_incident ON feedback(incident_id)",
    });
}

// Version 6: history and statistics. Each incident carries the times of its FIRST unit's steps, kept by
// triggers on the assignments (so no command can forget them); imported CAD history keeps its units' times in
// imported_assignments (its units are not ours) and each import is recorded with its counts.
void toV6(const QSqlDatabase& db)
{
    execAll(db, {
        "ALTER TABLE incidents ADD COLUMN first_dispatched_at INTEGER",
        "ALTER TABLE incidents ADD COLUMN first_signed_for_at INTEGER",
        "ALTER TABLE incidents ADD COLUMN first_on_scene_at INTEGER",
        "ALTER TABLE incidents ADD COLUMN import_id INTEGER REFERENCES imports(id)",
        "UPDATE incidents SET"
        " first_dispatched_at = (SELECT MIN(dispatched_at) FROM assignments a WHERE a.incident_id = incidents.id),"
        " first_signed_for_at = (SELECT MIN(acknowledged_at) FROM assignments a WHERE a.incident_id = incidents.id),"
        " first_on_scene_at = (SELECT MIN(on_scene_at) FROM assignments a WHERE a.incident_id = incidents.id)",
        "CREATE TRIGGER assignments_first_dispatch AFTER INSERT ON assignments BEGIN"
        " UPDATE incidents SET first_dispatched_at = new.dispatched_at WHERE id = new.incident_id"
        "  AND (first_dispatched_at IS NULL OR first_dispatched_at > new.dispatched_at); END",
        "CREATE TRIGGER assignments_first_steps AFTER UPDATE OF acknowledged_at, on_scene_at ON assignments BEGIN"
        " UPDATE incidents SET"
        "  first_signed_for_at = CASE WHEN new.acknowledged_at IS NOT NULL AND (first_signed_for_at IS NULL"
        "   OR first_signed_for_at > new.acknowledged_at) THEN new.acknowledged_at ELSE first_signed_for_at END,"
        "  first_on_scene_at = CASE WHEN new.on_scene_at IS NOT NULL AND (first_on_scene_at IS NULL"
        "   OR first_on_scene_at > new.on_scene_at) THEN new.on_scene_at ELSE first_on_scene_at END"
        " WHERE id = new.incident_id; END",
        "CREATE TABLE imports ("
        " id INTEGER PRIMARY KEY,"
        " source TEXT NOT NULL, profile TEXT NOT NULL, file TEXT NOT NULL,"
        " rows INTEGER NOT NULL, incidents INTEGER NOT NULL, assignments INTEGER NOT NULL,"
        " rejected INTEGER NOT NULL, already_imported INTEGER NOT NULL,"
        " imported_at INTEGER NOT NULL, imported_by TEXT NOT NULL)",
        "CREATE TABLE imported_assignments ("
        " id INTEGER PRIMARY KEY,"
        " incident_id INTEGER NOT NULL REFERENCES incidents(id),"
        " unit_ref TEXT NOT NULL, unit_type TEXT NOT NULL DEFAULT '',"
        " dispatched_at INTEGER, signed_for_at INTEGER, on_scene_at INTEGER, cleared_at INTEGER)",
        "CREATE INDEX imported_assignments_incident ON imported_assignments(incident_id)",
        "CREATE UNIQUE INDEX incidents_imported_ref ON incidents(source_ref) WHERE origin = 'imported'",
    });
}

// Version 7: statistics read a period's rows from one index alone (it covers every column they need), in
// received order; it replaces the plain index on received_at.
void toV7(const QSqlDatabase& db)
{
    execAll(db, {
        "CREATE INDEX incidents_history ON incidents(received_at, origin, priority, tier, zone_id,"
        " first_dispatched_at, first_signed_for_at, first_on_scene_at, line, category, state, divert_to)",
        "DROP INDEX incidents_received",
    });
}

void toV8(const QSqlDatabase& db)
{
    // The board's load at start (and after another desk's change) reads live open incidents only: with a
    // million imported rows, some of them left "transferred", a plain scan took 170 ms.
    execAll(db, {
        "CREATE INDEX incidents_live_open ON incidents(id)"
        " WHERE state NOT IN ('closed','merged','cancelled') AND origin <> 'imported'",
    });
}

void toV9(const QSqlDatabase& db)
{
    execAll(db, {
        "CREATE TABLE transfers ("
        " id INTEGER PRIMARY KEY,"
        " incident_id INTEGER NOT NULL REFERENCES incidents(id),"
        " station_id INTEGER NOT NULL REFERENCES stations(id),"
        " reason TEXT NOT NULL CHECK (reason <> ''),"
        " transferred_at INTEGER NOT NULL, deadline_at INTEGER NOT NULL,"
        " accepted_at INTEGER, accepted_by TEXT NOT NULL DEFAULT '',"
        " overdue_at INTEGER)",
        // One open transfer per incident; the open ones by deadline for the list and the sweep.
        "CREATE UNIQUE INDEX transfers_open_incident ON transfers(incident_id) WHERE accepted_at IS NULL",
        "CREATE INDEX transfers_open ON transfers(deadline_at) WHERE accepted_at IS NULL",
        "CREATE INDEX transfers_incident ON transfers(incident_id)",
    });
}

void toV10(const QSqlDatabase& db)
{
    execAll(db, {
        "CREATE TABLE callbacks ("
        " id INTEGER PRIMARY KEY,"
        " incident_id INTEGER NOT NULL UNIQUE REFERENCES incidents(id),"
        " due_at INTEGER NOT NULL,"
        " state TEXT NOT NULL DEFAULT 'due' CHECK (state IN ('due','reached','unreachable')),"
        " attempts INTEGER NOT NULL DEFAULT 0, last_attempt_at INTEGER,"
        " satisfaction TEXT NOT NULL DEFAULT '' CHECK (satisfaction IN ('','satisfied','basically_satisfied','unsatisfied')),"
        " words TEXT NOT NULL DEFAULT '', done_at INTEGER, done_by TEXT NOT NULL DEFAULT '', overdue_at INTEGER)",
        "CREATE INDEX callbacks_due ON callbacks(due_at) WHERE state = 'due'",
        "CREATE TABLE rectifications ("
        " id INTEGER PRIMARY KEY,"
        " callback_id INTEGER NOT NULL UNIQUE REFERENCES callbacks(id),"
        " incident_id INTEGER NOT NULL REFERENCES incidents(id),"
        " unit_id INTEGER REFERENCES units(id),"
        " issue TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL, deadline_at INTEGER NOT NULL,"
        " done_at INTEGER, result TEXT NOT NULL DEFAULT '', overdue_at INTEGER)",
        "CREATE INDEX rectifications_open ON rectifications(deadline_at) WHERE done_at IS NULL",
    });
}

void toV11(const QSqlDatabase& db)
{
    execAll(db, {
        "CREATE TABLE supervisions ("
        " id INTEGER PRIMARY KEY,"
        " subject TEXT NOT NULL CHECK (subject IN ('incident','rectification','callback','transfer')),"
        " subject_id INTEGER NOT NULL, incident_id INTEGER NOT NULL REFERENCES incidents(id),"
        " title TEXT NOT NULL DEFAULT '', owner TEXT NOT NULL CHECK (owner <> ''),"
        " method TEXT NOT NULL CHECK (method IN ('online','instruction','phone')),"
        " created_at INTEGER NOT NULL, created_by TEXT NOT NULL, deadline_at INTEGER NOT NULL,"
        " closed_at INTEGER, result TEXT NOT NULL DEFAULT '', overdue_at INTEGER)",
        "CREATE UNIQUE INDEX supervisions_open_subject ON supervisions(subject, subject_id) WHERE closed_at IS NULL",
        "CREATE INDEX supervisions_open ON supervisions(deadline_at) WHERE closed_at IS NULL",
        "CREATE TABLE supervision_notes ("
        " id INTEGER PRIMARY KEY, supervision_id INTEGER NOT NULL REFERENCES supervisions(id),"
        " at INTEGER NOT NULL, by TEXT NOT NULL, text TEXT NOT NULL CHECK (text <> ''))",
        "CREATE INDEX supervision_notes_of ON supervision_notes(supervision_id)",
    });
}

void toV12(const QSqlDatabase& db)
{
    execAll(db, {
        // A mediator's certificate (调解员证): number and the first instant it is no longer valid.
        "ALTER TABLE units ADD COLUMN certificate_no TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE units ADD COLUMN certificate_expires INTEGER",
        "CREATE TABLE mediations ("
        " id INTEGER PRIMARY KEY,"
        " incident_id INTEGER NOT NULL REFERENCES incidents(id),"
        " unit_id INTEGER NOT NULL REFERENCES units(id),"
        " certificate_no TEXT NOT NULL CHECK (certificate_no <> ''),"
        " assigned_at INTEGER NOT NULL, assigned_by TEXT NOT NULL, deadline_at INTEGER NOT NULL,"
        " outcome TEXT NOT NULL DEFAULT '' CHECK (outcome IN ('','settled','not_settled','referred')),"
        " note TEXT NOT NULL DEFAULT '', outcome_at INTEGER, outcome_by TEXT NOT NULL DEFAULT '',"
        " overdue_at INTEGER,"
        " CHECK ((outcome = '') = (outcome_at IS NULL)))",
        // One open mediation per incident; the open ones by deadline for the list and the sweep.
        "CREATE UNIQUE INDEX mediations_open_incident ON mediations(incident_id) WHERE outcome = ''",
        "CREATE INDEX mediations_open ON mediations(deadline_at) WHERE outcome = ''",
        "CREATE INDEX mediations_incident ON mediations(incident_id)",
    });
}

void toV13(const QSqlDatabase& db)
{
    execAll(db, {
        "CREATE TABLE instructions ("
        " id INTEGER PRIMARY KEY,"
        " source TEXT NOT NULL CHECK (source <> ''), text TEXT NOT NULL CHECK (text <> ''),"
        " class TEXT NOT NULL CHECK (class IN ('urgent','general','repeated')),"
        " incident_id INTEGER REFERENCES incidents(id),"
        " received_at INTEGER NOT NULL, registered_at INTEGER NOT NULL, registered_by TEXT NOT NULL,"
        " sign_deadline_at INTEGER NOT NULL, signed_at INTEGER, signed_by TEXT NOT NULL DEFAULT '',"
        " forwarded_at INTEGER, forwarded_to TEXT NOT NULL DEFAULT '', forwarded_by TEXT NOT NULL DEFAULT '',"
        " reply_deadline_at INTEGER NOT NULL, answered_at INTEGER, answered_by TEXT NOT NULL DEFAULT '',"
        " answer TEXT NOT NULL DEFAULT '',"
        " sign_overdue_at INTEGER, overdue_at INTEGER,"
        // An urgent instruction is never answered without being forwarded.
        " CHECK (class <> 'urgent' OR answered_at IS NULL OR forwarded_at IS NOT NULL))",
        "CREATE INDEX instructions_open ON instructions(reply_deadline_at) WHERE answered_at IS NULL",
        "CREATE INDEX instructions_received ON instructions(received_at)",
    });
}

void toV14(const QSqlDatabase& db)
{
    execAll(db, {
        "CREATE TABLE ledger_entries ("
        " id INTEGER PRIMARY KEY,"
        " class TEXT NOT NULL CHECK (class IN ('gambling','drunk','noise','venue','other')),"
        " address TEXT NOT NULL DEFAULT '', lat REAL, lon REAL, zone_id INTEGER REFERENCES zones(id),"
        " owner TEXT NOT NULL DEFAULT '',"
        " opened_at INTEGER NOT NULL, deadline_at INTEGER NOT NULL,"
        " closed_at INTEGER, closed_by TEXT NOT NULL DEFAULT '', result TEXT NOT NULL DEFAULT '',"
        " overdue_at INTEGER,"
        " CHECK ((closed_at IS NULL) = (result = '')))",
        "CREATE INDEX ledger_entries_open ON ledger_entries(deadline_at) WHERE closed_at IS NULL",
        "CREATE INDEX ledger_entries_opened ON ledger_entries(opened_at)",
        "CREATE INDEX ledger_entries_closed ON ledger_entries(closed_at) WHERE closed_at IS NOT NULL",
        "CREATE TABLE ledger_marks ("
        " id INTEGER PRIMARY KEY,"
        " entry_id INTEGER NOT NULL REFERENCES ledger_entries(id),"
        " mark_id INTEGER NOT NULL UNIQUE REFERENCES repeat_marks(id),"
        " incident_id INTEGER NOT NULL REFERENCES incidents(id),"
        " mark TEXT NOT NULL, at INTEGER NOT NULL)",
        "CREATE INDEX ledger_marks_entry ON ledger_marks(entry_id)",
        "CREATE TABLE ledger_actions ("
        " id INTEGER PRIMARY KEY, entry_id INTEGER NOT NULL REFERENCES ledger_entries(id),"
        " at INTEGER NOT NULL, by TEXT NOT NULL, text TEXT NOT NULL CHECK (text <> ''))",
        "CREATE INDEX ledger_actions_entry ON ledger_actions(entry_id)",
        // Marks stored before the ledger existed become entries: one per class and place (the address, or the
        // position to about 100 m when there is none), owned by the nearest station, due 30 days after the first.
        "CREATE TEMP TABLE old_marks AS SELECT m.id AS mark_id, m.incident_id, m.mark, m.class, m.created_at,"
        " i.address, i.lat, i.lon, i.zone_id,"
        " m.class || '|' || CASE WHEN i.address <> '' THEN i.address"
        "  ELSE printf('%.3f,%.3f', coalesce(i.lat, 0), coalesce(i.lon, 0)) END AS place_key"
        " FROM repeat_marks m JOIN incidents i ON i.id = m.incident_id",
        "CREATE TEMP TABLE old_entries AS SELECT place_key, class, MIN(created_at) AS opened_at,"
        " (SELECT o2.address FROM old_marks o2 WHERE o2.place_key = o.place_key ORDER BY o2.mark_id LIMIT 1) AS address,"
        " (SELECT o2.lat FROM old_marks o2 WHERE o2.place_key = o.place_key ORDER BY o2.mark_id LIMIT 1) AS lat,"
        " (SELECT o2.lon FROM old_marks o2 WHERE o2.place_key = o.place_key ORDER BY o2.mark_id LIMIT 1) AS lon,"
        " (SELECT o2.zone_id FROM old_marks o2 WHERE o2.place_key = o.place_key ORDER BY o2.mark_id LIMIT 1) AS zone_id"
        " FROM old_marks o GROUP BY place_key",
        "INSERT INTO ledger_entries(class, address, lat, lon, zone_id, owner, opened_at, deadline_at)"
        " SELECT e.class, e.address, e.lat, e.lon, e.zone_id, coalesce((SELECT name FROM stations ORDER BY id LIMIT 1), ''),"
        "  e.opened_at, e.opened_at + 2592000000"
        " FROM old_entries e ORDER BY e.opened_at, e.place_key",
        "INSERT INTO ledger_marks(entry_id, mark_id, incident_id, mark, at)"
        " SELECT (SELECT l.id FROM ledger_entries l JOIN old_entries e ON e.class = l.class AND e.opened_at = l.opened_at"
        "   AND e.address = l.address AND e.lat IS l.lat AND e.lon IS l.lon WHERE e.place_key = o.place_key),"
        "  o.mark_id, o.incident_id, o.mark, o.created_at"
        " FROM old_marks o ORDER BY o.mark_id",
        "DROP TABLE old_marks",
        "DROP TABLE old_entries",
    });
    // The owner is the station nearest the place (the first station when the place has no position).
    QList<QPair<QString, GeoPoint>> stations;
    for (sql::Query q = sql::run(db, QStringLiteral("SELECT name, lat, lon FROM stations ORDER BY id")); q.next();)
        stations.append({q.value(0).toString(), GeoPoint{q.value(1).toDouble(), q.value(2).toDouble()}});
    for (sql::Query q = sql::run(db, QStringLiteral("SELECT id, lat, lon FROM ledger_entries WHERE lat IS NOT NULL AND lon IS NOT NULL"));
         q.next();) {
        const GeoPoint place{q.value(1).toDouble(), q.value(2).toDouble()};
        const auto nearest = std::min_element(stations.cbegin(), stations.cend(), [&](const auto& a, const auto& b) {
            return geo::distanceMetres(a.second, place) < geo::distanceMetres(b.second, place);
        });
        if (nearest != stations.cend())
            sql::run(db, QStringLiteral("UPDATE ledger_entries SET owner = ? WHERE id = ?"), {nearest->first, q.value(0)});
    }
}

void toV15(const QSqlDatabase& db)
{
    // Supervision reaches instructions and ledger entries too, which need not concern one incident: the table is
    // rebuilt with the wider subject check and an optional incident (SQLite cannot alter a CHECK). The notes'
    // reference resolves to the rebuilt table by name; foreign keys are checked at COMMIT.
    execAll(db, {
        "PRAGMA defer_foreign_keys = ON",
        "CREATE TABLE supervisions_v15 ("
        " id INTEGER PRIMARY KEY,"
        " subject TEXT NOT NULL CHECK (subject IN ('incident','rectification','callback','transfer','instruction','ledger')),"
        " subject_id INTEGER NOT NULL, incident_id INTEGER REFERENCES incidents(id),"
        " title TEXT NOT NULL DEFAULT '', owner TEXT NOT NULL CHECK (owner <> ''),"
        " method TEXT NOT NULL CHECK (method IN ('online','instruction','phone')),"
        " created_at INTEGER NOT NULL, created_by TEXT NOT NULL, deadline_at INTEGER NOT NULL,"
        " closed_at INTEGER, result TEXT NOT NULL DEFAULT '', overdue_at INTEGER)",
        "INSERT INTO supervisions_v15 SELECT id, subject, subject_id, incident_id, title, owner, method, created_at,"
        " created_by, deadline_at, closed_at, result, overdue_at FROM supervisions",
        "DROP TABLE supervisions",
        "ALTER TABLE supervisions_v15 RENAME TO supervisions",
        "CREATE UNIQUE INDEX supervisions_open_subject ON supervisions(subject, subject_id) WHERE closed_at IS NULL",
        "CREATE INDEX supervisions_open ON supervisions(deadline_at) WHERE closed_at IS NULL",
    });
}

void toV16(const QSqlDatabase& db)
{
    execAll(db, {
        // The duty roster of each shift: its leader and dispatchers with their desks.
        "CREATE TABLE shift_roster ("
        " id INTEGER PRIMARY KEY,"
        " shift_start INTEGER NOT NULL, shift_end INTEGER NOT NULL, shift_name TEXT NOT NULL DEFAULT '',"
        " user_id INTEGER NOT NULL REFERENCES users(id),"
        " duty TEXT NOT NULL CHECK (duty IN ('leader','dispatcher')), desk TEXT NOT NULL DEFAULT '',"
        " UNIQUE (shift_start, user_id))",
        "CREATE INDEX shift_roster_start ON shift_roster(shift_start)",
        // One handover per shift; its content is the report's JSON. Once accepted it never changes: the triggers
        // refuse it, and its hash (also in the event chain) lets `dispatchctl check` see anyone who went around them.
        "CREATE TABLE handovers ("
        " id INTEGER PRIMARY KEY,"
        " shift_start INTEGER NOT NULL UNIQUE, shift_end INTEGER NOT NULL, slot INTEGER NOT NULL, shift_name TEXT NOT NULL,"
        " state TEXT NOT NULL CHECK (state IN ('draft','signed','rejected','accepted')),"
        " content TEXT NOT NULL, built_at INTEGER NOT NULL,"
        " outgoing_user TEXT NOT NULL DEFAULT '', outgoing_name TEXT NOT NULL DEFAULT '', signed_at INTEGER,"
        " incoming_user TEXT NOT NULL DEFAULT '', incoming_name TEXT NOT NULL DEFAULT '', accepted_at INTEGER,"
        " content_hash TEXT NOT NULL DEFAULT '',"
        " CHECK (state <> 'accepted' OR (accepted_at IS NOT NULL AND content_hash <> '')))",
        "CREATE TABLE handover_reviews ("
        " id INTEGER PRIMARY KEY, handover_id INTEGER NOT NULL REFERENCES handovers(id),"
        " at INTEGER NOT NULL, by TEXT NOT NULL, decision TEXT NOT NULL CHECK (decision IN ('rejected','accepted')),"
        " comment TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX handover_reviews_of ON handover_reviews(handover_id)",
        "CREATE TRIGGER handovers_frozen BEFORE UPDATE ON handovers WHEN old.state = 'accepted'"
        " BEGIN SELECT RAISE(ABORT, 'an accepted handover cannot change'); END",
        "CREATE TRIGGER handovers_kept BEFORE DELETE ON handovers WHEN old.state = 'accepted'"
        " BEGIN SELECT RAISE(ABORT, 'an accepted handover cannot be deleted'); END",
    });
}

void toV17(const QSqlDatabase& db)
{
    // A further caller may come from outside the desk (a training call); the after-action report finds it by this.
    execAll(db, {"ALTER TABLE incident_callers ADD COLUMN source_ref TEXT NOT NULL DEFAULT ''"});
}

void toV18(const QSqlDatabase& db)
{
    // "UPDATE OF lat, lon" fires whenever those columns are set, and the repository sets every column: the index
    // row is rewritten only when the place really moved.
    execAll(db, {
        "DROP TRIGGER incident_geo_update",
        "CREATE TRIGGER incident_geo_update AFTER UPDATE OF lat, lon ON incidents"
        " WHEN old.lat IS NOT new.lat OR old.lon IS NOT new.lon"
        " BEGIN DELETE FROM incident_geo WHERE id = old.id;"
        " INSERT INTO incident_geo SELECT new.id, new.lat, new.lat, new.lon, new.lon"
        "  WHERE new.lat IS NOT NULL AND new.lon IS NOT NULL; END",
    });
}

// Every step, in order. Database::kSchemaVersion is the version of the last one: the static_asserts below refuse to
// compile a table that does not run from 1 to it one version at a time (a step added without raising it, or the
// reverse).
constexpr Schema::Step kSteps[]{
    {1, "reference data, users, incidents, units, event log", &toV1},
    {2, "incident origin (live / imported / exercise)", &toV2},
    {3, "intake: triage proposal, callers, links, repeat marks, work orders, position index", &toV3},
    {4, "incident clocks with absolute deadlines", &toV4},
    {5, "dispatch: assignments of units to incidents, feedback", &toV5},
    {6, "history: first-unit times, imported CAD history and its imports", &toV6},
    {7, "statistics: a covering index of each incident's figures by received time", &toV7},
    {8, "the board's live open incidents found without reading history", &toV8},
    {9, "transfers of incidents to police stations, signed for by a deadline", &toV9},
    {10, "callbacks of closed incidents and rectifications of unsatisfied callers", &toV10},
    {11, "supervision of incidents and follow-up items, with progress notes", &toV11},
    {12, "mediation of disputes by certified mediators, with the outcome", &toV12},
    {13, "instructions from higher command: sign-for, forwarding, answers", &toV13},
    {14, "the repeat-incident ledger: entries by class and place, their marks and actions", &toV14},
    {15, "supervision of instructions and ledger entries (incident optional)", &toV15},
    {16, "shift rosters and handovers with their signatures, frozen once accepted", &toV16},
    {17, "the source of a merged caller (training calls)", &toV17},
    {18, "the position index rewritten only when an incident's place changes", &toV18},
    {19, "each unit's missed sign-for stamped once; where each unit left from; linked agencies notified; the "
         "call-taker's questions answered",
     &schema::toV19},
    {20, "the change feed: what each transaction touched, by kind and id", &schema::toV20},
    {21, "the first unit's times stamped by the dispatch commands instead of triggers", &schema::toV21},
    {22, "a row version on incidents and units, raised by every change of the row", &schema::toV22},
    {23, "the items of the declared follow-up lists", &schema::toV23},
    {24, "an incident handed in from another centre taken in once", &schema::toV24},
    {25, "the calls the telephone switch reported; abandoned calls owed a call back", &schema::toV25},
    {26, "the map the centre loads: roads, places a caller may name, water and green areas", &schema::toV26},
    {27, "the gazetteer: the names places are found by, with a trigram index for typed Chinese", &schema::toV27},
    {28, "a server finds the incidents at a place by cell of the map and time (an embedded store by its R*Tree)",
     &schema::toV28},
    {29, "a server finds a place's calls of the last hours by received time with the position in the index",
     &schema::toV29},
};

constexpr bool stepsRunFromOneByOne()
{
    for (std::size_t i = 0; i < std::size(kSteps); ++i)
        if (kSteps[i].toVersion != static_cast<int>(i) + 1)
            return false;
    return true;
}
static_assert(stepsRunFromOneByOne(), "schema steps must be numbered 1, 2, 3, ... in order");
static_assert(std::size(kSteps) == Database::kSchemaVersion,
              "Database::kSchemaVersion must be the version of the last schema step");

} // namespace

std::span<const Schema::Step> Schema::steps()
{
    return kSteps;
}

int Schema::latestVersion()
{
    return kSteps[std::size(kSteps) - 1].toVersion;
}

} // namespace dispatch
