#compdef byline

__byline_complete() {
    local -ar non_empty_completions=("${@:#(|:*)}")
    local -ar empty_completions=("${(M)@:#(|:*)}")
    _describe -V '' non_empty_completions -- empty_completions -P $'\'\''
}

__byline_custom_complete() {
    local -a completions
    completions=("${(@f)"$("${command_name}" "${@}" "${command_line[@]}")"}")
    if [[ "${#completions[@]}" -gt 1 ]]; then
        __byline_complete "${completions[@]:0:-1}"
    fi
}

__byline_cursor_index_in_current_word() {
    if [[ -z "${QIPREFIX}${IPREFIX}${PREFIX}" ]]; then
        printf 0
    else
        printf %s "${#${(z)LBUFFER}[-1]}"
    fi
}

_byline() {
    emulate -RL zsh -G
    setopt extendedglob nullglob numericglobsort
    unsetopt aliases banghist

    local -xr SAP_SHELL=zsh
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(builtin emulate zsh -c 'printf %s "${ZSH_VERSION}"')"
    local -r SAP_SHELL_VERSION

    local context state state_descr line
    local -A opt_args

    local -r command_name="${words[1]}"
    local -ar command_line=("${words[@]}")
    local -ir current_word_index="$((CURRENT - 1))"

    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'read:Open the reader (the default command).'
            'parse:Parse wire pages and print what was read.'
            'import:Import wire pages (files or folders) into the store.'
            'list:List stored stories, newest first.'
            'show:Print a stored story, wrapped to the terminal width.'
            'export:Write stories out as JSON, plain text, Markdown or an EPUB book.'
            'search:Search the stored stories'\'' headlines and text.'
            'index:Update the search index (derived data, kept outside the store).'
            'watch:Import every page saved into inbox folders, as it arrives.'
            'mark:Mark stories read or unread, starred or not.'
            'check:Verify every file of the store; with --repair, fix what can be fixed.'
            'reparse:Re-parse every stored story from its original page.'
            'config:Print the default configuration, or check a configuration file.'
            'help:Show subcommand help information.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        read|parse|import|list|show|export|search|index|watch|mark|check|reparse|config|help)
            "_byline_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_byline_read() {
    local -i ret=1
    local -ar arg_specs=(
        '--store[The store folder (default\: $BYLINE_STORE, else the configuration'\''s store, else $XDG_DATA_HOME/byline, else ~/.local/share/byline).]:dir:_files -/'
        '--config[The configuration file (default\: $XDG_CONFIG_HOME/byline/config.toml, else ~/.config/byline/config.toml).]:file:_files'
        '*:paths:_files'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_byline_parse() {
    local -i ret=1
    local -ar arg_specs=(
        '--json[Print one JSON object per file (JSON Lines).]'
        '*:files:_files'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_byline_import() {
    local -i ret=1
    local -ar arg_specs=(
        '--store[The store folder (default\: $BYLINE_STORE, else the configuration'\''s store, else $XDG_DATA_HOME/byline, else ~/.local/share/byline).]:dir:_files -/'
        '--config[The configuration file (default\: $XDG_CONFIG_HOME/byline/config.toml, else ~/.config/byline/config.toml).]:file:_files'
        '--json[Print one JSON object per page, then a summary object.]'
        '(--verbose -v)'{--verbose,-v}'[Print each page'\''s outcome as it is stored.]'
        '--batch-size[Pages made durable together (more is faster, fewer reports sooner).]:n:'
        '*:paths:_files'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_byline_list() {
    local -i ret=1
    local -ar ___versions=('newest' 'all')
    local -ar arg_specs=(
        '--store[The store folder (default\: $BYLINE_STORE, else the configuration'\''s store, else $XDG_DATA_HOME/byline, else ~/.local/share/byline).]:dir:_files -/'
        '--config[The configuration file (default\: $XDG_CONFIG_HOME/byline/config.toml, else ~/.config/byline/config.toml).]:file:_files'
        '--unread[Only unread stories.]'
        '--starred[Only starred stories.]'
        '--agency[Only stories from this agency (any case).]:agency:'
        '--since[Only stories dated on or after this day.]:YYYY-MM-DD:'
        '--search[Only stories matching this query, in the language of `byline search` and the reader'\''s /.]:search:'
        '--limit[At most this many stories.]:limit:'
        '--versions[Versions of one story\: only the newest that the filters let through (the reader'\''s one row), or every one.]:versions:{__byline_complete "${___versions[@]}"}'
        '--json[Print one JSON object per story (JSON Lines).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_byline_show() {
    local -i ret=1
    local -ar arg_specs=(
        '--store[The store folder (default\: $BYLINE_STORE, else the configuration'\''s store, else $XDG_DATA_HOME/byline, else ~/.local/share/byline).]:dir:_files -/'
        '--config[The configuration file (default\: $XDG_CONFIG_HOME/byline/config.toml, else ~/.config/byline/config.toml).]:file:_files'
        ':id:'
        '--width[Wrap to this many columns (default\: the terminal'\''s width).]:width:'
        '--json[Print the story as one JSON object.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_byline_export() {
    local -i ret=1
    local -ar ___format=('json' 'text' 'markdown' 'epub')
    local -ar arg_specs=(
        '--store[The store folder (default\: $BYLINE_STORE, else the configuration'\''s store, else $XDG_DATA_HOME/byline, else ~/.local/share/byline).]:dir:_files -/'
        '--config[The configuration file (default\: $XDG_CONFIG_HOME/byline/config.toml, else ~/.config/byline/config.toml).]:file:_files'
        '--format[json, text, markdown or epub.]:format:{__byline_complete "${___format[@]}"}'
        '--search[Only stories matching this query (the language of `byline search`).]:search:'
        '--saved-search[Only stories matching this saved search of the configuration.]:saved-search:'
        '--since[Only stories dated on or after this day.]:YYYY-MM-DD:'
        '(--output -o)'{--output,-o}'[Write to this file instead of standard output.]:output:_files'
        '*:ids:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_byline_search() {
    local -i ret=1
    local -ar arg_specs=(
        '--store[The store folder (default\: $BYLINE_STORE, else the configuration'\''s store, else $XDG_DATA_HOME/byline, else ~/.local/share/byline).]:dir:_files -/'
        '--config[The configuration file (default\: $XDG_CONFIG_HOME/byline/config.toml, else ~/.config/byline/config.toml).]:file:_files'
        '--limit[At most this many results.]:limit:'
        '--sort[rank (best match first) or newest.]:order:'
        '--json[Print one JSON object per result (JSON Lines).]'
        '--timing[Print how long each step took, on standard error.]'
        '*:query:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_byline_index() {
    local -i ret=1
    local -ar arg_specs=(
        '--store[The store folder (default\: $BYLINE_STORE, else the configuration'\''s store, else $XDG_DATA_HOME/byline, else ~/.local/share/byline).]:dir:_files -/'
        '--config[The configuration file (default\: $XDG_CONFIG_HOME/byline/config.toml, else ~/.config/byline/config.toml).]:file:_files'
        '--rebuild[Throw the index away and build it again from the story files.]'
        '--path[Print the index file'\''s path and stop.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_byline_watch() {
    local -i ret=1
    local -ar arg_specs=(
        '--store[The store folder (default\: $BYLINE_STORE, else the configuration'\''s store, else $XDG_DATA_HOME/byline, else ~/.local/share/byline).]:dir:_files -/'
        '--config[The configuration file (default\: $XDG_CONFIG_HOME/byline/config.toml, else ~/.config/byline/config.toml).]:file:_files'
        '--move-to[Move each stored page into this folder.]:dir:_files -/'
        '--json[Print one JSON object per page.]'
        '*:folders:_files -/'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_byline_mark() {
    local -i ret=1
    local -ar _change=('read' 'unread' 'star' 'unstar')
    local -ar arg_specs=(
        '--store[The store folder (default\: $BYLINE_STORE, else the configuration'\''s store, else $XDG_DATA_HOME/byline, else ~/.local/share/byline).]:dir:_files -/'
        '--config[The configuration file (default\: $XDG_CONFIG_HOME/byline/config.toml, else ~/.config/byline/config.toml).]:file:_files'
        ':change:{__byline_complete "${_change[@]}"}'
        '*:ids:'
        '--json[Print one JSON object per story marked.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_byline_check() {
    local -i ret=1
    local -ar arg_specs=(
        '--store[The store folder (default\: $BYLINE_STORE, else the configuration'\''s store, else $XDG_DATA_HOME/byline, else ~/.local/share/byline).]:dir:_files -/'
        '--config[The configuration file (default\: $XDG_CONFIG_HOME/byline/config.toml, else ~/.config/byline/config.toml).]:file:_files'
        '--repair[Repair what can be repaired.]'
        '--json[Print the report as one JSON object.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_byline_reparse() {
    local -i ret=1
    local -ar arg_specs=(
        '--store[The store folder (default\: $BYLINE_STORE, else the configuration'\''s store, else $XDG_DATA_HOME/byline, else ~/.local/share/byline).]:dir:_files -/'
        '--config[The configuration file (default\: $XDG_CONFIG_HOME/byline/config.toml, else ~/.config/byline/config.toml).]:file:_files'
        '--json[Print the outcome as one JSON object.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_byline_config() {
    local -i ret=1
    local -ar arg_specs=(
        '--print-default[Print the default configuration, every setting explained.]'
        '--check[Check the configuration file and report every problem with its line.]'
        '--config[The configuration file to check.]:file:_files'
        '--json[With --check, print the problems as one JSON object.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_byline_help() {
    local -i ret=1
    local -ar arg_specs=(
        '*:subcommands:'
        '--version[Show the version.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

if [[ "${funcstack[1]}" = _byline ]]; then
    _byline "${@}"
else
    compdef _byline byline
fi
