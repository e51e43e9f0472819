// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SchemaSteps.h"

#include "store/GazetteerRepository.h"
#include "store/Sql.h"

namespace dispatch::schema {

void toV19(const QSqlDatabase& db)
{
    // Every unit's own sign-for deadline is watched: a missed one is stamped once (and announced), not only the
    // incident's first.
    // Where each unit was when it was sent (its position, or its staging point or station): the origin of its trip.
    for (const char* s : {"ALTER TABLE assignments ADD COLUMN sign_for_breached_at INTEGER",
                          "ALTER TABLE assignments ADD COLUMN from_lat REAL",
                          "ALTER TABLE assignments ADD COLUMN from_lon REAL",
                          "CREATE INDEX assignments_sign_for_due ON assignments(sign_for_deadline)"
                          " WHERE acknowledged_at IS NULL AND released_at IS NULL AND sign_for_breached_at IS NULL",
                          // Linked agencies told of an incident as well as the police being sent (120 for the injured,
                          // 119 for a fire), each once, with the agency's acknowledgement.
                          "CREATE TABLE agency_notifications ("
                          " id INTEGER PRIMARY KEY,"
                          " incident_id INTEGER NOT NULL REFERENCES incidents(id),"
                          " agency TEXT NOT NULL REFERENCES agencies(code),"
                          " notified_at INTEGER NOT NULL, notified_by TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',"
                          " acknowledged_at INTEGER, acknowledged_by TEXT NOT NULL DEFAULT '',"
                          " UNIQUE (incident_id, agency))",
                          "CREATE INDEX agency_notifications_open ON agency_notifications(notified_at)"
                          " WHERE acknowledged_at IS NULL",
                          // 122 (traffic police command) joins a centre's linked agencies: a collision is notified there.
                          "INSERT OR IGNORE INTO agencies(code, name, name_en, phone) SELECT '122', '122交警指挥中心',"
                          " '122 traffic police command', '122' WHERE EXISTS (SELECT 1 FROM agencies)",
                          // The call-taker's questions for the category and the caller's answers; the question's words are
                          // kept as asked, so a later questions file leaves the record readable.
                          "CREATE TABLE call_answers ("
                          " incident_id INTEGER NOT NULL REFERENCES incidents(id),"
                          " question TEXT NOT NULL, asked TEXT NOT NULL, answer TEXT NOT NULL,"
                          " answered_at INTEGER NOT NULL, answered_by TEXT NOT NULL DEFAULT '',"
                          " PRIMARY KEY (incident_id, question)) WITHOUT ROWID"})
        sql::run(db, QString::fromUtf8(s));
}

void toV20(const QSqlDatabase& db)
{
    // The change feed: what each committed transaction touched (kind and id), kept under the transaction's last
    // event, so that every other desk applies the same change by reading "the changes after event N".
    sql::run(db, QStringLiteral("CREATE TABLE event_touches ("
                                " seq INTEGER NOT NULL REFERENCES events(seq),"
                                " entity TEXT NOT NULL, entity_id INTEGER NOT NULL,"
                                " PRIMARY KEY (seq, entity, entity_id)) WITHOUT ROWID"));
}

void toV21(const QSqlDatabase& db)
{
    // The first unit's times of an incident are stamped by the dispatch commands (IncidentRepository::
    // stampFirstUnitSteps), no longer by triggers on the assignments; the times already stored stay as they are.
    for (const char* s : {"DROP TRIGGER IF EXISTS assignments_first_dispatch",
                          "DROP TRIGGER IF EXISTS assignments_first_steps"})
        sql::run(db, QString::fromUtf8(s));
}

void toV22(const QSqlDatabase& db)
{
    // A row version on incidents and units, raised by every change of the row (not by a unit's position fix): a
    // write that expects the version it read is refused when another writer changed the row in between, and a desk
    // acting on what its screen showed is told when the row has changed since.
    for (const char* s : {"ALTER TABLE incidents ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0",
                          "ALTER TABLE units ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0"})
        sql::run(db, QString::fromUtf8(s));
}

void toV23(const QSqlDatabase& db)
{
    // The items of every declared follow-up list (FollowUpDeclaration), by the list's code: one open item per list,
    // incident and assignee (the store refuses a second), closed once with an outcome and the result's words.
    for (const char* s : {"CREATE TABLE follow_up_items ("
                          " id INTEGER PRIMARY KEY, kind TEXT NOT NULL CHECK (kind <> ''),"
                          " incident_id INTEGER NOT NULL REFERENCES incidents(id),"
                          " assignee TEXT NOT NULL CHECK (assignee <> ''), fields TEXT NOT NULL DEFAULT '{}',"
                          " opened_at INTEGER NOT NULL, opened_by TEXT NOT NULL DEFAULT '', deadline_at INTEGER NOT NULL,"
                          " overdue_at INTEGER, closed_at INTEGER, closed_by TEXT NOT NULL DEFAULT '',"
                          " outcome TEXT NOT NULL DEFAULT '', result TEXT NOT NULL DEFAULT '',"
                          " CHECK ((closed_at IS NULL) = (outcome = '')))",
                          "CREATE UNIQUE INDEX follow_up_items_open_one ON follow_up_items(kind, incident_id, assignee)"
                          " WHERE closed_at IS NULL",
                          "CREATE INDEX follow_up_items_open ON follow_up_items(kind, deadline_at) WHERE closed_at IS NULL",
                          "CREATE TABLE follow_up_notes ("
                          " id INTEGER PRIMARY KEY, item_id INTEGER NOT NULL REFERENCES follow_up_items(id),"
                          " at INTEGER NOT NULL, by TEXT NOT NULL, text TEXT NOT NULL CHECK (text <> ''))",
                          "CREATE INDEX follow_up_notes_of ON follow_up_notes(item_id)"})
        sql::run(db, QString::fromUtf8(s));
}

void toV24(const QSqlDatabase& db)
{
    // Two desks taking in the same handed-in incident: the second is refused by the store, not only by the check.
    sql::run(db, QStringLiteral("CREATE UNIQUE INDEX incidents_handed_in_ref ON incidents(source_ref)"
                                " WHERE source_ref LIKE 'EIDO:%'"));
}

void toV25(const QSqlDatabase& db)
{
    // The calls the switch reported (CTI), one row per call whichever desk wrote it first: rung, answered (where),
    // ended; an abandoned one owed a call back by a deadline, tried, and closed once with its outcome.
    for (const char* s : {"CREATE TABLE phone_calls ("
                          " id INTEGER PRIMARY KEY, call_id TEXT NOT NULL UNIQUE CHECK (call_id <> ''),"
                          " line TEXT NOT NULL DEFAULT '', number TEXT NOT NULL DEFAULT '',"
                          " caller_name TEXT NOT NULL DEFAULT '', lat REAL, lon REAL, radius_m INTEGER,"
                          " location_source TEXT NOT NULL DEFAULT '', rang_at INTEGER, answered_at INTEGER,"
                          " answered_desk TEXT NOT NULL DEFAULT '', ended_at INTEGER,"
                          " abandoned INTEGER NOT NULL DEFAULT 0 CHECK (abandoned IN (0, 1)),"
                          " call_back_due INTEGER, call_back_overdue_at INTEGER,"
                          " call_back_tries INTEGER NOT NULL DEFAULT 0, call_back_first_at INTEGER,"
                          " call_back_at INTEGER, call_back_by TEXT NOT NULL DEFAULT '',"
                          " call_back_outcome TEXT NOT NULL DEFAULT ''"
                          " CHECK (call_back_outcome IN ('', 'no_emergency', 'incident', 'unreachable')),"
                          " call_back_note TEXT NOT NULL DEFAULT '', incident_id INTEGER REFERENCES incidents(id),"
                          " row_version INTEGER NOT NULL DEFAULT 0,"
                          " CHECK ((call_back_at IS NULL) = (call_back_outcome = '')),"
                          " CHECK (abandoned = 1 OR call_back_outcome = ''))",
                          "CREATE INDEX phone_calls_rang ON phone_calls(rang_at)",
                          "CREATE INDEX phone_calls_owed ON phone_calls(call_back_due)"
                          " WHERE abandoned = 1 AND call_back_outcome = ''"})
        sql::run(db, QString::fromUtf8(s));
}

void toV26(const QSqlDatabase& db)
{
    // The map a centre loads (dispatchctl map import): roads with their nodes (a network by shared node ids), places a
    // caller may name, water and green areas; replaced whole by the next import. Points are "lat,lon" pairs.
    for (const char* s : {"CREATE TABLE map_roads ("
                          " id INTEGER PRIMARY KEY, osm_id INTEGER NOT NULL, class TEXT NOT NULL CHECK (class <> ''),"
                          " name TEXT NOT NULL DEFAULT '', ref TEXT NOT NULL DEFAULT '',"
                          " oneway INTEGER NOT NULL DEFAULT 0 CHECK (oneway IN (-1, 0, 1)), maxspeed_kmh REAL,"
                          " bridge INTEGER NOT NULL DEFAULT 0, tunnel INTEGER NOT NULL DEFAULT 0,"
                          " nodes TEXT NOT NULL, points TEXT NOT NULL, min_lat REAL NOT NULL, min_lon REAL NOT NULL,"
                          " max_lat REAL NOT NULL, max_lon REAL NOT NULL)",
                          "CREATE INDEX map_roads_box ON map_roads(min_lat, max_lat, min_lon, max_lon)",
                          "CREATE TABLE map_places ("
                          " id INTEGER PRIMARY KEY, osm_type TEXT NOT NULL CHECK (osm_type IN ('n', 'w')),"
                          " osm_id INTEGER NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('address', 'poi', 'place')),"
                          " name TEXT NOT NULL DEFAULT '', house_number TEXT NOT NULL DEFAULT '',"
                          " street TEXT NOT NULL DEFAULT '', category TEXT NOT NULL DEFAULT '',"
                          " lat REAL NOT NULL, lon REAL NOT NULL)",
                          "CREATE INDEX map_places_position ON map_places(lat, lon)",
                          "CREATE TABLE map_areas ("
                          " id INTEGER PRIMARY KEY, osm_id INTEGER NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('water', 'park')),"
                          " name TEXT NOT NULL DEFAULT '', points TEXT NOT NULL, min_lat REAL NOT NULL, min_lon REAL NOT NULL,"
                          " max_lat REAL NOT NULL, max_lon REAL NOT NULL)"})
        sql::run(db, QString::fromUtf8(s));
}

void toV27(const QSqlDatabase& db)
{
    // The gazetteer: every name a place can be found by (the map's addresses, points of interest, named places and
    // roads, the centre's address list, the incidents' confirmed addresses), each with its comparable form, and a
    // full-text index of that form by trigrams (FTS5) so that Chinese typed without spaces is found inside a name.
    // The index keeps no copy of the text (external content) and is written by GazetteerRepository.
    for (const char* s : {"CREATE TABLE gazetteer ("
                          " id INTEGER PRIMARY KEY, source TEXT NOT NULL CHECK (source IN ('map', 'list', 'incident')),"
                          " kind TEXT NOT NULL CHECK (kind IN ('address', 'poi', 'place', 'road')),"
                          " text TEXT NOT NULL CHECK (text <> ''), key TEXT NOT NULL CHECK (key <> ''),"
                          " lat REAL NOT NULL, lon REAL NOT NULL, uses INTEGER NOT NULL DEFAULT 0, last_used_at INTEGER)",
                          "CREATE INDEX gazetteer_key ON gazetteer(key)",
                          "CREATE VIRTUAL TABLE gazetteer_text USING fts5(key, content='gazetteer', content_rowid='id',"
                          " tokenize='trigram')"})
        sql::run(db, QString::fromUtf8(s));
    GazetteerRepository::rebuildFromMap(db);
}

void toV28(const QSqlDatabase&)
{
    // The step of a server store alone (SchemaPostgres.cpp): its index of the incidents' positions became one by cell
    // of the map and received time. An embedded store finds a place through its R*Tree (incident_geo), which holds
    // each incident's position as a small box and answers a box with the few incidents about it: nothing changes.
}

void toV29(const QSqlDatabase&)
{
    // The step of a server store alone (SchemaPostgres.cpp): an index of the incidents by received time that holds
    // their positions, for the search of a place over the last hours. An embedded store answers that search through
    // its R*Tree as it answers any other place: nothing changes.
}

} // namespace dispatch::schema
