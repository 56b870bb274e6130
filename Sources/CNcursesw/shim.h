#ifndef BYLINE_CNCURSESW_SHIM_H
#define BYLINE_CNCURSESW_SHIM_H

// The wide-character API (cchar_t, mvwadd_wch, wget_wch) needs these before curses.h.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Macros and globals Swift cannot see directly, as functions.
static inline SCREEN *byline_newterm(void) { return newterm(NULL, stdout, stdin); }
static inline int byline_wcwidth(wchar_t character) { return wcwidth(character); }
// Whether the terminal started by newterm can move its cursor anywhere (terminfo `cup`):
// a terminal without it (TERM=dumb) cannot show a full-screen reader.
static inline int byline_can_address_cursor(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}
static inline WINDOW *byline_stdscr(void) { return stdscr; }
static inline int byline_lines(void) { return LINES; }
static inline int byline_cols(void) { return COLS; }
static inline int byline_colors(void) { return COLORS; }
static inline attr_t byline_a_normal(void) { return A_NORMAL; }
static inline attr_t byline_a_bold(void) { return A_BOLD; }
static inline attr_t byline_a_dim(void) { return A_DIM; }
static inline attr_t byline_a_reverse(void) { return A_REVERSE; }
static inline attr_t byline_a_underline(void) { return A_UNDERLINE; }
static inline int byline_key_code_yes(void) { return KEY_CODE_YES; }
static inline mmask_t byline_button1_clicked(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED; }
static inline mmask_t byline_button1_double(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t byline_button4(void) { return BUTTON4_PRESSED; }
static inline mmask_t byline_button5(void) { return BUTTON5_PRESSED; }
static inline mmask_t byline_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }

/// Builds a cell from up to CCHARW_MAX wide characters (a base and its combining marks).
static inline int byline_setcchar(cchar_t *cell, const wchar_t *text, attr_t attributes, short pair) {
    return setcchar(cell, text, attributes, pair, NULL);
}

#endif
