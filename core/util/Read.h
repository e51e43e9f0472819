// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QList>

#include <optional>
#include <utility>

namespace dispatch {

/// What a query of the facade read: the rows, or — when the store could not be read — no rows and the error that
/// says why. A failed read is never mistaken for an empty list: ok() is false and error() names the failure (the
/// facade has also announced it, DispatchService::storeReadFailed, for the desk's banner).
template<typename T>
class ReadList : public QList<T>
{
public:
    ReadList() = default;
    ReadList(QList<T> rows) : QList<T>(std::move(rows)) {}
    static ReadList failed(Error e)
    {
        ReadList r;
        r.m_error = std::move(e);
        return r;
    }
    bool ok() const { return !m_error; }
    const std::optional<Error>& error() const { return m_error; }

private:
    std::optional<Error> m_error;
};

/// What a query for one thing read: the thing, nothing (not found), or — when the store could not be read — nothing
/// and the error that says why.
template<typename T>
class ReadOne : public std::optional<T>
{
public:
    ReadOne() = default;
    ReadOne(std::nullopt_t) {}
    ReadOne(std::optional<T> value) : std::optional<T>(std::move(value)) {}
    ReadOne(T value) : std::optional<T>(std::move(value)) {}
    static ReadOne failed(Error e)
    {
        ReadOne r;
        r.m_error = std::move(e);
        return r;
    }
    bool ok() const { return !m_error; }
    const std::optional<Error>& error() const { return m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace dispatch
