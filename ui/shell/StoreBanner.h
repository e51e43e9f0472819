// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace dispatch {
class DispatchService;
struct Error;
}

namespace dispatch::ui {

/// The red line across the top of the desk when the store could not be read, or its server's connection is lost:
/// what failed, since when, and that what the desk shows may be out of date. It goes when the next change is read and applied without a failure, or when
/// the dispatcher dismisses it (Esc on its button).
class StoreBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreBanner)

public:
    explicit StoreBanner(DispatchService& service, QWidget* parent = nullptr);

    QString text() const;

    /// The connection to the store's server is lost since `sinceMs` (said again at every failed check, with the
    /// time since); `why` (the driver's words) goes to the tooltip.
    void showConnectionLost(qint64 sinceMs, const QString& why);
    /// It is back: the line goes (unless a read failure is still being said).
    void showConnectionRestored();

private:
    void showFailure(const dispatch::Error& error);

    DispatchService& m_service;
    QLabel* m_text;
    qint64 m_sinceMs = 0;
    int m_failures = 0;
    bool m_connectionLost = false;
};

} // namespace dispatch::ui
