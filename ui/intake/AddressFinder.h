// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/GeoPoint.h"
#include "store/GazetteerQueries.h"

#include <QObject>

#include <optional>

class QCompleter;
class QLabel;
class QLineEdit;
class QStandardItemModel;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

/// The intake form's address field made a search of the gazetteer (接警知方位): as the call-taker types, the places
/// whose names hold what was typed drop down, best first, each with what it is, its zone and its response circle;
/// Down and Enter (or a click) choose one, which writes its name and sets the call's location. Under the field a
/// line flags what should not pass unseen: an address that matches nothing of the map, and a location far from the
/// place the address names.
class AddressFinder final : public QObject
{
    Q_OBJECT

public:
    /// Farther than this from the place its address names, a location is flagged.
    static constexpr double kFarMetres = 300;

    AddressFinder(DispatchService& service, QLineEdit* edit, QObject* parent = nullptr);

    /// The line under the field (hidden while there is nothing to flag).
    QLabel* flagLabel() const { return m_flag; }
    /// The place the address names: the one chosen from the list, else the one the whole text names.
    std::optional<GazetteerHit> place() const { return m_place; }
    /// The call's location changed (typed, picked on the map, chosen here): checked against the address's place.
    void setLocation(const std::optional<GeoPoint>& location);
    /// A new call: nothing chosen, nothing flagged.
    void clear();
    /// The candidates offered for the text now in the field (for tests and the popup).
    const QList<GazetteerHit>& candidates() const { return m_hits; }
    QCompleter* completer() const { return m_completer; }

Q_SIGNALS:
    /// A place (not a road: a road names no one point) was chosen: the call is there.
    void placeChosen(const GeoPoint& point);

private:
    void onEdited(const QString& text);
    void onChosen(int row);
    void onFinished();
    void updateFlag();
    QString details(const GazetteerHit& h) const;

    DispatchService& m_service;
    QLineEdit* m_edit;
    QLabel* m_flag;
    QCompleter* m_completer;
    QStandardItemModel* m_model;
    QList<GazetteerHit> m_hits;
    QString m_hitsFor; ///< the field's text the candidates were found for
    std::optional<GazetteerHit> m_place;
    std::optional<GeoPoint> m_location;
    bool m_unknown = false; ///< the text matched nothing of a gazetteer that has places
};

} // namespace dispatch::ui
