// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "domain/ShiftPattern.h"

using namespace dispatch;

namespace {
const QTimeZone kZone("Asia/Shanghai");
QDateTime local(int d, int h, int m = 0)
{
    return QDateTime(QDate(2026, 11, d), QTime(h, m), kZone);
}
} // namespace

TEST_CASE("the default pattern has three shifts at 00:00 and 08:00 and 16:00", "[shift]")
{
    const ShiftPattern p;
    REQUIRE(p.shifts().size() == 3);
    const ShiftInstance day = p.at(local(22, 9, 30), kZone);
    CHECK(day.start == local(22, 8));
    CHECK(day.end == local(22, 16));
    const ShiftInstance evening = p.at(local(22, 23, 59), kZone);
    CHECK(evening.start == local(22, 16));
    CHECK(evening.end == local(23, 0));
    const ShiftInstance night = p.at(local(23, 3), kZone);
    CHECK(night.start == local(23, 0));
    CHECK(night.end == local(23, 8));
    // Boundaries belong to the shift that starts there.
    CHECK(p.at(local(22, 16), kZone).start == local(22, 16));
    CHECK(p.at(local(22, 15, 59), kZone).start == local(22, 8));
}

TEST_CASE("a two-shift pattern works across midnight", "[shift]")
{
    auto p = ShiftPattern::fromJson(R"([{"start":"20:00","name":"Night"},{"start":"08:00","name":"Day"}])");
    REQUIRE(p.ok());
    const ShiftInstance night = p->at(local(23, 2), kZone);
    CHECK(night.name == QStringLiteral("Night"));
    CHECK(night.start == local(22, 20));
    CHECK(night.end == local(23, 8));
    CHECK(p->at(local(23, 12), kZone).name == QStringLiteral("Day"));
    CHECK(p->endingAt(local(23, 8), kZone).start == local(22, 20));
    CHECK(p->endingAt(local(23, 10), kZone).start == local(22, 20));
    CHECK(ShiftPattern::fromJson(p->toJson())->shifts().size() == 2);
}

TEST_CASE("shift patterns with errors are refused", "[shift]")
{
    CHECK_FALSE(ShiftPattern::fromJson("[]").ok());
    CHECK(ShiftPattern::fromJson(R"([{"start":"25:00"}])").errorString().contains(QStringLiteral("shifts[0].start")));
    CHECK(ShiftPattern::fromJson(R"([{"start":"08:00"},{"start":"08:00"}])").errorString().contains(
        QStringLiteral("two shifts")));
    CHECK_FALSE(ShiftPattern::fromJson("not json").ok());
}
