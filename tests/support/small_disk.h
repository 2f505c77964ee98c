#pragma once

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cerrno>
#include <cstring>
#include <string>
#include <sys/mount.h>
#include <vector>

namespace hangar::test {

/// A real small file system for failing-disk tests: a tmpfs of `sizeKiB` mounted on a fresh
/// directory (needs root or CAP_SYS_ADMIN; mounted() is false with the reason otherwise, and
/// the test says it was skipped). fill() takes every free block, freeSpace() gives them back.
class SmallDisk
{
public:
    explicit SmallDisk(int sizeKiB = 2048)
    {
        if (!m_dir.isValid()) {
            m_problem = "no temporary directory";
            return;
        }
        const std::string options = "size=" + std::to_string(sizeKiB) + "k,mode=0700";
        if (::mount("tmpfs", m_dir.path().toLocal8Bit().constData(), "tmpfs", 0, options.c_str()) !=
            0) {
            m_problem = std::string("cannot mount a tmpfs (") + std::strerror(errno) +
                        "): the failing-disk test needs root or CAP_SYS_ADMIN";
            return;
        }
        m_mounted = true;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(m_dir.path().toLocal8Bit().constData(), MNT_DETACH);
    }
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;

    bool mounted() const { return m_mounted; }
    /// Why mounting failed.
    const std::string& problem() const { return m_problem; }
    QString path() const { return m_dir.path(); }
    std::string filePath(const QString& name) const { return m_dir.filePath(name).toStdString(); }

    /// Writes a filler file until the disk is full; true when it is.
    bool fill()
    {
        QFile filler(m_dir.filePath(QStringLiteral("filler")));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
            return false;
        const std::vector<char> block(4096, 'x');
        while (filler.write(block.data(), static_cast<qint64>(block.size())) > 0) {
        }
        return filler.error() != QFileDevice::NoError;
    }
    /// Removes the filler: the space is free again.
    void freeSpace() { QFile::remove(m_dir.filePath(QStringLiteral("filler"))); }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    std::string m_problem;
};

} // namespace hangar::test
