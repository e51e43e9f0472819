// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace dispatch {

/// A stored password: PBKDF2-HMAC-SHA256 over a random 16-byte salt. The password itself is never stored.
struct PasswordHash
{
    static constexpr int kDefaultIterations = 120000;

    QByteArray salt;
    QByteArray hash; ///< 32 bytes
    int iterations = kDefaultIterations;

    static PasswordHash create(const QString& password, int iterations = kDefaultIterations);
    /// Constant-time comparison of the derived key.
    bool matches(const QString& password) const;

    /// PBKDF2 (RFC 8018) with HMAC-SHA256, one 32-byte block.
    static QByteArray pbkdf2Sha256(const QByteArray& password, const QByteArray& salt, int iterations);
};

} // namespace dispatch
