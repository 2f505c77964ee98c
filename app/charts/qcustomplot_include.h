#pragma once

// qcustomplot.h is written with the Qt keywords (signals, slots, emit, foreach), which this
// build switches off (QT_NO_KEYWORDS). Include it through this header: the keywords are
// defined only while it is read.
#if !defined(signals) && !defined(slots) && !defined(emit) && !defined(foreach)
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef signals
#undef slots
#undef emit
#undef foreach
#else
#include <qcustomplot.h>
#endif
