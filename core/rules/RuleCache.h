// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/RuleFile.h"

class QIODevice;

namespace MailMedic {

// A support team's rule files, kept as images in the user's cache folder
// (rules/ under QStandardPaths::CacheLocation) once they have been read
// without an error, so the next start maps the image instead of parsing and
// checking the JSON again. An image is found by the file's bytes (and this
// build's image format, version, vocabulary and text language), so an edited
// file is always read afresh; each file keeps one image. A file with errors
// is never kept: its errors are reported on every load. Thread-safe.
namespace RuleCache {

// What names the image of a file: the hash of its bytes, read from `file` to
// its end, and of this build's format and vocabulary. Empty when the file
// could not be read.
QByteArray keyOf(QIODevice *file);
// The records of the file at `path` whose key is `key`, when its image is
// kept. The image stays mapped for the program's life (records and what is
// copied from them point into it).
// Without `withLiterals`, the rules' literals are not read (readRuleImage()).
bool read(const QString &path, const QByteArray &key, RuleFileContent *content, bool withLiterals = true);
// Keeps the image of `content`, read without an error from the file of `key`.
// Quietly does nothing when the cache folder cannot be written.
void write(const QString &path, const QByteArray &key, const RuleFileContent &content);
// Where the images are kept; empty when there is no cache folder.
QString folder();

// The prefilter of the rules a set of extra files adds (the automaton over
// their patterns' literals), kept so that a start with the same files builds
// none. `key`: layerKeyOf() the files' keys in their order (empty when one
// is empty). `check` tells which rules the prefilter was built for
// (checkOf() their ids and pattern counts): one built for others is never
// read. A read prefilter points into the mapped file, kept for the
// program's life. The newest few sets' prefilters are kept.
QByteArray layerKeyOf(const QList<QByteArray> &keys);
QByteArray checkOf(const QByteArray &data);
bool hasLayer(const QByteArray &key);
bool readLayer(const QByteArray &key, const QByteArray &check, LiteralPrefilter *prefilter);
void writeLayer(const QByteArray &key, const QByteArray &check, const LiteralPrefilter &prefilter);
// How many images of files, and how many prefilters, were mapped: for tests.
int mappedImages();
int mappedPrefilters();

} // namespace RuleCache

} // namespace MailMedic
