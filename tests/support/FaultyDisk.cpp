// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultyDisk.h"

#include <sqlite3.h>

#include <optional>

#include <unistd.h>

namespace dispatch::test {

namespace {

// One disk for the process: SQLite calls the VFS through plain function pointers.
struct State
{
    sqlite3_vfs* real = nullptr;
    std::optional<FaultyDisk::Fault> armed;
    int from = 0;
    int seen = 0;
    int failed = 0;
};
State g;

bool counts(FaultyDisk::Fault a, FaultyDisk::Fault b)
{
    // A read fault and a short read count the same operations; so do a write error and a full disk.
    auto kind = [](FaultyDisk::Fault f) {
        switch (f) {
        case FaultyDisk::Fault::ShortRead: return FaultyDisk::Fault::Read;
        case FaultyDisk::Fault::Full: return FaultyDisk::Fault::Write;
        default: return f;
        }
    };
    return kind(a) == kind(b);
}

/// Whether this operation of the kind fails.
bool fails(FaultyDisk::Fault op)
{
    if (!g.armed || !counts(*g.armed, op))
        return false;
    if (++g.seen < g.from)
        return false;
    ++g.failed;
    return true;
}

struct File
{
    sqlite3_file base;
    sqlite3_file* real;
};

sqlite3_file* real(sqlite3_file* f) { return reinterpret_cast<File*>(f)->real; }

int xClose(sqlite3_file* f)
{
    const int rc = real(f)->pMethods->xClose(real(f));
    f->pMethods = nullptr;
    return rc;
}

int xRead(sqlite3_file* f, void* buf, int amount, sqlite3_int64 offset)
{
    if (g.armed == FaultyDisk::Fault::Read && fails(FaultyDisk::Fault::Read))
        return SQLITE_IOERR_READ;
    return real(f)->pMethods->xRead(real(f), buf, amount, offset);
}

// Short reads happen below the VFS, where the operating system returns fewer bytes than asked for: the platform's
// VFS reads through these system calls (SQLite's own tests replace them the same way, test_syscall.c), and must
// read on. (A short read reported by a VFS means the file ends there, which no disk can fake without lying.)
using PreadFn = ssize_t (*)(int, void*, size_t, off_t);
using ReadFn = ssize_t (*)(int, void*, size_t);
PreadFn g_pread = nullptr, g_pread64 = nullptr;
ReadFn g_read = nullptr;

size_t shortened(size_t count)
{
    return g.armed == FaultyDisk::Fault::ShortRead && count > 1 && fails(FaultyDisk::Fault::ShortRead) ? count / 2 : count;
}
ssize_t shortPread(int fd, void* buf, size_t count, off_t offset) { return g_pread(fd, buf, shortened(count), offset); }
ssize_t shortPread64(int fd, void* buf, size_t count, off_t offset) { return g_pread64(fd, buf, shortened(count), offset); }
ssize_t shortRead(int fd, void* buf, size_t count) { return g_read(fd, buf, shortened(count)); }

int xWrite(sqlite3_file* f, const void* buf, int amount, sqlite3_int64 offset)
{
    if (fails(FaultyDisk::Fault::Write))
        return *g.armed == FaultyDisk::Fault::Full ? SQLITE_FULL : SQLITE_IOERR_WRITE;
    return real(f)->pMethods->xWrite(real(f), buf, amount, offset);
}

int xTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    if (g.armed == FaultyDisk::Fault::Write && fails(FaultyDisk::Fault::Write))
        return SQLITE_IOERR_TRUNCATE;
    return real(f)->pMethods->xTruncate(real(f), size);
}

int xSync(sqlite3_file* f, int flags)
{
    if (fails(FaultyDisk::Fault::Sync))
        return SQLITE_IOERR_FSYNC;
    return real(f)->pMethods->xSync(real(f), flags);
}

int xFileSize(sqlite3_file* f, sqlite3_int64* size) { return real(f)->pMethods->xFileSize(real(f), size); }
int xLock(sqlite3_file* f, int level) { return real(f)->pMethods->xLock(real(f), level); }
int xUnlock(sqlite3_file* f, int level) { return real(f)->pMethods->xUnlock(real(f), level); }
int xCheckReservedLock(sqlite3_file* f, int* out) { return real(f)->pMethods->xCheckReservedLock(real(f), out); }
int xFileControl(sqlite3_file* f, int op, void* arg) { return real(f)->pMethods->xFileControl(real(f), op, arg); }
int xSectorSize(sqlite3_file* f) { return real(f)->pMethods->xSectorSize(real(f)); }
int xDeviceCharacteristics(sqlite3_file* f) { return real(f)->pMethods->xDeviceCharacteristics(real(f)); }
int xShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out)
{
    return real(f)->pMethods->xShmMap(real(f), region, size, extend, out);
}
int xShmLock(sqlite3_file* f, int offset, int n, int flags) { return real(f)->pMethods->xShmLock(real(f), offset, n, flags); }
void xShmBarrier(sqlite3_file* f) { real(f)->pMethods->xShmBarrier(real(f)); }
int xShmUnmap(sqlite3_file* f, int deleteFlag) { return real(f)->pMethods->xShmUnmap(real(f), deleteFlag); }
int xFetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out)
{
    // No memory-mapped pages: every read goes through xRead, where faults are injected.
    *out = nullptr;
    (void)f, (void)offset, (void)amount;
    return SQLITE_OK;
}
int xUnfetch(sqlite3_file* f, sqlite3_int64 offset, void* p) { return real(f)->pMethods->xUnfetch(real(f), offset, p); }

