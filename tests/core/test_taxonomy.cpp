// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "demo/DistrictData.h"
#include "domain/Taxonomy.h"

using namespace dispatch;

TEST_CASE("the built-in taxonomy holds the reference codes", "[taxonomy]")
{
    const Taxonomy& t = Taxonomy::builtin();
    CHECK(t.lines().size() == 8);
    CHECK(t.categories().size() == 11);
    CHECK(t.priorities().size() == 4);
    REQUIRE(t.tiers().size() == 5);
    const int arrival[] = {60, 180, 300, 600, 1200};
    for (int tier = 1; tier <= 5; ++tier)
        CHECK(t.tier(tier)->arrivalSeconds == arrival[tier - 1]);
    for (const char* code : {"110", "119", "122", "12345", "walk_in", "video", "patrol", "instruction"})
        CHECK(t.hasLine(QString::fromLatin1(code)));
    for (const char* code : {"criminal", "public_order", "traffic", "fire", "dispute", "assistance", "mass_incident",
                             "tip_off", "inquiry", "non_police", "invalid"})
        CHECK(t.hasCategory(QString::fromLatin1(code)));
    CHECK(t.categoryLabel(QStringLiteral("dispute"), QStringLiteral("zh_CN")) == QStringLiteral("纠纷"));
    CHECK(t.categoryLabel(QStringLiteral("dispute"), QStringLiteral("en")) == QStringLiteral("Dispute"));
    CHECK(t.priorityLabel(1, QStringLiteral("zh_CN")) == QStringLiteral("紧急"));
    CHECK(t.tierLabel(2, QStringLiteral("zh_CN")) == QStringLiteral("3分钟快反圈"));
    CHECK(t.categoryLabel(QStringLiteral("unknown"), QStringLiteral("en")) == QStringLiteral("unknown"));
    // The agencies of the diversion catalogue (the triage rules may only name these).
    CHECK(t.agencies().size() == 17);
    for (const char* code : {"12345", "streetlight", "water", "power", "114", "12328", "12315", "12333", "12369", "119",
                             "120", "civil_affairs", "12356", "elevator", "telecom", "12305"})
        CHECK(t.hasAgency(QString::fromLatin1(code)));
    CHECK(t.agencyLabel(QStringLiteral("streetlight"), QStringLiteral("zh_CN")) == QStringLiteral("城市路灯管理所"));
}

TEST_CASE("a taxonomy file with errors is refused with its place", "[taxonomy]")
{
    CHECK(Taxonomy::fromJson("{", QStringLiteral("t.json")).errorString().contains(QStringLiteral("t.json")));
    CHECK(Taxonomy::fromJson(R"({"lines":[]})", QStringLiteral("t.json")).errorString().contains(
        QStringLiteral("categories")));
    const auto dup = Taxonomy::fromJson(
        R"({"lines":[{"code":"110"},{"code":"110"}],"categories":[],"priorities":[],"unit_types":[],"tiers":[]})",
        QStringLiteral("t.json"));
    CHECK(dup.errorString().contains(QStringLiteral("lines[1]")));
}

TEST_CASE("the demo district is modelled on seed 003", "[district]")
{
    auto d = DistrictLoader::demo();
    REQUIRE(d.ok());
    CHECK(d->centre.demo);
    CHECK(d->centre.timeZone == QStringLiteral("Asia/Shanghai"));
    CHECK(d->stations.size() == 4);
    REQUIRE(d->stagingPoints.size() == 8);
    QStringList names;
    for (const auto& s : d->stagingPoints)
        names << s.point.name;
    for (const char* place : {"珠市街", "民族村", "民航路", "万人体育馆", "建设巷", "中梁天宸", "大象环岛", "区人民医院"})
        CHECK(names.join(u'|').contains(QString::fromUtf8(place)));
    // Each staging point has its patrol car: 1 officer and a third of the 18 auxiliaries on each of 3 shifts.
    for (const auto& s : d->stagingPoints) {
        int cars = 0;
        for (const auto& u : d->units)
            if (u.stagingCode == s.point.code && u.unit.type == QStringLiteral("patrol_car")) {
                ++cars;
                CHECK(u.unit.officers == 1);
                CHECK(u.unit.auxiliaries * 3 == 18);
            }
        CHECK(cars == 1);
    }
    QStringList agencyCodes;
    for (const auto& a : d->agencies)
        agencyCodes << a.code;
    for (const char* code : {"12345", "streetlight", "water", "power", "114", "12328", "12315", "12333", "12369",
                             "119", "120", "civil_affairs", "12356", "elevator", "telecom", "12305"})
        CHECK(agencyCodes.contains(QString::fromLatin1(code)));
    QSet<Role> roles;
    for (const auto& u : d->users)
        roles.insert(u.user.role);
    CHECK(roles.size() == 4);
    QSet<int> tiers;
    for (const auto& z : d->zones)
        tiers.insert(z.tier);
    CHECK(tiers.contains(1));
    CHECK(tiers.contains(2));
    CHECK(tiers.contains(3));
    CHECK(tiers.contains(4));
    bool hasMediator = false, hasTraffic = false, hasSpecial = false;
    for (const auto& u : d->units) {
        hasMediator |= u.unit.type == QStringLiteral("mediator");
        hasTraffic |= u.unit.type == QStringLiteral("traffic");
        hasSpecial |= u.unit.type == QStringLiteral("special_police");
    }
    CHECK((hasMediator && hasTraffic && hasSpecial));
}
