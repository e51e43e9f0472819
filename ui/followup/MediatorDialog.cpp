// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/MediatorDialog.h"
#include "domain/TextLimits.h"

#include "common/TextInput.h"

#include "common/Palette.h"
#include "service/DispatchService.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dispatch::ui {

namespace {
constexpr int kUnitRole = Qt::UserRole;
}

MediatorDialog::MediatorDialog(DispatchService& service, qint64 incidentId, QWidget* parent)
    : QDialog(parent),
      m_service(service),
      m_incidentId(incidentId),
      m_list(new QTreeWidget(this)),
      m_send(new QCheckBox(tr("&Send the mediator to the scene as well"), this)),
      m_note(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("mediatorDialog"));
    const std::optional<Incident> incident = service.findIncident(incidentId);
    setWindowTitle(tr("Hand %1 to a mediator").arg(incident ? incident->number : QString::number(incidentId)));
    m_list->setObjectName(QStringLiteral("mediatorList"));
    m_list->setHeaderLabels({tr("Mediator"), tr("Certificate"), tr("Valid until"), tr("State")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    const qint64 now = service.clock().nowMs();
    const QTimeZone zone = service.board().timeZone();
    QTreeWidgetItem* first = nullptr;
    for (qint64 id : service.board().unitIds()) {
        const Unit* u = service.board().unit(id);
        if (!u || u->type != QLatin1String("mediator"))
            continue;
        const QString until = u->certificateExpiresMs
                                  ? QDateTime::fromMSecsSinceEpoch(u->certificateExpiresMs - 1, zone).date().toString(Qt::ISODate)
                                  : QString();
        const bool valid = u->hasValidCertificate(now);
        auto* item = new QTreeWidgetItem(m_list, {u->callsign, u->certificateNo.isEmpty() ? tr("none") : u->certificateNo,
                                                  valid ? until : tr("%1 — expired").arg(until),
                                                  UnitLifecycle::label(u->state)});
        item->setData(0, kUnitRole, u->id);
        if (!valid) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(0, u->certificateNo.isEmpty() ? tr("no mediator's certificate")
                                                           : tr("the certificate has expired"));
        } else if (!first) {
            first = item;
        }
    }
    if (first)
        m_list->setCurrentItem(first);
    m_send->setObjectName(QStringLiteral("mediatorSend"));
    m_send->setChecked(incident && incident->isActive());
    m_send->setEnabled(incident && incident->isActive());
    m_note->setObjectName(QStringLiteral("mediatorNote"));
    TextInput::limit(m_note, TextLimits::kReason);
    m_note->setPlaceholderText(tr("What the mediator should know (optional)"));
    m_error->setObjectName(QStringLiteral("mediatorError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Palette::lateStyle());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Hand over"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MediatorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MediatorDialog::reject);
    connect(m_list, &QTreeWidget::itemActivated, this, &MediatorDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_send);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, 360);
    m_list->setFocus();
}

bool MediatorDialog::choose(const QString& callsign)
{
    for (int r = 0; r < m_list->topLevelItemCount(); ++r) {
        QTreeWidgetItem* item = m_list->topLevelItem(r);
        if (item->text(0) == callsign && (item->flags() & Qt::ItemIsEnabled)) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void MediatorDialog::accept()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled)) {
        m_error->setText(tr("Choose a mediator whose certificate is valid."));
        return;
    }
    const qint64 unitId = item->data(0, kUnitRole).toLongLong();
    // The hand-over first (with its note); then, if asked, the dispatch, which finds the mediation already open.
    const Result<qint64> r = m_service.assignMediation(m_incidentId, unitId, m_note->text());
    if (!r) {
        m_error->setText(r.errorString());
        return;
    }
    if (m_send->isChecked()) {
        if (const Status s = m_service.dispatchUnits(m_incidentId, {{unitId}}); !s) {
            m_error->setText(tr("Handed over, but the mediator was not sent: %1").arg(s.errorString()));
            m_send->setChecked(false);
            return;
        }
    }
    QDialog::accept();
}

} // namespace dispatch::ui
