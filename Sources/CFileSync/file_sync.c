#define _GNU_SOURCE
#include <unistd.h>
#include "file_sync.h"

int byline_syncfs(int descriptor) {
#ifdef __linux__
    return syncfs(descriptor);
#else
    (void)descriptor;
    sync();
    return 0;
#endif
}
