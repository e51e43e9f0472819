// SPDX-License-Identifier: GPL-3.0-or-later
#include "incident/PlaceCorrectionDialog.h"

#include "common/Labels.h"
#include "common/Palette.h"
#include "domain/TextLimits.h"
#include "service/DispatchService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dispatch::ui {

PlaceCorrectionDialog::PlaceCorrectionDialog(DispatchService& service, qint64 incidentId, QWidget* parent)
    : QDialog(parent),
      m_service(service),
      m_incidentId(incidentId),
      m_address(new QLineEdit(this)),
      m_location(new QLineEdit(this)),
      m_reason(new QLineEdit(this)),
      m_zone(new QLabel(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("placeCorrectionDialog"));
    const std::optional<Incident> incident = service.findIncident(incidentId);
    setWindowTitle(tr("Correct the place of %1").arg(incident ? incident->number : QString()));
    m_address->setObjectName(QStringLiteral("correctionAddress"));
    m_address->setMaxLength(TextLimits::kAddress);
    m_location->setObjectName(QStringLiteral("correctionLocation"));
    m_location->setPlaceholderText(tr("lat, lon — empty when not known"));
    m_reason->setObjectName(QStringLiteral("correctionReason"));
    m_reason->setMaxLength(TextLimits::kReason);
    m_reason->setPlaceholderText(tr("e.g. the caller gave the place again"));
    m_zone->setObjectName(QStringLiteral("correctionZone"));
    m_error->setObjectName(QStringLiteral("correctionError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Palette::lateStyle());
    if (incident) {
        m_address->setText(incident->address);
        if (incident->position)
            m_location->setText(QStringLiteral("%1, %2").arg(incident->position->lat, 0, 'f', 5).arg(incident->position->lon, 0, 'f', 5));
    }
    auto* was = new QLabel(incident ? tr("Now: %1").arg(incident->address.isEmpty() ? tr("(no address)") : incident->address)
                                    : QString(),
                           this);
    was->setWordWrap(true);
    was->setStyleSheet(QStringLiteral("color:#546e7a"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(QString(), m_zone);
    form->addRow(tr("&Why:"), m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Correct"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PlaceCorrectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlaceCorrectionDialog::reject);
    connect(m_location, &QLineEdit::textChanged, this, &PlaceCorrectionDialog::updateZone);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(was);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateZone();
    m_address->setFocus();
    m_address->selectAll();
}

void PlaceCorrectionDialog::updateZone()
{
    const QString text = m_location->text().trimmed();
    const std::optional<GeoPoint> p = geo::parseLatLon(text);
    const Zone* z = p ? m_service.board().zoneAt(*p) : nullptr;
    if (text.isEmpty())
        m_zone->setText(tr("no point: the incident cannot be ranked or drawn"));
    else if (!p)
        m_zone->setText(tr("write latitude, longitude (for example 22.78, 100.97)"));
    else if (!z)
        m_zone->setText(tr("outside every zone of the centre: no response circle"));
    else
        m_zone->setText(tr("zone: %1 · %2").arg(z->name, Labels::tier(z->tier)));
    m_zone->setStyleSheet(p && z ? QString() : Palette::lateStyle());
}

void PlaceCorrectionDialog::accept()
{
    const QString text = m_location->text().trimmed();
    const std::optional<GeoPoint> p = geo::parseLatLon(text);
    if (!text.isEmpty() && !p) {
        m_error->setText(tr("Location: write latitude, longitude (for example 22.78, 100.97)"));
        m_location->setFocus();
        return;
    }
    const Status s = m_service.correctPlace(m_incidentId, m_address->text(), p, m_reason->text());
    if (!s) {
        m_error->setText(s.errorString());
        return;
    }
    QDialog::accept();
}

} // namespace dispatch::ui
