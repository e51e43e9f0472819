// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Instruction.h"
#include "followup/FollowUpTab.h"

#include <QList>

namespace dispatch::ui {

/// Open instructions from higher command: those to sign for first, then by the deadline they work against
/// (sign-for, then the reply), with class, source, text, state and where they went.
class InstructionListModel final : public FollowUpListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstructionListModel)

public:
    enum Column { Class, Source, Text, Received, State, Deadline, ForwardedTo, ColumnCount };

    explicit InstructionListModel(DispatchService& service, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload() override;
    void apply(const QList<qint64>& ids) override;
    void tick() override;
    int overdueCount() const override;
    qint64 idAt(int row) const override;
    int toSignCount() const;
    const Instruction& instructionAt(int row) const { return m_rows[row]; }

private:
    DispatchService& m_service;
    QList<Instruction> m_rows;
};

/// Instructions tab. Keys: Insert registers one; Enter does the next step (signs for it — an urgent one is
/// forwarded at once, the targets asked —, or records the answer once forwarded); F forwards; D answers directly;
/// U puts it under supervision.
class InstructionTab final : public FollowUpTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstructionTab)

public:
    explicit InstructionTab(DispatchService& service, QWidget* parent = nullptr);

    InstructionListModel* listModel() const { return m_model; }
    QString title() const override;
protected:
    QString overdueMessage(int count) const override;

public:
    QString summaryPart() const override;

    /// Opens the registration dialog; returns the new instruction's id, 0 if cancelled.
    qint64 registerNew();
    /// Signs for the instruction at `row`; an urgent one needs targets (asked unless given).
    bool signForAt(int row, const QStringList& targets = {});
    bool forwardAt(int row, const QStringList& targets = {});
    bool answerAt(int row, const QString& answer = {});
    bool superviseAt(int row);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QStringList askTargets(const Instruction& i, bool* ok);

    InstructionListModel* m_model;
};

} // namespace dispatch::ui
