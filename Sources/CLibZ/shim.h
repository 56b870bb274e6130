#ifndef BYLINE_CZLIB_SHIM_H
#define BYLINE_CZLIB_SHIM_H

#include <zlib.h>

// inflateInit2 is a macro over inflateInit2_, which Swift cannot call by its short name.
static inline int byline_inflate_init_gzip(z_stream *stream) {
    // 15 window bits + 32: accept both gzip and zlib headers.
    return inflateInit2(stream, 15 + 32);
}

#endif
