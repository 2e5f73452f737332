#ifndef DIGLOT_CLIBXML2_SHIM_H
#define DIGLOT_CLIBXML2_SHIM_H

/* Debian's libxml2 is built with ICU: <libxml/encoding.h> pulls in <unicode/ucnv.h>,
   whose types clash with Foundation's own ICU module ("'UErrorCode' has different
   definitions in different modules"), order-dependently. Skip the ICU header and give
   the two names libxml2 uses private types of the same layout. */
#define UCNV_H 1
struct diglot_opaque_uconverter;
#define UConverter struct diglot_opaque_uconverter
#define UChar unsigned short

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlerror.h>
#include <libxml/xpath.h>
#include <libxml/encoding.h>

#undef UConverter
#undef UChar

/* libxml2 keeps xmlFree in a global variable; Swift 6 refuses to read C globals. */
static inline void cxml_free(void *pointer) { xmlFree(pointer); }

#endif
