#ifndef BYLINE_CZSTD_SHIM_H
#define BYLINE_CZSTD_SHIM_H

#include <zstd.h>

// The two sentinel sizes are macros over unsigned arithmetic, which Swift does not import.
static inline int byline_zstd_size_is_known(unsigned long long size) {
    return size != ZSTD_CONTENTSIZE_UNKNOWN && size != ZSTD_CONTENTSIZE_ERROR;
}

#endif
