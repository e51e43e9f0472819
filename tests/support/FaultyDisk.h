// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>

namespace dispatch::test {

/// A disk that fails on purpose, the way SQLite's own tests inject I/O errors: a SQLite VFS over the platform's own,
/// made the process's default while a FaultyDisk lives, so every connection opened meanwhile (the desk's, the
/// check's) goes through it. Nothing fails until failFrom() arms a fault; from the nth operation of its kind on,
/// every such operation fails until clear() (a disk that stays broken until someone fixes it). A short read is not
/// an error: the command must succeed all the same.
class FaultyDisk
{
public:
    enum class Fault {
        Read,      ///< a read returns SQLITE_IOERR_READ
        ShortRead, ///< the operating system's read returns half the bytes asked for (SQLite must read on)
        Write,     ///< a write (or truncate) returns SQLITE_IOERR_WRITE
        Full,      ///< a write returns SQLITE_FULL: the disk is full
        Sync,      ///< an fsync returns SQLITE_IOERR_FSYNC
        Open,      ///< opening a file (the store, its log, a temporary file) returns SQLITE_CANTOPEN
    };
    static constexpr std::array kAllFaults{Fault::Read, Fault::ShortRead, Fault::Write, Fault::Full, Fault::Sync, Fault::Open};

    FaultyDisk();
    ~FaultyDisk();
    FaultyDisk(const FaultyDisk&) = delete;
    FaultyDisk& operator=(const FaultyDisk&) = delete;

    /// From the nth (1-based) operation of the fault's kind counted from now, every such operation fails.
    void failFrom(Fault fault, int n);
    /// The disk works again (the fault is cleared; counts start again at the next failFrom()).
    void clear();
    /// How many operations the armed fault failed so far (0: its nth operation never came).
    int failed() const;

    static QString name(Fault fault);
};

} // namespace dispatch::test
