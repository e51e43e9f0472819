// SPDX-License-Identifier: GPL-3.0-or-later
// NENA EIDO (Emergency Incident Data Object, NENA-STA-021, eidoVersion 1.0): one incident as JSON, for handing an
// incident to another centre or taking one in from it.
#pragma once

#include "domain/Assignment.h"
#include "domain/Incident.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace dispatch {

struct CentreInfo;

/// What the store holds about a handed-in incident: the document it came with (its `incident.handed_in` event).
struct EidoReceipt
{
    QJsonObject document;    ///< the EIDO as received
    qint64 rowVersion = 0;   ///< the incident row's version right after it was taken in
    QString address;         ///< the place as taken in: a later change here adds this centre's location
    std::optional<GeoPoint> position;
};

/// One incident with what an EIDO says about it.
struct EidoSource
{
    struct Resource
    {
        Assignment assignment;
        QString callsign;
        QString unitType; ///< unit type code
    };

    Incident incident;
    QString zoneName;
    QList<Resource> resources;     ///< every unit sent to it, in dispatch order
    QString agencyId;              ///< this centre as an EIDO agency (EidoWriter::agencyId)
    QString agencyName;
    QTimeZone zone;                ///< date-times carry the centre's offset
    std::optional<EidoReceipt> receipt; ///< set for an incident handed in from another centre
};

/// Writes an incident as an EIDO. An incident of this centre is written whole from the store; a handed-in one is
/// the sender's document as received, its components unchanged (ids, times, the agency that last updated each),
/// with what this centre changed since added as this centre's: the incident's type, priority and status, a new
/// location, the units it sent.
class EidoWriter
{
public:
    static QJsonObject write(const EidoSource& source);

    /// The centre as an EIDO agency id, from its English name: "pudong-demo-district.dispatch.local".
    static QString agencyId(const CentreInfo& centre);
    /// The incident's id: "urn:emergency:uid:incidentid:20261122-00007:pudong-demo-district.dispatch.local".
    static QString incidentId(const QString& number, const QString& agencyId);
    /// RFC 3339 with the zone's offset at that instant: 2026-11-22T09:00:00+08:00.
    static QString time(qint64 ms, const QTimeZone& zone);
    /// The EIDO "Incident Type - Common" registry value written for a category ("" for an untriaged incident).
    static QString commonType(const QString& category);
    /// The category a registry value stands for, empty when the value maps to none.
    static QString categoryForCommonType(const QString& registryValue);
};

/// One EIDO read for taking in: the incident as a draft, and the sender's document kept whole.
struct EidoHandIn
{
    QString eidoId;          ///< the document's `$id`: the sender's incident id, kept as the incident's source
    QString sender;          ///< the agency that last updated the document (`updatedByAgencyReference`)
    IncidentDraft draft;     ///< received now: this centre's clocks start when it takes the incident in
    qint64 callStartedMs = 0; ///< when the call began at the sender (0: the document does not say)
    QJsonObject document;
    QStringList notes;       ///< what the reading changed or could not take, said to the user
};

/// Reads EIDO documents (one object, or an array of them). A document that is not EIDO 1.0 or lacks what an
/// incident needs is refused with the field named; nothing is taken in from a file with any refused document.
class EidoReader
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::EidoReader)

public:
    static Result<QList<EidoHandIn>> read(const QByteArray& json, const QString& source);
    static Result<EidoHandIn> readOne(const QJsonObject& document, const QString& where);
};

} // namespace dispatch
