// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// libopendkim's dkim.h for C++ files: dkim.h (2.11) declares C99 _Bool
// parameters, which C++ spells bool (the same ABI).
#ifndef _Bool
#define _Bool bool
#define MAILMEDIC_DKIM_BOOL
#endif
#include <dkim.h>
#ifdef MAILMEDIC_DKIM_BOOL
#undef _Bool
#undef MAILMEDIC_DKIM_BOOL
#endif
