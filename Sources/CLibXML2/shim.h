#ifndef BYLINE_CLIBXML2_SHIM_H
#define BYLINE_CLIBXML2_SHIM_H

// libxml2's HTML parser and tree API: the only HTML parser Byline uses.
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, whose headers clash with the copy of ICU inside
// Foundation. Byline never touches the ICU fields of an encoding handler (only
// pointers to handlers), so libxml2's headers are read without them.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/parserInternals.h>

// libxml2 reports some problems (an encoder error in a badly encoded page) through its
// generic error handler whatever the parser's options say, and by default that prints
// to stderr. Byline reports problems itself, so the handlers are silenced; they are
// per thread, so every parse sets them.
static void byline_ignore_generic_error(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

static void byline_ignore_structured_error(void *context, xmlErrorPtr error) {
    (void)context;
    (void)error;
}

static inline void byline_silence_libxml2(void) {
    xmlSetGenericErrorFunc(NULL, byline_ignore_generic_error);
    xmlSetStructuredErrorFunc(NULL, byline_ignore_structured_error);
}

#endif
