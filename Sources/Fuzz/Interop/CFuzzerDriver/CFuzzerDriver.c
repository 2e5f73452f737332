// Declarations only (include/CFuzzerDriver.h); the definitions come from libFuzzer and from
// each fuzz target.
#include "CFuzzerDriver.h"
