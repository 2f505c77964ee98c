#include "api/api_token.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <array>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace hangar::api {
namespace {

constexpr qsizetype kTokenBytes = 32;
constexpr qsizetype kMinTokenLength = 16;

std::string describe(const QString& path) { return path.toStdString(); }

Expected<QByteArray> readToken(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::IoFailure, "cannot read the API token file " + describe(path) +
                                              ": " + file.errorString().toStdString() +
                                              "; check its permissions");
    const QByteArray token = file.read(4096).trimmed();
    if (token.size() < kMinTokenLength || token.contains(' ') || token.contains('\n'))
        return fail(ErrorCode::MalformedInput,
                    "the API token file " + describe(path) +
                        " holds no usable token (one line, at least 16 characters); delete it to "
                        "get a new one");
    return token;
}

} // namespace

QString apiTokenPath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("api-token"));
}

Expected<QByteArray> loadOrCreateApiToken(const QString& dataDir)
{
    const QString path = apiTokenPath(dataDir);
    const QByteArray nativePath = QFile::encodeName(path);

    std::array<quint32, kTokenBytes / 4> random{};
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    const QByteArray token =
        QByteArray(reinterpret_cast<const char*>(random.data()), kTokenBytes).toHex();

    // O_EXCL: the file is created with 0600 or not at all; an existing file is read instead.
    const int fd = ::open(nativePath.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST)
            return readToken(path);
        return fail(ErrorCode::IoFailure, "cannot create the API token file " + describe(path) +
                                              ": " + std::strerror(errno) +
                                              "; check that the data dir exists and is writable");
    }
    const QByteArray line = token + '\n';
    qsizetype written = 0;
    while (written < line.size()) {
        const ssize_t n = ::write(fd, line.constData() + written,
                                  static_cast<size_t>(line.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const std::string reason = std::strerror(errno);
            ::close(fd);
            ::unlink(nativePath.constData());
            return fail(ErrorCode::IoFailure,
                        "cannot write the API token file " + describe(path) + ": " + reason);
        }
        written += n;
    }
    ::fsync(fd);
    ::close(fd);
    return token;
}

} // namespace hangar::api
