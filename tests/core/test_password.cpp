// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "auth/PasswordHash.h"

using namespace dispatch;

TEST_CASE("PBKDF2-HMAC-SHA256 matches the published test vectors", "[auth]")
{
    // RFC 7914 section 11 and the widely used SHA-256 variants of the RFC 6070 vectors.
    CHECK(PasswordHash::pbkdf2Sha256("password", "salt", 1).toHex()
          == "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b");
    CHECK(PasswordHash::pbkdf2Sha256("password", "salt", 2).toHex()
          == "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43");
    CHECK(PasswordHash::pbkdf2Sha256("password", "salt", 4096).toHex()
          == "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a");
}

TEST_CASE("stored passwords are salted hashes that verify", "[auth]")
{
    const PasswordHash a = PasswordHash::create(QStringLiteral("dispatcher110"), 500);
    const PasswordHash b = PasswordHash::create(QStringLiteral("dispatcher110"), 500);
    CHECK(a.salt.size() == 16);
    CHECK(a.hash.size() == 32);
    CHECK(a.salt != b.salt);
    CHECK(a.hash != b.hash);
    CHECK(a.matches(QStringLiteral("dispatcher110")));
    CHECK_FALSE(a.matches(QStringLiteral("dispatcher111")));
    CHECK_FALSE(a.matches(QString()));
    CHECK_FALSE(a.hash.contains("dispatcher110"));
    CHECK(PasswordHash::kDefaultIterations >= 100000);
}
