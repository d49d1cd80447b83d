#include "core/base/file_io.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cartera {

namespace {

std::string reason() {
    return std::strerror(errno);
}

// Closes a descriptor on every path out.
struct Fd {
    int fd = -1;
    ~Fd() {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

std::string readFileBytes(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        throw FileError(ErrorKind::FileUnreadable, path, reason());
    if (S_ISDIR(st.st_mode))
        throw FileError(ErrorKind::FileIsFolder, path);
    if (!S_ISREG(st.st_mode))
        throw FileError(ErrorKind::FileNotRegular, path);
    Fd in{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
    if (in.fd < 0)
        throw FileError(ErrorKind::FileUnreadable, path, reason());
    std::string data;
    data.resize(static_cast<std::size_t>(st.st_size));
    std::size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::read(in.fd, data.data() + done, data.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            throw FileError(ErrorKind::FileUnreadable, path, reason());
        if (n == 0)
            break; // the file shrank while being read
        done += static_cast<std::size_t>(n);
    }
    data.resize(done);
    return data;
}

bool isSqliteFile(const std::string& path) {
    Fd in{::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK)};
    if (in.fd < 0)
        return false;
    struct stat st {};
    if (::fstat(in.fd, &st) != 0 || !S_ISREG(st.st_mode))
        return false;
    char header[16] = {};
    return ::read(in.fd, header, sizeof header) == 16 &&
           std::memcmp(header, "SQLite format 3", 16) == 0;
}

void writeFileAtomically(const std::string& path, std::string_view content) {
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0) {
        if (S_ISDIR(st.st_mode))
            throw FileError(ErrorKind::FileIsFolder, path);
        if (isSqliteFile(path))
            throw FileError(ErrorKind::FileIsDatabase, path);
    }
    std::string temp = path + ".XXXXXX";
    Fd out{::mkstemp(temp.data())}; // created 0600
    if (out.fd < 0)
        throw FileError(ErrorKind::FileUnwritable, path, reason());
    auto fail = [&](const std::string& what) {
        ::unlink(temp.c_str());
        throw FileError(ErrorKind::FileUnwritable, path, what);
    };
    std::size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(out.fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            fail(reason());
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(out.fd) != 0)
        fail(reason());
    if (::close(out.fd) != 0) {
        out.fd = -1;
        fail(reason());
    }
    out.fd = -1;
    if (::rename(temp.c_str(), path.c_str()) != 0)
        fail(reason());
}

} // namespace cartera
