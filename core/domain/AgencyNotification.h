// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace dispatch {

/// A linked agency told of an incident as well as the police going (通知联动单位): 120 for an injured person, 119 for a
/// fire with people trapped, 122 for a collision. Unlike a diversion, the incident stays with the police. The agency
/// acknowledges by phone or by its own system; the desk records who and when.
struct AgencyNotification
{
    qint64 id = 0;
    qint64 incidentId = 0;
    QString agency;          ///< agency code
    qint64 notifiedAtMs = 0;
    QString notifiedBy;      ///< user name
    QString note;
    qint64 acknowledgedAtMs = 0; ///< 0 while not acknowledged
    QString acknowledgedBy;      ///< who at the agency

    bool isAcknowledged() const { return acknowledgedAtMs != 0; }
};

/// One of the call-taker's questions for a category (有无凶器？几人受伤？), as asked and as answered.
struct CallAnswer
{
    QString question;   ///< the question's id in the centre's questions file
    QString asked;      ///< its words when asked
    QString answer;
    qint64 answeredAtMs = 0;
    QString answeredBy;
};

} // namespace dispatch
