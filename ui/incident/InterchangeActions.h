// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QObject>
#include <QStringList>

class QMenu;

namespace dispatch {
class DispatchService;
}

namespace dispatch::ui {

class MainWindow;

/// Incidents handed between centres from the desk (NENA EIDO, as `dispatchctl export/import --eido`): Incident ▸
/// Hand over as EIDO… writes the selected incident to a file for the other centre; Incident ▸ Take in handed-over
/// incidents… reads such a file and takes each incident in on the line "instruction", all or none, and says what the
/// reading left out or changed.
class InterchangeActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterchangeActions)

public:
    InterchangeActions(DispatchService& service, MainWindow& window);
    void addTo(QMenu* incidentMenu);

    /// Writes the incident as an EIDO file (what the menu does once a file is chosen).
    Status exportIncident(qint64 incidentId, const QString& path);
    /// Takes in the EIDO file's incidents; the notes of the reading in `notes`.
    Result<QList<qint64>> takeIn(const QString& path, QStringList* notes);

private:
    DispatchService& m_service;
    MainWindow& m_window;
};

} // namespace dispatch::ui
