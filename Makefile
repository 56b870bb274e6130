# Installs Byline like a Unix tool: the binary, its man page and the bash, zsh and fish
# completions, under PREFIX (default /usr/local), staged under DESTDIR when packaging.
#
#   make install                      build in release mode, install under /usr/local
#   make install PREFIX=~/.local      install for one user
#   make install DESTDIR=/tmp/stage   stage the files for a package
#   make uninstall                    remove exactly what install put there
#
# BINARY names an already built byline to install instead of building one (the tests
# install the binary they built).

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift

BINDIR := $(PREFIX)/bin
MANDIR := $(PREFIX)/share/man/man1
BASHDIR := $(PREFIX)/share/bash-completion/completions
ZSHDIR := $(PREFIX)/share/zsh/site-functions
FISHDIR := $(PREFIX)/share/fish/vendor_completions.d

INSTALLED := $(BINDIR)/byline $(MANDIR)/byline.1 $(BASHDIR)/byline $(ZSHDIR)/_byline $(FISHDIR)/byline.fish

.PHONY: all build install uninstall

all: build

build:
ifndef BINARY
	$(SWIFT) build -c release --product byline
endif

install: build
	$(eval SOURCE := $(if $(BINARY),$(BINARY),$(shell $(SWIFT) build -c release --show-bin-path)/byline))
	install -d "$(DESTDIR)$(BINDIR)" "$(DESTDIR)$(MANDIR)" "$(DESTDIR)$(BASHDIR)" "$(DESTDIR)$(ZSHDIR)" "$(DESTDIR)$(FISHDIR)"
	install -m 755 "$(SOURCE)" "$(DESTDIR)$(BINDIR)/byline"
	install -m 644 docs/byline.1 "$(DESTDIR)$(MANDIR)/byline.1"
	install -m 644 completions/byline.bash "$(DESTDIR)$(BASHDIR)/byline"
	install -m 644 completions/byline.zsh "$(DESTDIR)$(ZSHDIR)/_byline"
	install -m 644 completions/byline.fish "$(DESTDIR)$(FISHDIR)/byline.fish"

uninstall:
	rm -f $(foreach file,$(INSTALLED),"$(DESTDIR)$(file)")
