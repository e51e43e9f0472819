// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cti/CallerHistory.h"
#include "cti/RingingCalls.h"

#include <QObject>
#include <QPointer>

class QDockWidget;
class QLabel;

namespace dispatch {
class CtiListener;
class DispatchService;
class RingingCalls;
}

namespace dispatch::ui {

class MainWindow;
class PhoneCallsWidget;

/// The telephone system the desk listens to (--cti-listen): the calls it feeds and the numbers the centre watches.
struct Telephone
{
    RingingCalls* calls = nullptr;
    CtiListener* listener = nullptr; ///< null when the calls come from elsewhere (tests, a replay)
    WatchList watchList;
};

/// The desk with a telephone feed: the ringing and abandoned calls in a dock beside the intake (Ctrl+Shift+T), a ring
/// announced by sound and in the status bar, F2 answering the longest-waiting call when one rings (a blank form is
/// then Shift+F2), and the feed's state always in the status bar ("Telephone: not connected" in red while the switch
/// is not connected).
class PhoneDesk final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhoneDesk)

public:
    PhoneDesk(DispatchService& service, MainWindow& window, const Telephone& telephone);

    PhoneCallsWidget* calls() const { return m_calls; }
    QDockWidget* dock() const { return m_dock; }
    QLabel* feedLabel() const { return m_feed; }
    /// F2: answers the highlighted (else longest-waiting) ringing call; false when none rings (or a call is being
    /// taken: it is kept, and the ringing call keeps ringing).
    bool answerRinging();
    void tick();

    /// Calls over are forgotten after this long (abandoned ones stay until called back).
    static constexpr qint64 kKeepEndedMs = 30 * 60 * 1000;

    /// Records an event of the feed in the store (the desk's view of the call after it).
    void record(CtiEventType type, const PhoneCall& call);

private:
    void showFeedState();

    DispatchService& m_service;
    MainWindow& m_window;
    Telephone m_telephone;
    PhoneCallsWidget* m_calls;
    QDockWidget* m_dock;
    QLabel* m_feed;
};

} // namespace dispatch::ui
