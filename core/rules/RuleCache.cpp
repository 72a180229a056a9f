// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/RuleCache.h"

#include "rules/Vocabulary.h"

#include "mailmedic_version.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <atomic>
#include <climits>
#include <memory>
#include <mutex>
#include <vector>

namespace MailMedic {

namespace RuleCache {

namespace {

// "<path hash>-": every image of one file starts so, to drop the old one.
QString prefixOf(const QString &path)
{
    const QByteArray where = QFileInfo(path).absoluteFilePath().toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(where, QCryptographicHash::Sha1).toHex().left(16))
        + QLatin1Char('-');
}

QString nameOf(const QString &path, const QByteArray &key)
{
    return prefixOf(path) + QString::fromLatin1(key.toHex().left(40)) + QStringLiteral(".image");
}

// Mapped images are never unmapped: a report may still hold a rule's id or
// text that points into one after its rule set is gone.
std::mutex &mappedLock()
{
    static std::mutex lock;
    return lock;
}

std::vector<std::unique_ptr<QFile>> &mapped()
{
    static std::vector<std::unique_ptr<QFile>> files;
    return files;
}

// The whole of `file`, mapped; a null array when it cannot be.
QByteArray mapWhole(QFile *file)
{
    if (!file->open(QIODevice::ReadOnly) || file->size() == 0 || file->size() > INT_MAX)
        return QByteArray();
    const uchar *bytes = file->map(0, file->size());
    if (!bytes)
        return QByteArray();
    return QByteArray::fromRawData(reinterpret_cast<const char *>(bytes), int(file->size()));
}

// An image that is not one of this build: unmapped and removed.
void dropImage(QFile *file, const QByteArray &image)
{
    if (!image.isNull())
        file->unmap(reinterpret_cast<uchar *>(const_cast<char *>(image.constData())));
    if (file->isOpen()) {
        file->close();
        file->remove();
    }
}

std::atomic<int> mappedFileImages { 0 };
std::atomic<int> mappedLayerImages { 0 };

void keepMapped(std::unique_ptr<QFile> file, std::atomic<int> *count)
{
    const std::lock_guard<std::mutex> guard(mappedLock());
    mapped().push_back(std::move(file));
    ++*count;
}

// Writes the image `make` returns as `name` in the cache folder, whole or not
// at all; returns the folder, empty when nothing was written.
template<typename Make> QString save(const QString &name, const Make &make)
{
    const QString dir = folder();
    if (dir.isEmpty() || !QDir().mkpath(dir))
        return QString();
    QSaveFile out(dir + QLatin1Char('/') + name);
    if (!out.open(QIODevice::WriteOnly) || out.write(make()) < 0 || !out.commit())
        return QString();
    return dir;
}

QString layerName(const QByteArray &key)
{
    return QStringLiteral("layer-") + QString::fromLatin1(key.toHex().left(40)) + QStringLiteral(".image");
}

// Prefilters of other sets of extra files kept besides the newest: a support
// team switching between a few sets finds each of them kept.
constexpr int kKeptLayers = 8;

} // namespace

QCryptographicHash::Algorithm hashAlgorithm()
{
    // BLAKE2b where Qt has it: hashing is most of what a start with large
    // extra files costs, and Qt's SHA-256 is six times slower (no CPU help).
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return QCryptographicHash::Blake2b_256;
#else
    return QCryptographicHash::Sha1;
#endif
}

QByteArray keyOf(QIODevice *file)
{
    // What the image depends on besides the file: anything that changes how
    // a file is read or checked gives another key. The file is hashed as it
    // is read, not held: a kept image makes its bytes needless.
    QCryptographicHash hash(hashAlgorithm());
    const QString build = QStringLiteral(MAILMEDIC_VERSION_STRING) + QLatin1Char('\n')
        + QString::number(ruleImageFormat()) + QLatin1Char('\n') + keptRuleTextLanguage() + QLatin1Char('\n')
        + reasons().join(QLatin1Char(',')) + QLatin1Char('\n') + topics().join(QLatin1Char(','))
        + QLatin1Char('\n') + probes().join(QLatin1Char(',')) + QLatin1Char('\n')
        + questions().join(QLatin1Char(',')) + QLatin1Char('\n');
    hash.addData(build.toUtf8());
    if (!hash.addData(file))
        return QByteArray();
    return hash.result();
}

QString folder()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return base.isEmpty() ? QString() : base + QStringLiteral("/rules");
}

