function __byline_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __byline_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __byline_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __byline_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __byline_parse_tokens -S
    set -l unparsed_tokens (__byline_tokens -pc)
    switch $unparsed_tokens[1]
    case 'byline'
        __byline_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'read'
            __byline_parse_subcommand -r 1 'store=' 'config=' 'version' 'h/help'
        case 'parse'
            __byline_parse_subcommand -r 1 'json' 'version' 'h/help'
        case 'import'
            __byline_parse_subcommand -r 1 'store=' 'config=' 'json' 'v/verbose' 'batch-size=' 'version' 'h/help'
        case 'list'
            __byline_parse_subcommand 0 'store=' 'config=' 'unread' 'starred' 'agency=' 'since=' 'search=' 'limit=' 'versions=' 'json' 'version' 'h/help'
        case 'show'
            __byline_parse_subcommand 1 'store=' 'config=' 'width=' 'json' 'version' 'h/help'
        case 'export'
            __byline_parse_subcommand -r 1 'store=' 'config=' 'format=' 'search=' 'saved-search=' 'since=' 'o/output=' 'version' 'h/help'
        case 'search'
            __byline_parse_subcommand -r 1 'store=' 'config=' 'limit=' 'sort=' 'json' 'timing' 'version' 'h/help'
        case 'index'
            __byline_parse_subcommand 0 'store=' 'config=' 'rebuild' 'path' 'version' 'h/help'
        case 'watch'
            __byline_parse_subcommand -r 1 'store=' 'config=' 'move-to=' 'json' 'version' 'h/help'
        case 'mark'
            __byline_parse_subcommand -r 2 'store=' 'config=' 'json' 'version' 'h/help'
        case 'check'
            __byline_parse_subcommand 0 'store=' 'config=' 'repair' 'json' 'version' 'h/help'
        case 'reparse'
            __byline_parse_subcommand 0 'store=' 'config=' 'json' 'version' 'h/help'
        case 'config'
            __byline_parse_subcommand 0 'print-default' 'check' 'config=' 'json' 'version' 'h/help'
        case 'help'
            __byline_parse_subcommand -r 1 'version'
        end
    end
end

