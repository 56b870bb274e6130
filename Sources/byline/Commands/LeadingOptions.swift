/// Lets `--store` and `--config` come before the command name.
///
/// `byline --store ~/work-news list` reads as naturally as `byline list --store
/// ~/work-news`, but the argument parser gives options to the command they follow,
/// and here that is the default `read` command, which would take `list` for a page
/// to import. Moving the store options after the named command gives both forms
/// one meaning; anything else is left exactly as typed.
enum LeadingOptions {
    static let names: Set<String> = ["--store", "--config"]

    static func reordered(_ arguments: [String], commands: Set<String>) -> [String] {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if names.contains(argument) && index + 1 < arguments.count {
                index += 2
            } else if let equals = argument.firstIndex(of: "="), names.contains(String(argument[..<equals])) {
                index += 1
            } else {
                break
            }
        }
        guard index > 0, index < arguments.count, commands.contains(arguments[index]) else { return arguments }
        return [arguments[index]] + arguments[..<index] + arguments[(index + 1)...]
    }
}
