// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace dispatch {

class Database;

/// The centre's key for the event log: a secret the store does not hold, kept in a file only the service accounts may
/// read, so that a log rewritten by someone who can write the store does not verify. From event `fromSeq` on, every
/// event's hash is an HMAC-SHA256 under it (scheme "k2:"); events before it keep their hashes.
///
/// The file: "dispatch-chain-key 1", "from SEQ", "hmac-sha256 HEX" (three lines, made by `dispatchctl key init`).
/// A program finds it in DISPATCH_CHAIN_KEY, or beside a store file as STORE.key, and binds it to the store it
/// opened (its connection): an exercise store opened beside it is not keyed.
struct ChainKey
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::ChainKey)

public:
    QByteArray secret;
    qint64 fromSeq = 1;

    /// Reads a key file; an error names the file and what is wrong with it.
    static Result<ChainKey> read(const QString& path);
    /// Writes a new random key keying the events from `fromSeq` on; refuses to overwrite a file. Owner-only (0600).
    static Result<ChainKey> create(const QString& path, qint64 fromSeq);
    /// The key file for a store: DISPATCH_CHAIN_KEY, else STORE.key beside a store file when it exists (else empty).
    static QString locate(const QString& store);
    /// Reads the key of the opened store when one is configured and binds it to the store's connection; an error
    /// when one is named but cannot be read.
    static Status useFor(const Database& db);

    /// The key bound to this connection, or none (a copy: another thread may bind meanwhile).
    static std::optional<ChainKey> of(const QSqlDatabase& db);
    static void bind(const QSqlDatabase& db, std::optional<ChainKey> key);
};

} // namespace dispatch
