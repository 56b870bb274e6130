#ifndef BYLINE_FILE_SYNC_H
#define BYLINE_FILE_SYNC_H

/// Flushes every dirty file of the file system that holds `descriptor`
/// (Linux syncfs), falling back to sync() where it is not available.
/// Returns 0 on success, -1 with errno set otherwise.
int byline_syncfs(int descriptor);

#endif
