#ifndef BYLINE_CSQLITE_SHIM_H
#define BYLINE_CSQLITE_SHIM_H

// SQLite with FTS5: the engine of the search index, seen only by the SearchIndex module.
#include <sqlite3.h>

// SQLITE_TRANSIENT is a cast macro Swift cannot import: it tells SQLite to copy the
// bytes before the call returns, so a Swift string's buffer need not outlive it.
static inline int byline_sqlite3_bind_text_copy(sqlite3_stmt *statement, int index, const char *text, int length) {
    return sqlite3_bind_text(statement, index, text, length, SQLITE_TRANSIENT);
}

// SQLite counts every allocation under one process-wide mutex unless told not to, which
// two connections scoring on two threads fight over; sqlite3_config is variadic, which
// Swift cannot call. Only before SQLite is first used.
static inline int byline_sqlite3_stop_counting_memory(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

// FTS5 hands out its API table only through a pointer bound to `SELECT fts5(?1)`, tagged
// with a type name that must outlive the statement: a C string literal does.
static inline fts5_api *byline_fts5_api(sqlite3 *database) {
    fts5_api *api = 0;
    sqlite3_stmt *statement = 0;
    if (sqlite3_prepare_v2(database, "SELECT fts5(?1)", -1, &statement, 0) != SQLITE_OK) return 0;
    sqlite3_bind_pointer(statement, 1, (void *)&api, "fts5_api_ptr", 0);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api;
}

#endif
