// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/PasswordHash.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace dispatch {

QByteArray PasswordHash::pbkdf2Sha256(const QByteArray& password, const QByteArray& salt, int iterations)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    // U1 = HMAC(P, S || INT(1)); Ui = HMAC(P, Ui-1); T = U1 ^ U2 ^ … ^ Uc
    QByteArray block = salt;
    block.append(char(0)).append(char(0)).append(char(0)).append(char(1));
    mac.addData(block);
    QByteArray u = mac.result();
    QByteArray t = u;
    for (int i = 1; i < iterations; ++i) {
        mac.reset();
        mac.addData(u);
        u = mac.result();
        for (qsizetype k = 0; k < t.size(); ++k)
            t[k] = char(t[k] ^ u[k]);
    }
    return t;
}

PasswordHash PasswordHash::create(const QString& password, int iterations)
{
    PasswordHash h;
    h.iterations = qMax(1, iterations);
    h.salt.resize(16);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(h.salt.data()), 4);
    h.hash = pbkdf2Sha256(password.toUtf8(), h.salt, h.iterations);
    return h;
}

bool PasswordHash::matches(const QString& password) const
{
    const QByteArray candidate = pbkdf2Sha256(password.toUtf8(), salt, iterations);
    if (candidate.size() != hash.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < hash.size(); ++i)
        diff |= static_cast<unsigned char>(candidate[i] ^ hash[i]);
    return diff == 0;
}

} // namespace dispatch
