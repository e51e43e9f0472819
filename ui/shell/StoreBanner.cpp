// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/StoreBanner.h"

#include "common/Labels.h"
#include "common/Palette.h"
#include "service/DispatchService.h"
#include "util/Clock.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include <algorithm>

namespace dispatch::ui {

StoreBanner::StoreBanner(DispatchService& service, QWidget* parent)
    : QFrame(parent), m_service(service), m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("storeBanner"));
    setStyleSheet(QStringLiteral("#storeBanner { background: %1; } #storeBanner QLabel { color: white; font-weight: bold; }")
                      .arg(Palette::late().name()));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* dismiss = new QPushButton(tr("Dismiss"), this);
    dismiss->setObjectName(QStringLiteral("storeBannerDismiss"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(8, 4, 8, 4);
    row->addWidget(m_text, 1);
    row->addWidget(dismiss);
    hide();
    connect(dismiss, &QPushButton::clicked, this, [this] {
        m_failures = 0;
        hide();
    });
    connect(&service, &DispatchService::storeReadFailed, this, &StoreBanner::showFailure);
    // A change read and applied since the failure: the store answers again.
    connect(&service, &DispatchService::changed, this, [this] {
        m_failures = 0;
        if (!m_connectionLost)
            hide();
    });
}

void StoreBanner::showConnectionLost(qint64 sinceMs, const QString& why)
{
    m_connectionLost = true;
    const qint64 now = m_service.clock().nowMs();
    const int seconds = int(std::max<qint64>(0, now - sinceMs) / 1000);
    m_text->setText(tr("The connection to the store's server was lost at %1 (%n second(s) ago). The desk is "
                       "reconnecting by itself; until then what it shows may be out of date and changes cannot be saved.",
                       nullptr, seconds)
                        .arg(Labels::dateTime(sinceMs, m_service.board().timeZone(), now)));
    m_text->setToolTip(why);
    show();
}

void StoreBanner::showConnectionRestored()
{
    m_connectionLost = false;
    m_failures = 0;
    hide();
}

QString StoreBanner::text() const
{
    return m_text->text();
}

void StoreBanner::showFailure(const dispatch::Error& error)
{
    const qint64 now = m_service.clock().nowMs();
    if (!m_failures++)
        m_sinceMs = now;
    if (m_connectionLost)
        return; // every read fails while the server is away: the line already says why, and since when
    // The statement that failed ("… [SELECT …]") is for the administrator: in the log and the tooltip, not the line
    // a dispatcher reads.
    const QString full = error.toString();
    const qsizetype statement = full.indexOf(QLatin1String(" ["));
    const QString said = statement > 0 ? full.left(statement) : full;
    m_text->setText(tr("The store could not be read: %1 (since %2, %n time(s)). What the desk shows may be out of date; "
                       "call the administrator.",
                       nullptr, m_failures)
                        .arg(said, Labels::dateTime(m_sinceMs, m_service.board().timeZone(), now)));
    m_text->setToolTip(full);
    show();
}

} // namespace dispatch::ui
