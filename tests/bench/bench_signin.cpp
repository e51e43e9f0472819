// SPDX-License-Identifier: GPL-3.0-or-later
// What a stranger learns from the time a refusal takes: sign-ins with a wrong password for a known name (the account
// soon locked), for an unknown name, and the baseline of one bare PBKDF2 derivation at the store's iteration count,
// interleaved in one run on a store whose accounts use the default iterations. The two refusals should cost the same.
// Run: ctest --test-dir build -C bench -L bench   (or build/tests/bench_signin N)
#include "auth/PasswordHash.h"
#include "demo/DistrictData.h"
#include "service/DispatchService.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace dispatch;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::max(5, atoi(argv[1])) : 40;
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
        return 1;
    }
    SystemClock clock;
    DispatchService svc(**db, clock, QStringLiteral("bench"));
    DistrictData d = DistrictLoader::demo().value();
    d.passwordIterations = PasswordHash::kDefaultIterations;
    svc.actAsSystem(QStringLiteral("bench"));
    if (const Status s = svc.installDistrict(d); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.errorString()));
        return 1;
    }
    std::vector<double> known, unknown, bare;
    QElapsedTimer t;
    for (int i = 0; i < n; ++i) {
        t.start();
        (void)svc.login(QStringLiteral("dispatcher"), QStringLiteral("wrong-guess-%1").arg(i));
        known.push_back(double(t.nsecsElapsed()) / 1e6);
        t.start();
        (void)svc.login(QStringLiteral("nobody%1").arg(i), QStringLiteral("wrong-guess-%1").arg(i));
        unknown.push_back(double(t.nsecsElapsed()) / 1e6);
        t.start();
        (void)PasswordHash::pbkdf2Sha256("wrong-guess", "0123456789abcdef", PasswordHash::kDefaultIterations);
        bare.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    const double k = median(known), u = median(unknown), b = median(bare);
    std::printf("sign-in refusals, %d each (PBKDF2 %d iterations): known name %.1f ms, unknown name %.1f ms, "
                "bare derivation %.1f ms\n",
                n, PasswordHash::kDefaultIterations, k, u, b);
    std::printf("unknown / known = %.3f (difference %.1f %%); known / bare = %.2f\n", u / k, 100.0 * std::abs(u - k) / k, k / b);
    return 0;
}
