// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace dispatch {

/// Exercises held on a centre's server, so that trainees at other PCs join them: a training database of the centre's
/// own (never the live store's), one schema per exercise. An exercise's address is the training database's URI with
/// the schema as its search path (`postgresql://host/dispatch_training?options=-csearch_path%3Dexercise_…`); every
/// desk, the trainer's console and `dispatchctl` open it like any store.
class ExerciseSchemas
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::ExerciseSchemas)

public:
    /// The address of a new exercise started at `when` in the training database `trainingUri` (nothing is made yet).
    static Result<QString> newAddress(const QString& trainingUri, const QDateTime& when);
    /// The exercise's schema named in an address (empty when it names none).
    static QString schemaOf(const QString& address);
    /// The training database's URI of an exercise's address (its search path left out).
    static QString trainingDatabaseOf(const QString& address);
    /// Makes the exercise's schema. Refused when the database holds a live store (exercises are held in a database
    /// of their own) or the schema is there already.
    static Status create(const QString& address);
    /// Drops an exercise's schema and everything in it (an exercise that did not start); errors are logged.
    static void drop(const QString& address);
    /// The addresses of the exercises held in a training database, newest first.
    static Result<QStringList> list(const QString& trainingUri);
};

} // namespace dispatch
