// SPDX-License-Identifier: GPL-3.0-or-later
// What the exercise tests share: where a new exercise is held for this run of the suite, and two trainees with
// passwords of their own.
#pragma once

#include "CatchQt.h"
#include "TestServer.h"

#include "training/TrainingStore.h"

#include <QDateTime>
#include <QTemporaryDir>

namespace dispatch::test {

/// Where a new exercise is held for this run of the suite: a file, or a schema of a fresh training database.
inline QString newExercise(const QTemporaryDir& dir)
{
    const Result<QString> where =
        TrainingStore::newLocation(onServer() ? createServerDatabase() : dir.path(), QDateTime::currentDateTimeUtc());
    REQUIRE(where.ok());
    return *where;
}

/// Two trainees with passwords of their own (as the live store keeps them).
inline QList<Trainee> twoTrainees()
{
    return {{QStringLiteral("wang"), QStringLiteral("王学员"), PasswordHash::create(QStringLiteral("wang-own-pass"), 1000)},
            {QStringLiteral("lina"), QStringLiteral("李学员"), PasswordHash::create(QStringLiteral("lina-own-pass"), 1000)}};
}

} // namespace dispatch::test