const sqlite3_io_methods kMethods = {3,           xClose,     xRead,     xWrite,      xTruncate, xSync,
                                     xFileSize,   xLock,      xUnlock,   xCheckReservedLock,    xFileControl,
                                     xSectorSize, xDeviceCharacteristics, xShmMap, xShmLock, xShmBarrier,
                                     xShmUnmap,   xFetch,     xUnfetch};

int xOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* f, int flags, int* outFlags)
{
    f->pMethods = nullptr;
    if (fails(FaultyDisk::Fault::Open))
        return SQLITE_CANTOPEN;
    File* file = reinterpret_cast<File*>(f);
    file->real = reinterpret_cast<sqlite3_file*>(file + 1);
    const int rc = g.real->xOpen(g.real, name, file->real, flags, outFlags);
    if (file->real->pMethods != nullptr)
        f->pMethods = &kMethods;
    return rc;
}

int xDelete(sqlite3_vfs*, const char* name, int syncDir) { return g.real->xDelete(g.real, name, syncDir); }
int xAccess(sqlite3_vfs*, const char* name, int flags, int* out) { return g.real->xAccess(g.real, name, flags, out); }
int xFullPathname(sqlite3_vfs*, const char* name, int n, char* out) { return g.real->xFullPathname(g.real, name, n, out); }
void* xDlOpen(sqlite3_vfs*, const char* name) { return g.real->xDlOpen(g.real, name); }
void xDlError(sqlite3_vfs*, int n, char* out) { g.real->xDlError(g.real, n, out); }
void (*xDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void) { return g.real->xDlSym(g.real, handle, symbol); }
void xDlClose(sqlite3_vfs*, void* handle) { g.real->xDlClose(g.real, handle); }
int xRandomness(sqlite3_vfs*, int n, char* out) { return g.real->xRandomness(g.real, n, out); }
int xSleep(sqlite3_vfs*, int micro) { return g.real->xSleep(g.real, micro); }
int xCurrentTime(sqlite3_vfs*, double* out) { return g.real->xCurrentTime(g.real, out); }
int xGetLastError(sqlite3_vfs*, int n, char* out) { return g.real->xGetLastError(g.real, n, out); }
int xCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out) { return g.real->xCurrentTimeInt64(g.real, out); }

// Lives as long as the process: a connection opened through it keeps pointing at it after the disk is put away.
sqlite3_vfs g_vfs;

} // namespace

FaultyDisk::FaultyDisk()
{
    sqlite3_initialize();
    g = State{};
    g.real = sqlite3_vfs_find(nullptr);
    g_vfs = sqlite3_vfs{2,          int(sizeof(File)) + g.real->szOsFile,
                        g.real->mxPathname,
                        nullptr,    "faulty-disk",
                        nullptr,    xOpen,
                        xDelete,    xAccess,
                        xFullPathname, xDlOpen,
                        xDlError,   xDlSym,
                        xDlClose,   xRandomness,
                        xSleep,     xCurrentTime,
                        xGetLastError, xCurrentTimeInt64,
                        nullptr,    nullptr,
                        nullptr};
    sqlite3_vfs_register(&g_vfs, 1);
    if (g.real->iVersion >= 3 && g.real->xGetSystemCall != nullptr) {
        g_pread = reinterpret_cast<PreadFn>(g.real->xGetSystemCall(g.real, "pread"));
        g_pread64 = reinterpret_cast<PreadFn>(g.real->xGetSystemCall(g.real, "pread64"));
        g_read = reinterpret_cast<ReadFn>(g.real->xGetSystemCall(g.real, "read"));
        if (g_pread)
            g.real->xSetSystemCall(g.real, "pread", reinterpret_cast<sqlite3_syscall_ptr>(shortPread));
        if (g_pread64)
            g.real->xSetSystemCall(g.real, "pread64", reinterpret_cast<sqlite3_syscall_ptr>(shortPread64));
        if (g_read)
            g.real->xSetSystemCall(g.real, "read", reinterpret_cast<sqlite3_syscall_ptr>(shortRead));
    }
}

FaultyDisk::~FaultyDisk()
{
    clear();
    if (g.real->iVersion >= 3 && g.real->xSetSystemCall != nullptr)
        g.real->xSetSystemCall(g.real, nullptr, nullptr); // every system call back to the platform's own
    sqlite3_vfs_register(g.real, 1);
    sqlite3_vfs_unregister(&g_vfs);
}

void FaultyDisk::failFrom(Fault fault, int n)
{
    g.armed = fault;
    g.from = n;
    g.seen = 0;
    g.failed = 0;
}

void FaultyDisk::clear()
{
    g.armed.reset();
}

int FaultyDisk::failed() const
{
    return g.failed;
}

QString FaultyDisk::name(Fault fault)
{
    switch (fault) {
    case Fault::Read: return QStringLiteral("read error");
    case Fault::ShortRead: return QStringLiteral("short read");
    case Fault::Write: return QStringLiteral("write error");
    case Fault::Full: return QStringLiteral("disk full");
    case Fault::Sync: return QStringLiteral("fsync error");
    case Fault::Open: return QStringLiteral("open error");
    }
    return {};
}

} // namespace dispatch::test
