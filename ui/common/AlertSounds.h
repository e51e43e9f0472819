// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <array>

class QSoundEffect;

namespace dispatch::ui {

/// The desk's three alert sounds (resources/sounds): a new call, a clock breached, a sign-for missed, each its own
/// so that the dispatcher knows without looking. Mute and volume are the desk's settings, kept between sessions.
class AlertSounds final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertSounds)

public:
    enum Kind { NewCall, Breach, SignForMissed, KindCount };

    explicit AlertSounds(QObject* parent = nullptr);
    ~AlertSounds() override;

    void play(Kind kind);
    void setMuted(bool muted);
    bool isMuted() const { return m_muted; }
    /// 0–100; kept in the settings.
    void setVolume(int percent);
    int volume() const { return m_volume; }
    /// Sounds asked for since the desk opened (muted ones not counted): the desk's own checks and the tests.
    int played(Kind kind) const { return m_played[size_t(kind)]; }
    static QString fileOf(Kind kind);

private:
    std::array<QSoundEffect*, KindCount> m_effects{};
    std::array<int, KindCount> m_played{};
    bool m_muted = false;
    int m_volume = 80;
};

} // namespace dispatch::ui
