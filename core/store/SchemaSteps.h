// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

namespace dispatch::schema {

// The steps from version 19 on, listed in Schema::steps() with the earlier ones.
void toV19(const QSqlDatabase& db);
void toV20(const QSqlDatabase& db);
void toV21(const QSqlDatabase& db);
void toV22(const QSqlDatabase& db);
void toV23(const QSqlDatabase& db);
void toV24(const QSqlDatabase& db);
void toV25(const QSqlDatabase& db);
void toV26(const QSqlDatabase& db);
void toV27(const QSqlDatabase& db);
void toV28(const QSqlDatabase& db);
void toV29(const QSqlDatabase& db);

} // namespace dispatch::schema
