// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target over reading + rules: whatever bytes a user drops on the
// wizard must give a result or a clear message, never a crash or a hang.
//   cmake -DMAILMEDIC_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ ... && ./mailmedic-fuzz-bounce corpus/
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
    // Touch the result so nothing is optimised away.
    return report.recipients.size() > 100000 ? 1 : 0;
}
