// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/PasswordHash.h"
#include "domain/Places.h"
#include "domain/Unit.h"
#include "domain/User.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace dispatch {

/// A district to install into an empty store: zones, stations, staging points, agencies, units, users.
/// Units and staging points refer to stations and staging points by code.
struct DistrictData
{
    struct StagingSeed
    {
        StagingPoint point;
        QString stationCode;
    };
    struct UnitSeed
    {
        Unit unit;
        QString stationCode;
        QString stagingCode;
    };
    struct UserSeed
    {
        User user;
        QString password;
    };

    CentreInfo centre;
    QList<Zone> zones;
    QList<Station> stations;
    QList<StagingSeed> stagingPoints;
    QList<Agency> agencies;
    QList<UnitSeed> units;
    QList<UserSeed> users;
    int passwordIterations = PasswordHash::kDefaultIterations;
};

/// Reads a district description (district.json + its zones GeoJSON).
class DistrictLoader
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::DistrictLoader)

public:
    static Result<DistrictData> fromJson(const QByteArray& districtJson, const QByteArray& zonesGeoJson,
                                         const QString& sourceName);
    /// The demo districts shipped in resources/demo: "futian", on the real streets of western Futian, Shenzhen
    /// (what the workstation's first run and `dispatchctl init --demo` install, with its streets), and "simao",
    /// modelled on seed 003 (Simao, Pu'er: its eight staging points), the district of the training scenarios and
    /// of the tests, which has no street data.
    static QStringList demoNames();
    static Result<DistrictData> demo(const QString& name = QStringLiteral("simao"));
    /// The demo's streets (an OpenStreetMap file among the resources), empty when it has none.
    static QString demoStreets(const QString& name);
    /// The demo's address list (a CSV of address, lat, lon among the resources), empty when it has none.
    static QString demoAddresses(const QString& name);
};

} // namespace dispatch
