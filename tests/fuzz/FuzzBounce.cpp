// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target over reading + rules: whatever bytes a user drops on the
// wizard or pastes into it must give a result or a clear message, never a
// crash or a hang.
//   cmake -DMAILMEDIC_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ ... && ./mailmedic-fuzz-bounce corpus/
#include "bounce/BounceParser.h"
#include "Diagnoser.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<int>(size));
    MailMedic::DiagnoseOptions options;
    const MailMedic::Report report
        = MailMedic::Diagnoser::diagnoseOffline(QStringLiteral("fuzz"), input, options);
    // The same bytes as the wizard's paste area gets them: already text.
    const MailMedic::Report pasted
        = MailMedic::Diagnoser::diagnoseText(QStringLiteral("fuzz"), QString::fromUtf8(input), options);
    // The same bytes as a PDF excerpt shows them (a dropped file).
    const QString excerpt = MailMedic::BounceParser::readableText(input);
    // Touch the results so nothing is optimised away.
    return report.recipients.size() + pasted.recipients.size() + excerpt.size() > 100000000 ? 1 : 0;
}
