// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/DeskStatusBar.h"

#include "common/Palette.h"
#include "service/DispatchService.h"
#include "util/Clock.h"

#include <QLabel>

namespace dispatch::ui {

DeskStatusBar::DeskStatusBar(DispatchService& service, QWidget* parent)
    : QStatusBar(parent),
      m_service(service),
      m_demo(new QLabel(this)),
      m_followUp(new QLabel(this)),
      m_user(new QLabel(this)),
      m_desk(new QLabel(this)),
      m_shift(new QLabel(this)),
      m_clock(new QLabel(this))
{
    setObjectName(QStringLiteral("deskStatusBar"));
    m_demo->setObjectName(QStringLiteral("statusDemo"));
    m_user->setObjectName(QStringLiteral("statusUser"));
    m_desk->setObjectName(QStringLiteral("statusDesk"));
    m_shift->setObjectName(QStringLiteral("statusShift"));
    m_clock->setObjectName(QStringLiteral("statusClock"));
    m_followUp->setObjectName(QStringLiteral("statusFollowUp"));
    const bool exercise = service.board().centre().training;
    m_demo->setText(exercise ? tr(" EXERCISE ") : tr(" DEMO DATA "));
    m_demo->setStyleSheet(exercise ? QStringLiteral("QLabel { background: #ef6c00; color: white; font-weight: bold; padding: 1px 6px; }")
                                   : QStringLiteral("QLabel { background: #b71c1c; color: white; font-weight: bold; padding: 1px 6px; }"));
    m_demo->setVisible(service.board().centre().demo || exercise);
    QFont mono = m_clock->font();
    mono.setBold(true);
    mono.setPointSize(mono.pointSize() + 2);
    m_clock->setFont(mono);
    addPermanentWidget(m_followUp);
    addPermanentWidget(m_demo);
    addPermanentWidget(m_user);
    addPermanentWidget(m_desk);
    addPermanentWidget(m_shift);
    addPermanentWidget(m_clock);
    connect(&m_service, &DispatchService::sessionChanged, this, &DeskStatusBar::refresh);
    refresh();
}

void DeskStatusBar::setFollowUp(const QString& summary, bool overdue)
{
    m_followUp->setText(summary);
    m_followUp->setStyleSheet(overdue ? Palette::lateStyle(true) : QString());
    m_followUp->setVisible(!summary.isEmpty());
}

QString DeskStatusBar::followUpText() const
{
    return m_followUp->text();
}

void DeskStatusBar::refresh()
{
    const Board& b = m_service.board();
    const QDateTime now = m_service.clock().now();
    const QTimeZone tz = b.timeZone();
    const auto& user = m_service.currentUser();
    m_user->setText(user ? tr("User: %1 (%2)").arg(user->displayName, Roles::label(user->role)) : tr("Not signed in"));
    m_desk->setText(tr("Desk: %1").arg(m_service.desk()));
    const ShiftInstance shift = b.shiftPattern().at(now, tz);
    QString leader;
    for (const RosterEntry& e : m_service.roster(shift))
        if (e.duty == QLatin1String("leader"))
            leader = e.displayName;
    const QString times = tr("Shift: %1 %2–%3")
                              .arg(shift.name, shift.start.toTimeZone(tz).toString(QStringLiteral("HH:mm")),
                                   shift.end.toTimeZone(tz).toString(QStringLiteral("HH:mm")));
    m_shift->setText(leader.isEmpty() ? times : tr("%1 · leader %2").arg(times, leader));
    m_clock->setText(now.toTimeZone(tz).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

} // namespace dispatch::ui
