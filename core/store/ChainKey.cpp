// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ChainKey.h"

#include "store/Database.h"

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

#include <array>


namespace dispatch {

namespace {

/// Keys by connection name (a store's connections may live in other threads: a listener, a worker).
QHash<QString, ChainKey>& bound()
{
    static QHash<QString, ChainKey> keys;
    return keys;
}

QMutex& boundLock()
{
    static QMutex lock;
    return lock;
}

} // namespace

Result<ChainKey> ChainKey::read(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{tr("cannot read the event log's key: %1").arg(f.errorString()), path};
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    bool ok = false;
    ChainKey k;
    if (lines.size() != 3 || lines[0].trimmed() != QLatin1String("dispatch-chain-key 1"))
        return Error{tr("not a key file of the event log (it begins \"dispatch-chain-key 1\")"), path + QStringLiteral(":1")};
    const QStringList from = lines[1].split(u' ', Qt::SkipEmptyParts);
    k.fromSeq = from.value(1).toLongLong(&ok);
    if (from.value(0) != QLatin1String("from") || !ok || k.fromSeq < 1)
        return Error{tr("the second line must read \"from SEQ\""), path + QStringLiteral(":2")};
    const QStringList secret = lines[2].split(u' ', Qt::SkipEmptyParts);
    k.secret = QByteArray::fromHex(secret.value(1).toLatin1());
    if (secret.value(0) != QLatin1String("hmac-sha256") || k.secret.size() != 32)
        return Error{tr("the third line must read \"hmac-sha256\" and 64 hex digits"), path + QStringLiteral(":3")};
    return k;
}

Result<ChainKey> ChainKey::create(const QString& path, qint64 fromSeq)
{
    if (QFileInfo::exists(path))
        return Error{tr("a key file is already there: a store's key is made once (keep a copy where the store's backups "
                        "are not)"),
                     path};
    ChainKey k;
    k.fromSeq = fromSeq;
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    k.secret = QByteArray(reinterpret_cast<const char*>(words.data()), qsizetype(sizeof(words)));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Text))
        return Error{tr("cannot write the key file: %1").arg(f.errorString()), path};
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    f.write("dispatch-chain-key 1\nfrom " + QByteArray::number(fromSeq) + "\nhmac-sha256 " + k.secret.toHex() + '\n');
    if (!f.commit())
        return Error{tr("cannot write the key file: %1").arg(f.errorString()), path};
    return k;
}

QString ChainKey::locate(const QString& store)
{
    const QString named = qEnvironmentVariable("DISPATCH_CHAIN_KEY");
    if (!named.isEmpty())
        return named;
    if (!Database::isServerAddress(store) && QFileInfo::exists(store + QStringLiteral(".key")))
        return store + QStringLiteral(".key");
    return {};
}

Status ChainKey::useFor(const Database& db)
{
    const QString path = locate(db.path());
    if (path.isEmpty())
        return Done{};
    Result<ChainKey> k = read(path);
    if (!k)
        return k.error();
    bind(db.connection(), std::move(k).value());
    return Done{};
}

std::optional<ChainKey> ChainKey::of(const QSqlDatabase& db)
{
    const QMutexLocker locked(&boundLock());
    const auto it = bound().constFind(db.connectionName());
    if (it == bound().cend())
        return std::nullopt;
    return *it;
}

void ChainKey::bind(const QSqlDatabase& db, std::optional<ChainKey> key)
{
    const QMutexLocker locked(&boundLock());
    if (key)
        bound().insert(db.connectionName(), std::move(*key));
    else
        bound().remove(db.connectionName());
}

} // namespace dispatch
