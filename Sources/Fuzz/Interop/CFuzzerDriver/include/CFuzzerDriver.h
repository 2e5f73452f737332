#ifndef CFUZZERDRIVER_H
#define CFUZZERDRIVER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (compiler-rt, linked by -sanitize=fuzzer). The fuzz targets call it from
/// their own `main`: SwiftPM renames an executable's entry point, so libFuzzer's `main` cannot
/// be used directly.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

/// One input to the fuzz target; each target defines it with `@_cdecl` (see FuzzDriver).
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#endif
