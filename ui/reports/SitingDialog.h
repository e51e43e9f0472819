// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/Siting.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

/// Where to put staging points (科学布点), for a shift leader: the incidents of a period, the number of points and
/// the target time; the solver's choice beside the coverage of today's points, by zone, drawn on the map and saved as
/// GeoJSON.
class SitingDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SitingDialog(DispatchService& service, QWidget* parent = nullptr);

    /// Runs the siting with what the form says (Ctrl+Enter).
    void run();
    const std::optional<SitingResult>& result() const { return m_result; }
    QSpinBox* pointsBox() const { return m_points; }
    QSpinBox* targetBox() const { return m_target; }
    QCheckBox* amongExistingBox() const { return m_amongExisting; }
    QListWidget* keepList() const { return m_keep; }
    QTableWidget* sitesTable() const { return m_sites; }
    QTableWidget* zonesTable() const { return m_zones; }
    QLabel* summary() const { return m_summary; }

Q_SIGNALS:
    /// The chosen sites, to draw on the zone panel (empty: remove them).
    void sitesProposed(const QList<dispatch::SitingSite>& sites);

private:
    void exportGeoJson();

    DispatchService& m_service;
    QSpinBox* m_points;
    QSpinBox* m_target;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QListWidget* m_keep;
    QCheckBox* m_amongExisting;
    QCheckBox* m_backup;
    QPushButton* m_run;
    QPushButton* m_export;
    QLabel* m_summary;
    QTableWidget* m_sites;
    QTableWidget* m_zones;
    std::optional<SitingResult> m_result;
};

} // namespace dispatch::ui
