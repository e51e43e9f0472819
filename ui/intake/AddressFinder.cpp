// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/AddressFinder.h"

#include "common/Labels.h"
#include "service/DispatchService.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>

#include <algorithm>

namespace dispatch::ui {

namespace {

constexpr int kOffered = 8;
constexpr int kTextRole = Qt::UserRole + 1;

} // namespace

AddressFinder::AddressFinder(DispatchService& service, QLineEdit* edit, QObject* parent)
    : QObject(parent),
      m_service(service),
      m_edit(edit),
      m_flag(new QLabel(edit->parentWidget())),
      m_completer(new QCompleter(this)),
      m_model(new QStandardItemModel(this))
{
    m_flag->setObjectName(QStringLiteral("intakeAddressFlag"));
    m_flag->setWordWrap(true);
    m_flag->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; font-weight: bold; }"));
    m_flag->hide();
    m_completer->setModel(m_model);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(kTextRole);
    m_completer->setMaxVisibleItems(kOffered);
    m_completer->setWidget(edit);
    m_completer->popup()->setObjectName(QStringLiteral("intakeAddressCandidates"));
    connect(edit, &QLineEdit::textEdited, this, &AddressFinder::onEdited);
    connect(edit, &QLineEdit::editingFinished, this, &AddressFinder::onFinished);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) { onChosen(index.row()); });
}

QString AddressFinder::details(const GazetteerHit& h) const
{
    QString what;
    if (h.kind == QLatin1String("road"))
        what = tr("road");
    else if (h.kind == QLatin1String("poi"))
        what = tr("point of interest");
    else if (h.kind == QLatin1String("place"))
        what = tr("named place");
    else if (h.source == QLatin1String("incident"))
        what = tr("address of %n earlier incident(s)", nullptr, h.uses);
    else if (h.source == QLatin1String("list"))
        what = tr("address (the centre's list)");
    else
        what = tr("address (map)");
    const Zone* z = m_service.board().zoneAt(h.point);
    return z ? tr("%1 · zone %2 · %3").arg(what, z->name, Labels::tier(z->tier))
             : tr("%1 · outside every zone").arg(what);
}

void AddressFinder::onEdited(const QString& text)
{
    m_place.reset();
    m_unknown = false;
    m_hits.clear();
    m_hitsFor = text;
    if (text.trimmed().isEmpty()) {
        m_model->clear();
        m_completer->popup()->hide();
        updateFlag();
        return;
    }
    const ReadList<GazetteerHit> found = m_service.findPlaces(text, kOffered);
    if (found.ok())
        m_hits = found;
    m_model->clear();
    for (const GazetteerHit& h : std::as_const(m_hits)) {
        auto* item = new QStandardItem(QStringLiteral("%1   —   %2").arg(h.text, details(h)));
        item->setData(h.text, kTextRole);
        item->setToolTip(QStringLiteral("%1, %2").arg(h.point.lat, 0, 'f', 5).arg(h.point.lon, 0, 'f', 5));
        m_model->appendRow(item);
    }
    if (m_hits.isEmpty()) {
        m_completer->popup()->hide();
    } else {
        m_completer->setCompletionPrefix(QString());
        // As wide as the names and their zones need, even where the form is narrow (Qt keeps it on the screen).
        const int width = std::max(m_edit->width(), m_completer->popup()->sizeHintForColumn(0) + 24);
        m_completer->complete(QRect(0, 0, std::min(width, 640), m_edit->height()));
    }
    updateFlag();
}

void AddressFinder::onChosen(int row)
{
    if (row < 0 || row >= m_hits.size())
        return;
    const GazetteerHit hit = m_hits.at(row);
    m_edit->setText(hit.text);
    m_completer->popup()->hide();
    m_unknown = false;
    if (hit.kind == QLatin1String("road")) {
        // A road names no one point: its name is written, the number or the crossing is still to come.
        m_place.reset();
        updateFlag();
        return;
    }
    m_place = hit;
    updateFlag();
    Q_EMIT placeChosen(hit.point);
}

void AddressFinder::onFinished()
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty() || (m_place && m_place->text == text)) {
        updateFlag();
        return;
    }
    // The candidates already found for this very text (it was typed), else a lookup (it was written for the form).
    QList<GazetteerHit> found = m_hits;
    if (m_hitsFor != m_edit->text()) {
        const ReadList<GazetteerHit> looked = m_service.findPlaces(text, 1);
        if (!looked.ok())
            return;
        found = looked;
    }
    if (!found.isEmpty() && found.front().match == 0 && found.front().kind != QLatin1String("road"))
        m_place = found.front(); // the whole text names it: checked against the location
    // Nothing matches: flagged only where there is a map or an address list to match (a centre without one, whose
    // gazetteer holds only the incidents' own addresses, is not told every new address is unknown).
    m_unknown = false;
    if (found.isEmpty()) {
        const Result<MapSummary> s = m_service.mapSummary();
        m_unknown = s.ok() && (!s->isEmpty() || s->listed > 0);
    }
    updateFlag();
}

void AddressFinder::setLocation(const std::optional<GeoPoint>& location)
{
    m_location = location;
    updateFlag();
}

void AddressFinder::clear()
{
    m_place.reset();
    m_location.reset();
    m_hits.clear();
    m_hitsFor.clear();
    m_model->clear();
    m_unknown = false;
    m_completer->popup()->hide();
    updateFlag();
}

void AddressFinder::updateFlag()
{
    QString text;
    if (m_unknown) {
        text = tr("⚠ \"%1\" is not on the map: check the address with the caller, or pick the place on the map")
                   .arg(m_edit->text().trimmed());
    } else if (m_place && m_location) {
        const double d = geo::distanceMetres(*m_location, m_place->point);
        if (d > kFarMetres)
            text = tr("⚠ The location is %1 from \"%2\" on the map: check which one is right")
                       .arg(Labels::distance(d), m_place->text);
    }
    m_flag->setText(text);
    m_flag->setVisible(!text.isEmpty());
}

} // namespace dispatch::ui
