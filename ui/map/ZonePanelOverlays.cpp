// SPDX-License-Identifier: GPL-3.0-or-later
// ZonePanel: what is drawn over the map in screen coordinates (scale bar, legend, demo and pick-mode banners) and the
// layout of the captions.
#include "map/ZonePanel.h"

#include "common/Palette.h"
#include "map/BaseMapLayer.h"
#include "map/LabelLayout.h"
#include "map/MapItems.h"
#include "service/DispatchService.h"

#include <QGraphicsPathItem>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QPainter>
#include <QTimer>

#include <cmath>
#include <functional>

namespace dispatch::ui {

void ZonePanel::drawForeground(QPainter* painter, const QRectF&)
{
    painter->save();
    painter->resetTransform();
    const QRect vp = viewport()->rect();
    painter->setRenderHint(QPainter::Antialiasing);

    // Scale bar: a round length close to 120 px.
    const double metresPerPixel = 1.0 / transform().m11();
    const double target = 120 * metresPerPixel;
    double nice = std::pow(10.0, std::floor(std::log10(target)));
    for (double f : {5.0, 2.0, 1.0})
        if (nice * f <= target) {
            nice *= f;
            break;
        }
    const double px = nice / metresPerPixel;
    const QPointF origin(12, vp.height() - 14);
    painter->setPen(QPen(QColor(0x26, 0x32, 0x38), 2));
    painter->drawLine(origin, origin + QPointF(px, 0));
    painter->drawLine(origin, origin + QPointF(0, -5));
    painter->drawLine(origin + QPointF(px, 0), origin + QPointF(px, -5));
    painter->drawText(origin + QPointF(px + 6, 4),
                      nice >= 1000 ? tr("%1 km").arg(nice / 1000) : tr("%1 m").arg(nice));

    drawLegend(painter, vp);

    if (m_service.board().centre().demo) {
        QFont f = painter->font();
        f.setPointSize(11);
        f.setBold(true);
        painter->setFont(f);
        const QString text = tr("DEMO DATA — not a real district");
        const QRectF box(10, 8, QFontMetricsF(f).horizontalAdvance(text) + 16, 24);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xb7, 0x1c, 0x1c, 220));
        painter->drawRoundedRect(box, 4, 4);
        painter->setPen(Qt::white);
        painter->drawText(box, Qt::AlignCenter, text);
    }
    painter->restore();
}

void ZonePanel::drawLegend(QPainter* painter, const QRect& vp)
{
    QFont f = painter->font();
    f.setPointSize(8);
    painter->setFont(f);
    const bool warnings = m_tintMode == TintMode::Warnings;
    const QString title = warnings ? tr("Warnings: last %n day(s) against %1 weeks", nullptr, m_warnings.recentDays)
                                   .arg(m_warnings.baselineWeeks)
                             : tr("Active incidents per zone");
    const struct
    {
        WarningLevel level;
        QString text;
    } legend[] = {{WarningLevel::Green, warnings ? tr("Green: normal") : tr("0–1 active incidents")},
                  {WarningLevel::Yellow, warnings ? tr("Yellow: attention (%n)", nullptr, m_warnings.countAt(WarningLevel::Yellow))
                                                  : tr("2–3 active incidents")},
                  {WarningLevel::Orange, warnings ? tr("Orange: urgent (%n)", nullptr, m_warnings.countAt(WarningLevel::Orange))
                                                  : tr("4–5 active incidents")},
                  {WarningLevel::Red, warnings ? tr("Red: severe (%n)", nullptr, m_warnings.countAt(WarningLevel::Red))
                                               : tr("6 or more active incidents")}};
    const QFontMetricsF fm(f);
    QFont boldFont = f;
    boldFont.setBold(true);
    qreal width = QFontMetricsF(boldFont).horizontalAdvance(title);
    for (const auto& entry : legend)
        width = std::max(width, 18 + fm.horizontalAdvance(entry.text));
    const bool failed = warnings && (!m_warningsError.isEmpty() || !m_warnings.hasBaseline());
    const QString error = !m_warningsError.isEmpty()
                              ? tr("Warnings not updated: %1").arg(m_warningsError)
                              : tr("No baseline yet: the records cover %1 of %2 weeks")
                                    .arg(m_warnings.baselineWeeksCovered)
                                    .arg(m_warnings.baselineWeeks);
    if (failed)
        width = std::max(width, fm.horizontalAdvance(error));
    const qreal x = vp.width() - width - 14;
    qreal y = 8;
    // Under the demo banner when the panel is too narrow for both side by side.
    if (m_service.board().centre().demo) {
        QFont bannerFont = painter->font();
        bannerFont.setPointSize(11);
        bannerFont.setBold(true);
        const qreal banner = 10 + QFontMetricsF(bannerFont).horizontalAdvance(tr("DEMO DATA — not a real district")) + 16;
        if (x - 6 < banner + 8)
            y = 40;
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 200));
    painter->drawRoundedRect(QRectF(x - 6, y - 2, width + 12, 16 * 5 + (failed ? 16 : 0) + 6), 4, 4);
    painter->setPen(QColor(0x26, 0x32, 0x38));
    f.setBold(true);
    painter->setFont(f);
    painter->drawText(QPointF(x, y + 11), title);
    f.setBold(false);
    painter->setFont(f);
    y += 16;
    for (const auto& entry : legend) {
        QColor c = warningColor(entry.level);
        c.setAlpha(180);
        painter->setPen(Qt::NoPen);
        painter->setBrush(c);
        painter->drawRect(QRectF(x, y + 1, 12, 12));
        painter->setPen(QColor(0x26, 0x32, 0x38));
        painter->drawText(QPointF(x + 18, y + 11), entry.text);
        y += 16;
    }
    if (failed) {
        painter->setPen(Palette::late());
        painter->drawText(QPointF(x, y + 11), error);
    }
}


