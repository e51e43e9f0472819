// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "warnings/ZoneWarnings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace dispatch {

struct CentreInfo;
struct Zone;

/// Writes a warning bulletin as one OASIS CAP 1.2 alert: `status` Actual (Exercise for training data, Test for a
/// demo centre's data),
/// `msgType` Alert, `scope` Restricted to the police; one `info` block per raised warning with its level as
/// severity and urgency, the explanation as description and the zone's outer rings as `polygon`s.
class CapExport
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::CapExport)

public:
    struct Sender
    {
        QString id;       ///< the alert's sender, e.g. "dispatch@centre.example"
        QString name;     ///< the centre's name (senderName)
        QTimeZone zone;   ///< `sent` is written with the centre's offset (CAP forbids "Z")
        QString language; ///< "zh-CN" or "en-US"
        bool demo = false; ///< a demo centre's data: `status` Test (never Actual)
        qint64 sentMs = 0; ///< when the alert is written (0: the report's moment)
    };

    /// The centre as a CAP sender: an id made of its English name, its name, time zone and the UI language.
    static Sender senderFor(const CentreInfo& centre, const QTimeZone& zone, const QString& uiLanguage, qint64 sentMs = 0);

    static QByteArray write(const WarningReport& report, const QList<Zone>& zones, const Sender& sender);
    /// CAP's date-time form: 2026-11-22T09:00:00+08:00 ("-00:00" for UTC).
    static QString capTime(qint64 ms, const QTimeZone& zone);
    static QString severity(WarningLevel level); ///< Minor, Moderate, Severe, Extreme
    static QString urgency(WarningLevel level);  ///< Future, Expected, Immediate
};

} // namespace dispatch
