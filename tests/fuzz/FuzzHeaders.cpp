// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target over the header reader of messages that arrived: every
// header parser on its own (each input line as one value) and the whole
// reading, analysis and DKIM verification (no keys: nothing is asked).
//   ./mailmedic-fuzz-headers -timeout=30 NEW_DIR corpus-headers/
#include "headers/AuthResults.h"
#include "headers/DeliveredMessage.h"
#include "headers/DkimVerifier.h"
#include "headers/MessageAnalysis.h"
#include "headers/ReceivedRoute.h"
#include "headers/SpamVerdicts.h"
#include "Modules.h"

#include <QByteArray>
#include <QDateTime>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // libopendkim in the build's DKIM module; without it nothing would verify.
    MailMedic::Modules::setDirectory(QStringLiteral(MAILMEDIC_MODULE_BUILD_DIR));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace MailMedic;
    const QByteArray input
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<int>(size));
    const QString text = QString::fromUtf8(input);
    qsizetype touched = 0;
    touched += parseAuthenticationResults(text).has_value();
    touched += parseReceivedSpf(text).has_value();
    touched += parseReceived(text).raw.size();
    touched += parseMicrosoftVerdict(text, text, text).has_value();
    touched += parseSpamAssassin(text, text, text, text).has_value();
    touched += parseRspamd(text, text, text, text).has_value();
    touched += parseMailDateTime(text).has_value();
    if (const std::optional<DeliveredMessage> message = readDeliveredMessage(input)) {
        Report report;
        analyseDeliveredMessage(*message, QStringLiteral("en"), report);
        touched += report.findings.size();
    }
    touched += dkimKeyQueries(input).size();
    touched += verifyDkim(input, {}, QDateTime::fromSecsSinceEpoch(1733130000)).signatures.size();
    return touched > 100000000 ? 1 : 0;
}
