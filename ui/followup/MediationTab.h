// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Mediation.h"
#include "followup/FollowUpTab.h"

#include <QHash>
#include <QList>

namespace dispatch::ui {

/// Disputes with a mediator (调解), earliest deadline first: the incident, the mediator and certificate, since when,
/// the deadline's clock and the hand-over note.
class MediationListModel final : public FollowUpListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MediationListModel)

public:
    enum Column { Number, Summary, Mediator, Assigned, Deadline, Note, ColumnCount };

    explicit MediationListModel(DispatchService& service, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload() override;
    void apply(const QList<qint64>& ids) override;
    void tick() override;
    int overdueCount() const override;
    qint64 idAt(int row) const override;
    const Mediation& mediationAt(int row) const { return m_rows[row]; }

private:
    void rememberIncident(qint64 incidentId);

    DispatchService& m_service;
    QList<Mediation> m_rows;
    QHash<qint64, QPair<QString, QString>> m_incidents; ///< id → number, summary
};

/// Mediation tab. Keys: S settled (the agreement asked), N not settled (why asked), R referred (where asked).
class MediationTab final : public FollowUpTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MediationTab)

public:
    explicit MediationTab(DispatchService& service, QWidget* parent = nullptr);

    MediationListModel* listModel() const { return m_model; }
    QString title() const override;
protected:
    QString overdueMessage(int count) const override;

public:
    QString summaryPart() const override;
    /// Records the outcome of the mediation at `row`; the note is asked unless given.
    bool recordAt(int row, MediationOutcome outcome, const QString& note = {});

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    MediationListModel* m_model;
};

} // namespace dispatch::ui
