// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/DuplicateSearch.h"

#include "store/GazetteerQueries.h"
#include "store/IntakeRepository.h"

#include <QHash>

#include <algorithm>

namespace dispatch {

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kDay = 24 * 60 * kMinute;

QString normalisedAddress(const QString& a)
{
    return a.simplified();
}

} // namespace

QString DuplicateSearch::kindCode(DuplicateKind k)
{
    switch (k) {
    case DuplicateKind::SameEvent: return QStringLiteral("same_event");
    case DuplicateKind::SamePhone: return QStringLiteral("same_phone");
    case DuplicateKind::Recurred: return QStringLiteral("recurred");
    case DuplicateKind::FrequentPlace: return QStringLiteral("frequent");
    }
    return {};
}

QString DuplicateSearch::kindLabel(DuplicateKind k)
{
    switch (k) {
    case DuplicateKind::SameEvent: return tr("likely the same event");
    case DuplicateKind::SamePhone: return tr("same phone number");
    case DuplicateKind::Recurred: return tr("again after handling");
    case DuplicateKind::FrequentPlace: return tr("repeated at this place");
    }
    return {};
}

QString DuplicateSearch::repeatClass(const TriageRuleSet& rules, const QString& text)
{
    const QString folded = normaliseForMatch(text);
    for (const auto& [cls, words] : rules.repeatClasses())
        for (const QString& w : words)
            if (folded.contains(w))
                return cls;
    return QStringLiteral("other");
}

DuplicateReport DuplicateSearch::run(const QSqlDatabase& db, const TriageRuleSet& rules, const DuplicateQuery& q)
{
    const DuplicatePolicy& p = rules.duplicates();
    const QString address = normalisedAddress(q.address);
    // Without coordinates, the place the gazetteer knows by that address (written any of its ways: "88號", "８８")
    // stands for them, so that a second call about the same place is offered even when neither call was located.
    std::optional<GeoPoint> position = q.position;
    if (!position && !address.isEmpty())
        if (const std::optional<GazetteerHit> hit = GazetteerQueries::resolve(db, address); hit && hit->kind != QLatin1String("road"))
            position = hit->point;
    QList<DuplicateCandidate> found;
    QHash<qint64, qsizetype> byId;
    auto add = [&](const NearbyIncident& n, DuplicateKind kind) {
        auto it = byId.find(n.id);
        if (it == byId.end()) {
            DuplicateCandidate c;
            c.incidentId = n.id;
            c.number = n.number;
            c.category = n.category;
            c.state = n.state;
            c.receivedAtMs = n.receivedAtMs;
            c.stateSinceMs = n.stateSinceMs;
            c.address = n.address;
            c.summary = n.summary;
            if (n.distanceMetres >= 0) // found by place: the distance from the same point
                c.distanceMetres = n.distanceMetres;
            else if (position && n.position.isValid() && (n.position.lat != 0 || n.position.lon != 0))
                c.distanceMetres = geo::distanceMetres(*position, n.position);
            it = byId.insert(n.id, found.size());
            found.append(c);
        }
        if (!found[*it].kinds.contains(kind))
            found[*it].kinds.append(kind);
    };
    auto related = [&](const QString& category) {
        return q.category.isEmpty() || category.isEmpty() || rules.areRelated(q.category, category);
    };

    const QString phone = q.phone.trimmed();
    const qint64 phoneSince = q.atMs - p.phoneWindowMinutes * kMinute;
    const qint64 openSince = q.atMs - p.openWindowMinutes * kMinute;
    const qint64 placeSince = q.atMs - std::max(p.recurredWindowDays, p.frequentWindowDays) * kDay;
    // The two searches by place: an open incident close by in the last hours, and the same place over days. The
    // statements read ahead and those asked after are the same, so that the answers kept are the ones asked for.
    struct PlaceSearch
    {
        double radius;
        qint64 since;
        IntakeRepository::NearBy by;
    };
    const PlaceSearch open{double(p.openRadiusMetres), openSince, IntakeRepository::NearBy::Time};
    const PlaceSearch place{double(p.placeRadiusMetres), placeSince, IntakeRepository::NearBy::Place};
    {
        // The reads below, up to five, go to a server together in one round trip (and with what a command holds
        // back before them), rather than one round trip each.
        QList<sql::PipelineStep> reads;
        if (!phone.isEmpty())
            reads.append(IntakeRepository::samePhoneStatement(phone, phoneSince));
        for (const PlaceSearch& search : {open, place}) {
            if (position)
                reads.append(IntakeRepository::nearStatement(db, *position, search.radius, search.since, search.by));
            if (!address.isEmpty())
                reads.append(IntakeRepository::sameAddressStatement(address, search.since));
        }
        sql::readAhead(db, reads);
    }

    if (!phone.isEmpty())
        for (const NearbyIncident& n : IntakeRepository::samePhone(db, phone, phoneSince))
            add(n, DuplicateKind::SamePhone);

    auto atPlace = [&](const PlaceSearch& search) {
        QList<NearbyIncident> out;
        if (position)
            out = IntakeRepository::near(db, *position, search.radius, search.since, search.by);
        if (!address.isEmpty())
            for (const NearbyIncident& n : IntakeRepository::sameAddress(db, address, search.since))
                if (std::none_of(out.begin(), out.end(), [&](const NearbyIncident& o) { return o.id == n.id; }))
                    out.append(n);
        return out;
    };

    for (const NearbyIncident& n : atPlace(open))
        if (IncidentLifecycle::isActive(n.state) && related(n.category))
            add(n, DuplicateKind::SameEvent);

    const qint64 recurredSince = q.atMs - p.recurredWindowDays * kDay;
    const QList<NearbyIncident> samePlace = atPlace(place);
    DuplicateReport report;
    for (const NearbyIncident& n : samePlace) {
        if (n.state == IncidentState::Closed && n.stateSinceMs >= recurredSince && related(n.category))
            add(n, DuplicateKind::Recurred);
        if (n.receivedAtMs >= q.atMs - p.frequentWindowDays * kDay)
            ++report.placeCount;
    }
    report.frequent = report.placeCount + 1 >= p.frequentMinimum; // this call included
    if (report.frequent)
        for (const NearbyIncident& n : samePlace)
            if (n.receivedAtMs >= q.atMs - p.frequentWindowDays * kDay)
                add(n, DuplicateKind::FrequentPlace);

    std::stable_sort(found.begin(), found.end(), [](const DuplicateCandidate& a, const DuplicateCandidate& b) {
        if (a.isOpen() != b.isOpen())
            return a.isOpen();
        const bool aSame = a.has(DuplicateKind::SameEvent), bSame = b.has(DuplicateKind::SameEvent);
        if (aSame != bSame)
            return aSame;
        return a.receivedAtMs > b.receivedAtMs;
    });
    report.candidates = std::move(found);
    report.repeatClass = repeatClass(rules, q.text);
    return report;
}

} // namespace dispatch