function __byline_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __byline_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __byline_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __byline_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__byline_tokens -p)
    if test -z "$(__byline_tokens -t)"
        set -l index (count (__byline_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'byline' -f
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline" version' -l 'version' -d 'Show the version.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'byline' -n '__byline_should_offer_completions_for_positional "byline" -eq 1' -fa 'read' -d 'Open the reader (the default command).'
complete -c 'byline' -n '__byline_should_offer_completions_for_positional "byline" -eq 1' -fa 'parse' -d 'Parse wire pages and print what was read.'
complete -c 'byline' -n '__byline_should_offer_completions_for_positional "byline" -eq 1' -fa 'import' -d 'Import wire pages (files or folders) into the store.'
complete -c 'byline' -n '__byline_should_offer_completions_for_positional "byline" -eq 1' -fa 'list' -d 'List stored stories, newest first.'
complete -c 'byline' -n '__byline_should_offer_completions_for_positional "byline" -eq 1' -fa 'show' -d 'Print a stored story, wrapped to the terminal width.'
complete -c 'byline' -n '__byline_should_offer_completions_for_positional "byline" -eq 1' -fa 'export' -d 'Write stories out as JSON, plain text, Markdown or an EPUB book.'
complete -c 'byline' -n '__byline_should_offer_completions_for_positional "byline" -eq 1' -fa 'search' -d 'Search the stored stories\' headlines and text.'
complete -c 'byline' -n '__byline_should_offer_completions_for_positional "byline" -eq 1' -fa 'index' -d 'Update the search index (derived data, kept outside the store).'
complete -c 'byline' -n '__byline_should_offer_completions_for_positional "byline" -eq 1' -fa 'watch' -d 'Import every page saved into inbox folders, as it arrives.'
complete -c 'byline' -n '__byline_should_offer_completions_for_positional "byline" -eq 1' -fa 'mark' -d 'Mark stories read or unread, starred or not.'
complete -c 'byline' -n '__byline_should_offer_completions_for_positional "byline" -eq 1' -fa 'check' -d 'Verify every file of the store; with --repair, fix what can be fixed.'
complete -c 'byline' -n '__byline_should_offer_completions_for_positional "byline" -eq 1' -fa 'reparse' -d 'Re-parse every stored story from its original page.'
complete -c 'byline' -n '__byline_should_offer_completions_for_positional "byline" -eq 1' -fa 'config' -d 'Print the default configuration, or check a configuration file.'
complete -c 'byline' -n '__byline_should_offer_completions_for_positional "byline" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline read" store' -l 'store' -d 'The store folder (default: $BYLINE_STORE, else the configuration\'s store, else $XDG_DATA_HOME/byline, else ~/.local/share/byline).' -rfa '(__byline_complete_directories)'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline read" config' -l 'config' -d 'The configuration file (default: $XDG_CONFIG_HOME/byline/config.toml, else ~/.config/byline/config.toml).' -rF
complete -c 'byline' -n '__byline_should_offer_completions_for_positional "byline read" -ge 1' -F
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline read" version' -l 'version' -d 'Show the version.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline read" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline parse" json' -l 'json' -d 'Print one JSON object per file (JSON Lines).'
complete -c 'byline' -n '__byline_should_offer_completions_for_positional "byline parse" -ge 1' -F
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline parse" version' -l 'version' -d 'Show the version.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline parse" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline import" store' -l 'store' -d 'The store folder (default: $BYLINE_STORE, else the configuration\'s store, else $XDG_DATA_HOME/byline, else ~/.local/share/byline).' -rfa '(__byline_complete_directories)'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline import" config' -l 'config' -d 'The configuration file (default: $XDG_CONFIG_HOME/byline/config.toml, else ~/.config/byline/config.toml).' -rF
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline import" json' -l 'json' -d 'Print one JSON object per page, then a summary object.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline import" v verbose' -l 'verbose' -s 'v' -d 'Print each page\'s outcome as it is stored.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline import" batch-size' -l 'batch-size' -d 'Pages made durable together (more is faster, fewer reports sooner).' -rfka ''
complete -c 'byline' -n '__byline_should_offer_completions_for_positional "byline import" -ge 1' -F
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline import" version' -l 'version' -d 'Show the version.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline import" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline list" store' -l 'store' -d 'The store folder (default: $BYLINE_STORE, else the configuration\'s store, else $XDG_DATA_HOME/byline, else ~/.local/share/byline).' -rfa '(__byline_complete_directories)'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline list" config' -l 'config' -d 'The configuration file (default: $XDG_CONFIG_HOME/byline/config.toml, else ~/.config/byline/config.toml).' -rF
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline list" unread' -l 'unread' -d 'Only unread stories.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline list" starred' -l 'starred' -d 'Only starred stories.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline list" agency' -l 'agency' -d 'Only stories from this agency (any case).' -rfka ''
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline list" since' -l 'since' -d 'Only stories dated on or after this day.' -rfka ''
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline list" search' -l 'search' -d 'Only stories matching this query, in the language of `byline search` and the reader\'s /.' -rfka ''
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline list" limit' -l 'limit' -d 'At most this many stories.' -rfka ''
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline list" versions' -l 'versions' -d 'Versions of one story: only the newest that the filters let through (the reader\'s one row), or every one.' -rfka 'newest all'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline list" json' -l 'json' -d 'Print one JSON object per story (JSON Lines).'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline list" version' -l 'version' -d 'Show the version.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline show" store' -l 'store' -d 'The store folder (default: $BYLINE_STORE, else the configuration\'s store, else $XDG_DATA_HOME/byline, else ~/.local/share/byline).' -rfa '(__byline_complete_directories)'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline show" config' -l 'config' -d 'The configuration file (default: $XDG_CONFIG_HOME/byline/config.toml, else ~/.config/byline/config.toml).' -rF
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline show" width' -l 'width' -d 'Wrap to this many columns (default: the terminal\'s width).' -rfka ''
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline show" json' -l 'json' -d 'Print the story as one JSON object.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline show" version' -l 'version' -d 'Show the version.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline export" store' -l 'store' -d 'The store folder (default: $BYLINE_STORE, else the configuration\'s store, else $XDG_DATA_HOME/byline, else ~/.local/share/byline).' -rfa '(__byline_complete_directories)'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline export" config' -l 'config' -d 'The configuration file (default: $XDG_CONFIG_HOME/byline/config.toml, else ~/.config/byline/config.toml).' -rF
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline export" format' -l 'format' -d 'json, text, markdown or epub.' -rfka 'json text markdown epub'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline export" search' -l 'search' -d 'Only stories matching this query (the language of `byline search`).' -rfka ''
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline export" saved-search' -l 'saved-search' -d 'Only stories matching this saved search of the configuration.' -rfka ''
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline export" since' -l 'since' -d 'Only stories dated on or after this day.' -rfka ''
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline export" o output' -l 'output' -s 'o' -d 'Write to this file instead of standard output.' -rF
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline export" version' -l 'version' -d 'Show the version.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline search" store' -l 'store' -d 'The store folder (default: $BYLINE_STORE, else the configuration\'s store, else $XDG_DATA_HOME/byline, else ~/.local/share/byline).' -rfa '(__byline_complete_directories)'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline search" config' -l 'config' -d 'The configuration file (default: $XDG_CONFIG_HOME/byline/config.toml, else ~/.config/byline/config.toml).' -rF
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline search" limit' -l 'limit' -d 'At most this many results.' -rfka ''
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline search" sort' -l 'sort' -d 'rank (best match first) or newest.' -rfka ''
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline search" json' -l 'json' -d 'Print one JSON object per result (JSON Lines).'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline search" timing' -l 'timing' -d 'Print how long each step took, on standard error.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline search" version' -l 'version' -d 'Show the version.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline search" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline index" store' -l 'store' -d 'The store folder (default: $BYLINE_STORE, else the configuration\'s store, else $XDG_DATA_HOME/byline, else ~/.local/share/byline).' -rfa '(__byline_complete_directories)'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline index" config' -l 'config' -d 'The configuration file (default: $XDG_CONFIG_HOME/byline/config.toml, else ~/.config/byline/config.toml).' -rF
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline index" rebuild' -l 'rebuild' -d 'Throw the index away and build it again from the story files.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline index" path' -l 'path' -d 'Print the index file\'s path and stop.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline index" version' -l 'version' -d 'Show the version.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline index" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline watch" store' -l 'store' -d 'The store folder (default: $BYLINE_STORE, else the configuration\'s store, else $XDG_DATA_HOME/byline, else ~/.local/share/byline).' -rfa '(__byline_complete_directories)'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline watch" config' -l 'config' -d 'The configuration file (default: $XDG_CONFIG_HOME/byline/config.toml, else ~/.config/byline/config.toml).' -rF
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline watch" move-to' -l 'move-to' -d 'Move each stored page into this folder.' -rfa '(__byline_complete_directories)'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline watch" json' -l 'json' -d 'Print one JSON object per page.'
complete -c 'byline' -n '__byline_should_offer_completions_for_positional "byline watch" -ge 1' -fa '(__byline_complete_directories)'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline watch" version' -l 'version' -d 'Show the version.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline watch" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline mark" store' -l 'store' -d 'The store folder (default: $BYLINE_STORE, else the configuration\'s store, else $XDG_DATA_HOME/byline, else ~/.local/share/byline).' -rfa '(__byline_complete_directories)'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline mark" config' -l 'config' -d 'The configuration file (default: $XDG_CONFIG_HOME/byline/config.toml, else ~/.config/byline/config.toml).' -rF
complete -c 'byline' -n '__byline_should_offer_completions_for_positional "byline mark" -eq 1' -fka 'read unread star unstar'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline mark" json' -l 'json' -d 'Print one JSON object per story marked.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline mark" version' -l 'version' -d 'Show the version.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline mark" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline check" store' -l 'store' -d 'The store folder (default: $BYLINE_STORE, else the configuration\'s store, else $XDG_DATA_HOME/byline, else ~/.local/share/byline).' -rfa '(__byline_complete_directories)'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline check" config' -l 'config' -d 'The configuration file (default: $XDG_CONFIG_HOME/byline/config.toml, else ~/.config/byline/config.toml).' -rF
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline check" repair' -l 'repair' -d 'Repair what can be repaired.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline check" json' -l 'json' -d 'Print the report as one JSON object.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline check" version' -l 'version' -d 'Show the version.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline check" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline reparse" store' -l 'store' -d 'The store folder (default: $BYLINE_STORE, else the configuration\'s store, else $XDG_DATA_HOME/byline, else ~/.local/share/byline).' -rfa '(__byline_complete_directories)'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline reparse" config' -l 'config' -d 'The configuration file (default: $XDG_CONFIG_HOME/byline/config.toml, else ~/.config/byline/config.toml).' -rF
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline reparse" json' -l 'json' -d 'Print the outcome as one JSON object.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline reparse" version' -l 'version' -d 'Show the version.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline reparse" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline config" print-default' -l 'print-default' -d 'Print the default configuration, every setting explained.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline config" check' -l 'check' -d 'Check the configuration file and report every problem with its line.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline config" config' -l 'config' -d 'The configuration file to check.' -rF
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline config" json' -l 'json' -d 'With --check, print the problems as one JSON object.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline config" version' -l 'version' -d 'Show the version.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline config" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'byline' -n '__byline_should_offer_completions_for_flags_or_options "byline help" version' -l 'version' -d 'Show the version.'
