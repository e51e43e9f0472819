// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/AlertSounds.h"

#include <QSettings>
#include <QSoundEffect>
#include <QUrl>

namespace dispatch::ui {

AlertSounds::AlertSounds(QObject* parent) : QObject(parent)
{
    QSettings settings;
    m_muted = settings.value(QStringLiteral("desk/alertsMuted"), false).toBool();
    m_volume = std::clamp(settings.value(QStringLiteral("desk/alertVolume"), 80).toInt(), 0, 100);
    for (int k = 0; k < KindCount; ++k) {
        auto* effect = new QSoundEffect(this);
        effect->setSource(QUrl(QStringLiteral("qrc") + fileOf(Kind(k))));
        effect->setVolume(float(m_volume) / 100.0f);
        m_effects[size_t(k)] = effect;
    }
}

AlertSounds::~AlertSounds() = default;

QString AlertSounds::fileOf(Kind kind)
{
    switch (kind) {
    case NewCall: return QStringLiteral(":/sounds/new-call.wav");
    case Breach: return QStringLiteral(":/sounds/breach.wav");
    case SignForMissed: return QStringLiteral(":/sounds/sign-for-missed.wav");
    case KindCount: break;
    }
    return {};
}

void AlertSounds::play(Kind kind)
{
    if (m_muted || kind == KindCount)
        return;
    ++m_played[size_t(kind)];
    if (QSoundEffect* e = m_effects[size_t(kind)]; e && m_volume > 0)
        e->play(); // without an audio device it stays silent; the banner still says it
}

void AlertSounds::setMuted(bool muted)
{
    m_muted = muted;
    QSettings().setValue(QStringLiteral("desk/alertsMuted"), muted);
}

void AlertSounds::setVolume(int percent)
{
    m_volume = std::clamp(percent, 0, 100);
    for (QSoundEffect* e : m_effects)
        if (e)
            e->setVolume(float(m_volume) / 100.0f);
    QSettings().setValue(QStringLiteral("desk/alertVolume"), m_volume);
}

} // namespace dispatch::ui