void ZonePanel::setProposedSites(const QList<SitingSite>& sites)
{
    qDeleteAll(m_proposedSites);
    m_proposedSites.clear();
    for (const SitingSite& site : sites) {
        QPainterPath diamond;
        diamond.moveTo(0, -9);
        diamond.lineTo(9, 0);
        diamond.lineTo(0, 9);
        diamond.lineTo(-9, 0);
        diamond.closeSubpath();
        const QColor fill = site.existing ? QColor(0x2e, 0x7d, 0x32) : QColor(0x6a, 0x1b, 0x9a);
        auto* mark = m_scene->addPath(diamond, QPen(Qt::white, 1.5), fill);
        mark->setFlag(QGraphicsItem::ItemIgnoresTransformations);
        mark->setZValue(900);
        mark->setPos(m_projection.toScene(site.point));
        mark->setToolTip(site.existing ? tr("Proposed site %1 (an existing point kept) %2").arg(site.code, site.name)
                                       : tr("Proposed site %1 (a new point on the road)").arg(site.code));
        auto* label = new QGraphicsSimpleTextItem(site.code, mark);
        label->setBrush(fill.darker(130));
        label->setPos(10, -8);
        m_proposedSites.append(mark);
    }
    viewport()->update();
}

void ZonePanel::setPickingLocation(bool picking)
{
    m_picking = picking;
    viewport()->setCursor(picking ? Qt::CrossCursor : Qt::ArrowCursor);
    // Armed: the whole panel says so, so that a click meant to pan does not set the caller's place unseen.
    if (!m_pickHint) {
        auto* hint = new QLabel(tr("Click the caller's place on the map · Esc cancels"), viewport());
        hint->setObjectName(QStringLiteral("pickHint"));
        hint->setAlignment(Qt::AlignCenter);
        hint->setStyleSheet(QStringLiteral("QLabel { background: rgba(208, 28, 139, 225); color: white; font-weight: bold; "
                                           "padding: 4px 10px; border-radius: 4px; }"));
        hint->setAttribute(Qt::WA_TransparentForMouseEvents);
        m_pickHint = hint;
    }
    m_pickHint->adjustSize();
    m_pickHint->move((viewport()->width() - m_pickHint->width()) / 2, viewport()->height() - m_pickHint->height() - 30);
    m_pickHint->setVisible(picking);
    setStyleSheet(picking ? QStringLiteral("QGraphicsView#zonePanelView { border: 3px solid #d01c8b; }") : QString());
}

void ZonePanel::scheduleLabels()
{
    if (m_labelsPending)
        return;
    m_labelsPending = true;
    QTimer::singleShot(0, this, &ZonePanel::layoutLabels);
}

void ZonePanel::layoutLabels()
{
    m_labelsPending = false;
    if (m_baseMap)
        m_baseMap->setMetresPerPixel(1.0 / transform().m11()); // small roads only when zoomed in
    const QTransform toViewport = viewportTransform();
    QList<LabelLayout::Entry> entries;
    QList<std::function<void(bool)>> apply;
    const auto add = [&](const MapLabel& l, int rank, std::function<void(bool)> set) {
        const QPointF at = toViewport.map(l.anchor);
        entries.append({l.caption.translated(at), l.symbol.isEmpty() ? QRectF() : l.symbol.translated(at), rank});
        apply.append(std::move(set));
    };
    for (IncidentItem* i : std::as_const(m_incidents))
        if (i->isVisible())
            add(i->label(), 0, [i](bool on) { i->setLabelShown(on); });
    for (UnitItem* u : std::as_const(m_units))
        if (u->isVisible())
            add(u->label(), 1, [u](bool on) { u->setLabelShown(on); });
    for (PlaceItem* p : std::as_const(m_places))
        add(p->label(), p->kind() == PlaceItem::StagingPointMarker ? 2 : 3, [p](bool on) { p->setLabelShown(on); });
    for (ZoneItem* z : std::as_const(m_zones))
        add(z->label(), z->tier() == 1 ? 4 : 5, [z](bool on) { z->setLabelShown(on); });
    // The streets' names last: never over a mark or a caption of the desk's own. A name far out of view is hidden
    // and not laid out (a city has thousands); panning lays the captions out again.
    const QRectF nearView = QRectF(viewport()->rect()).adjusted(-400, -400, 400, 400);
    if (m_baseMap)
        for (const BaseMapLayer::RoadLabel& l : m_baseMap->labels()) {
            const QPointF at = toViewport.map(l.anchor);
            if (!m_baseMap->labelAllowed(l) || !nearView.contains(at)) {
                l.item->setVisible(false);
                continue;
            }
            entries.append({BaseMapLayer::labelBox(l, at), QRectF(), 6 + l.rank});
            apply.append([item = l.item](bool on) { item->setVisible(on); });
        }
    const QList<bool> shown = LabelLayout::place(entries, QRectF(viewport()->rect()));
    m_hiddenLabels = 0;
    for (qsizetype k = 0; k < shown.size(); ++k) {
        apply[k](shown[k]);
        m_hiddenLabels += shown[k] ? 0 : 1;
    }
}

} // namespace dispatch::ui
