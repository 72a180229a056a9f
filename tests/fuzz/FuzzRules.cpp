// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target over the rule readers: a support team's extra rule file
// (JSON, any bytes), and a rule image or a prefilter image as the cache
// folder may hold them (cut short, from another build, damaged on disk).
// Each is read or refused with errors, never a crash; what was read can be
// matched against.
//   ./mailmedic-fuzz-rules NEW_DIR tests/fuzz/corpus-rules
#include "rules/LiteralPrefilter.h"
#include "rules/Normalize.h"
#include "rules/RuleFile.h"
#include "rules/RuleSet.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace MailMedic;
    const QByteArray input
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<int>(size));
    const QString bounce = normalizeDiagnostic(QStringLiteral("550 5.1.1 <user@example.org>: user unknown"));
    int found = 0;

    RuleSet image;
    QString error;
    if (RuleSet::fromImage(input, &image, &error)) {
        found += image.match(bounce) ? 1 : 0;
        found += int(image.detectProvider(QStringLiteral("mx.example.org")).size());
        for (const Rule &rule : image.rules())
            found += int(rule.title.text(QStringLiteral("ru")).size() + rule.explanation.en().size());
    }

    // A kept prefilter (its check empty here: the fuzzer need not guess one).
    LiteralPrefilter prefilter;
    if (readPrefilterImage(input, QByteArray(), &prefilter)) {
        std::vector<char> marks(size_t(prefilter.patternCount()));
        prefilter.candidates(bounce, marks.data());
        for (const char mark : marks)
            found += mark;
    }

    // Into an empty set: merging into the built-in one costs a copy and a new
    // index of 2,000 rules per input, and the readers are what is fuzzed.
    RuleSet extra;
    QList<RuleError> errors;
    extra.loadExtra(input, QStringLiteral("fuzz.json"), &errors);
    found += extra.match(bounce, QStringLiteral("5.1.1"), 550) ? 1 : 0;
    for (const RuleError &e : errors)
        found += int(e.toString().size());
    return found > 100000000 ? 1 : 0;
}
