// SPDX-License-Identifier: GPL-3.0-or-later
// The bare libpq side of the server benchmarks: a connection to a database of libpq's default server (PGHOST, PGPORT,
// PGUSER …, as pg_virtualenv sets them) and a statement that must succeed; either failing ends the benchmark.
#pragma once

#include <libpq-fe.h>

#include <cstdio>
#include <cstdlib>
#include <string>

namespace dispatch::bench {

inline PGconn* connect(const char* database)
{
    const std::string info = std::string("dbname=") + database;
    PGconn* c = PQconnectdb(info.c_str());
    if (PQstatus(c) != CONNECTION_OK) {
        std::fprintf(stderr, "cannot reach the server (run under pg_virtualenv): %s", PQerrorMessage(c));
        std::exit(2);
    }
    return c;
}

inline void exec(PGconn* c, const std::string& sql)
{
    PGresult* r = PQexec(c, sql.c_str());
    if (PQresultStatus(r) != PGRES_COMMAND_OK && PQresultStatus(r) != PGRES_TUPLES_OK) {
        std::fprintf(stderr, "%s: %s", sql.c_str(), PQerrorMessage(c));
        std::exit(2);
    }
    PQclear(r);
}

} // namespace dispatch::bench
