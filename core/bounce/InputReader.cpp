// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bounce/InputReader.h"

#include "bounce/GMimeSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace MailMedic {

ReadResult InputReader::readDevice(QIODevice &device, const QString &name)
{
    ReadResult result;
    // A file says how big it is: read that, not a buffer of the largest size
    // allowed (a 128 MB allocation per file, which also raises glibc's mmap
    // threshold so later large buffers stay in the heap).
    result.data = device.read(
        device.isSequential() ? MaxInputBytes + 1 : qMin<qint64>(device.size(), MaxInputBytes + 1));
    if (result.data.size() > MaxInputBytes) {
        result.data.clear();
        result.error
            = QCoreApplication::translate("MailMedic::InputReader", "%1: larger than %2 MB; not a bounce")
                  .arg(name)
                  .arg(MaxInputBytes / (1024 * 1024));
    }
    return result;
}

ReadResult InputReader::readFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        ReadResult r;
        r.error
            = QCoreApplication::translate("MailMedic::InputReader", "%1: is a folder, not a file").arg(path);
        return r;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ReadResult r;
        r.error = QCoreApplication::translate("MailMedic::InputReader", "%1: cannot be read: %2")
                      .arg(path, file.errorString());
        return r;
    }
    return readDevice(file, path);
}

InputKind InputReader::detectKind(const QByteArray &data)
{
    if (std::all_of(data.cbegin(), data.cend(), [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }))
        return InputKind::Empty;
    MimeMessagePtr message = parseMimeMessage(data);
    if (!message)
        return InputKind::Text;
    return hasDeliveryStatus(message.get()) ? InputKind::Dsn : InputKind::Message;
}

} // namespace MailMedic
