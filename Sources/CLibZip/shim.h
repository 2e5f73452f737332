#ifndef DIGLOT_CLIBZIP_SHIM_H
#define DIGLOT_CLIBZIP_SHIM_H
#include <zip.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#endif
