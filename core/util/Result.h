// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <stdexcept>
#include <utility>
#include <variant>

namespace dispatch {

/// A refusal with a message a person can act on, and where known the field or file position it concerns.
struct Error
{
    QString message;
    QString where = {}; ///< field name, "file:line", rule id, event seq, … (may be empty)

    QString toString() const { return where.isEmpty() ? message : where + QStringLiteral(": ") + message; }
};

/// Thrown inside core when a command must be refused; the facade turns it into a Result and rolls back.
class DispatchError : public std::runtime_error
{
public:
    explicit DispatchError(Error e) : std::runtime_error(e.toString().toStdString()), m_error(std::move(e)) {}
    explicit DispatchError(const QString& message, const QString& where = {})
        : DispatchError(Error{message, where}) {}
    const Error& error() const { return m_error; }

private:
    Error m_error;
};

/// Either a value or an Error.
template<typename T>
class Result
{
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error e) : m_v(std::move(e)) {}

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(m_v); }
    T&& value() && { return std::get<T>(std::move(m_v)); }
    const T& operator*() const { return value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return std::get<Error>(m_v); }
    QString errorString() const { return ok() ? QString() : error().toString(); }

private:
    std::variant<T, Error> m_v;
};

/// A Result for commands that produce nothing but success.
struct Done
{
};
using Status = Result<Done>;

} // namespace dispatch
