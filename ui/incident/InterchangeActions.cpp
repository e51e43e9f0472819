// SPDX-License-Identifier: GPL-3.0-or-later
#include "incident/InterchangeActions.h"

#include "common/Labels.h"
#include "interchange/EidoExport.h"
#include "queue/IncidentQueueWidget.h"
#include "service/DispatchService.h"
#include "shell/MainWindow.h"
#include "store/Database.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QJsonDocument>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QStatusBar>

namespace dispatch::ui {

InterchangeActions::InterchangeActions(DispatchService& service, MainWindow& window)
    : QObject(&window), m_service(service), m_window(window)
{
}

void InterchangeActions::addTo(QMenu* incidentMenu)
{
    incidentMenu->addSeparator();
    auto* handOver = new QAction(tr("&Hand over as EIDO…"), &m_window);
    handOver->setObjectName(QStringLiteral("actionHandOverEido"));
    connect(handOver, &QAction::triggered, this, [this] {
        const qint64 id = m_window.queue()->currentIncident();
        const Incident* i = m_service.board().incident(id);
        if (!i) {
            m_window.statusBar()->showMessage(tr("Select an incident first"), 6000);
            return;
        }
        const QString path = QFileDialog::getSaveFileName(&m_window, tr("Hand over %1 as EIDO").arg(i->number),
                                                          QDir::home().filePath(i->number + QStringLiteral(".eido.json")),
                                                          tr("EIDO (*.json)"));
        if (path.isEmpty())
            return;
        const QString number = i->number;
        if (const Status s = exportIncident(id, path); !s)
            QMessageBox::warning(&m_window, tr("Hand over as EIDO"), s.errorString());
        else
            m_window.statusBar()->showMessage(tr("%1 written to %2 for the other centre").arg(number, path), 8000);
    });
    incidentMenu->addAction(handOver);

    auto* takeInAction = new QAction(tr("&Take in handed-over incidents…"), &m_window);
    takeInAction->setObjectName(QStringLiteral("actionTakeInEido"));
    connect(takeInAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(&m_window, tr("Take in handed-over incidents (EIDO)"),
                                                          QDir::homePath(), tr("EIDO (*.json)"));
        if (path.isEmpty())
            return;
        QStringList notes;
        const Result<QList<qint64>> ids = takeIn(path, &notes);
        if (!ids) {
            QMessageBox::warning(&m_window, tr("Take in handed-over incidents"),
                                 tr("Nothing was taken in.\n\n%1").arg(ids.errorString()));
            return;
        }
        QString text = tr("%n incident(s) taken in on the line %1.", nullptr, int(ids->size())).arg(Labels::line(QStringLiteral("instruction")));
        if (!notes.isEmpty())
            text += QStringLiteral("\n\n") + notes.join(u'\n');
        QMessageBox::information(&m_window, tr("Take in handed-over incidents"), text);
        if (!ids->isEmpty())
            m_window.queue()->selectIncident(ids->first());
    });
    incidentMenu->addAction(takeInAction);
}

Status InterchangeActions::exportIncident(qint64 incidentId, const QString& path)
{
    const Incident* i = m_service.board().incident(incidentId);
    if (!i)
        return Error{tr("no open incident %1").arg(incidentId)};
    QByteArray bytes;
    try {
        const Result<QJsonObject> eido = EidoExport::incident(m_service.database().connection(), m_service.board(), i->number);
        if (!eido)
            return eido.error();
        bytes = QJsonDocument(*eido).toJson(QJsonDocument::Indented);
    } catch (const DispatchError& e) {
        return e.error();
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Error{f.errorString(), path};
    return Done{};
}

Result<QList<qint64>> InterchangeActions::takeIn(const QString& path, QStringList* notes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{f.errorString(), path};
    const Result<QList<EidoHandIn>> read = EidoReader::read(f.readAll(), path);
    if (!read)
        return read.error();
    const Result<QList<qint64>> ids = m_service.handIn(*read, QStringLiteral("instruction"));
    if (ids && notes)
        for (const EidoHandIn& h : *read)
            for (const QString& n : h.notes)
                notes->append(tr("%1: %2").arg(h.eidoId, n));
    return ids;
}

} // namespace dispatch::ui
