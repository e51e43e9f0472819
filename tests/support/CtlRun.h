// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real dispatchctl binary as a process (end-to-end tests).
#pragma once

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace dispatch::test {

struct CtlRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// dispatchctl with these arguments and `input` on standard input (and `env` added to the environment); waits up to
/// a minute. `program` runs something else instead (runuser, to run dispatchctl as another account).
inline CtlRun ctl(const QStringList& args, const QByteArray& input = {}, const QProcessEnvironment& env = {},
                  const QString& program = QStringLiteral(DISPATCHCTL_PATH))
{
    QProcess p;
    if (!env.isEmpty()) {
        QProcessEnvironment all = QProcessEnvironment::systemEnvironment();
        all.insert(env);
        p.setProcessEnvironment(all);
    }
    p.start(program, args);
    REQUIRE(p.waitForStarted());
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

/// The demo district's administrator, for the commands that change users, rules or policies or delete anything:
/// the arguments, and the password on the first line of standard input.
inline QStringList demoAdmin()
{
    return {QStringLiteral("--admin"), QStringLiteral("admin")};
}
inline constexpr const char* kDemoAdminPassword = "admin110\n";

} // namespace dispatch::test