bool read(const QString &path, const QByteArray &key, RuleFileContent *content, bool withLiterals)
{
    const QString dir = folder();
    if (dir.isEmpty() || key.isEmpty())
        return false;
    auto file = std::make_unique<QFile>(dir + QLatin1Char('/') + nameOf(path, key));
    const QByteArray image = mapWhole(file.get());
    RuleFileContent read;
    if (image.isNull() || !readRuleImage(image, &read, nullptr, nullptr, nullptr, withLiterals)) {
        dropImage(file.get(), image); // written by another build or cut short: read the JSON, keep anew
        return false;
    }
    // The records name the file by the path it was read from then; the
    // errors they may still cause must name it as it is given now.
    for (Rule &rule : read.rules)
        rule.sourceFile = path;
    for (FixText &fix : read.fixes)
        fix.sourceFile = path;
    for (Symptom &symptom : read.symptoms)
        symptom.sourceFile = path;
    for (Provider &provider : read.providers)
        provider.sourceFile = path;
    *content = std::move(read);
    keepMapped(std::move(file), &mappedFileImages);
    return true;
}

void write(const QString &path, const QByteArray &key, const RuleFileContent &content)
{
    const QString name = nameOf(path, key);
    const QString dir
        = key.isEmpty() ? QString() : save(name, [&content] { return writeRuleImage(content); });
    if (dir.isEmpty())
        return;
    // One image per file: the one of its previous bytes goes.
    const QStringList old
        = QDir(dir).entryList({ prefixOf(path) + QLatin1Char('*') }, QDir::Files | QDir::NoDotAndDotDot);
    for (const QString &other : old) {
        if (other != name)
            QFile::remove(dir + QLatin1Char('/') + other);
    }
}

QByteArray layerKeyOf(const QList<QByteArray> &keys)
{
    QCryptographicHash hash(hashAlgorithm());
    hash.addData(QByteArrayLiteral("layer\n"));
    for (const QByteArray &key : keys) {
        if (key.isEmpty())
            return QByteArray();
        hash.addData(key);
    }
    return hash.result();
}

QByteArray checkOf(const QByteArray &data)
{
    return QCryptographicHash::hash(data, hashAlgorithm());
}

bool hasLayer(const QByteArray &key)
{
    const QString dir = folder();
    return !dir.isEmpty() && !key.isEmpty() && QFileInfo::exists(dir + QLatin1Char('/') + layerName(key));
}

bool readLayer(const QByteArray &key, const QByteArray &check, LiteralPrefilter *prefilter)
{
    const QString dir = folder();
    if (dir.isEmpty() || key.isEmpty())
        return false;
    auto file = std::make_unique<QFile>(dir + QLatin1Char('/') + layerName(key));
    if (!file->exists())
        return false;
    const QByteArray image = mapWhole(file.get());
    if (image.isNull() || !readPrefilterImage(image, check, prefilter)) {
        dropImage(file.get(), image); // another build's, cut short, or for other rules: built anew
        return false;
    }
    keepMapped(std::move(file), &mappedLayerImages);
    return true;
}

void writeLayer(const QByteArray &key, const QByteArray &check, const LiteralPrefilter &prefilter)
{
    const QString dir = key.isEmpty()
        ? QString()
        : save(layerName(key), [&check, &prefilter] { return writePrefilterImage(check, prefilter); });
    if (dir.isEmpty())
        return;
    // The newest others stay (by time; never the one just written, whatever
    // the file system's clock resolution makes of their order).
    QStringList others = QDir(dir).entryList(
        { QStringLiteral("layer-*.image") }, QDir::Files | QDir::NoDotAndDotDot, QDir::Time);
    others.removeAll(layerName(key));
    for (qsizetype i = kKeptLayers - 1; i < others.size(); ++i)
        QFile::remove(dir + QLatin1Char('/') + others.at(i));
}

int mappedImages()
{
    return mappedFileImages.load();
}

int mappedPrefilters()
{
    return mappedLayerImages.load();
}

} // namespace RuleCache

} // namespace MailMedic
