import ArgumentParser

/// Hands long runs of operands (`byline import ~/saved/*.html`) to the argument parser
/// as one token each, and gives the parsed command back the list as typed.
///
/// swift-argument-parser keeps, for every value of a repeating argument, the set of
/// every input position used so far, and copies the values parsed so far at each new
/// one, so its work grows with the square of the count: 10,000 file names cost 3.2 s
/// before the first page was read, 1,875 still 0.2 s. A run of plain operands is
/// replaced by one placeholder before parsing and expanded again in the parsed
/// command, so the command sees exactly what was typed, in the same order.
///
/// Only the commands that take a list of operands (`OperandListCommand`) are packed,
/// and only runs long enough to matter, so a usage error still quotes what was typed.
struct OperandPacking {
    /// Runs of operands shorter than this are passed on as typed.
    static let shortestPackedRun = 32
    /// The first tokens of a run stay as typed: one may be an option's value
    /// (`--batch-size 64`) and the next a single operand before the list (`mark read`).
    static let tokensKeptAtRunStart = 2

    /// The arguments for the parser, with packed runs replaced by placeholders.
    let arguments: [String]
    /// The operands each placeholder stands for.
    private let runs: [String: ArraySlice<String>]

    /// Packs the runs in `typed` when its command (its first token, else the default
    /// command) is one of `listing`.
    init(_ typed: [String], commands: Set<String>, listing: Set<String>, defaultCommand: String) {
        let command = typed.first.flatMap { commands.contains($0) ? $0 : nil }
        guard listing.contains(command ?? defaultCommand), typed.count >= Self.shortestPackedRun else {
            arguments = typed
            runs = [:]
            return
        }
        // A prefix that no typed token starts with, so no placeholder can be mistaken
        // for something typed.
        var prefix = "\u{1}byline-operands-"
        while typed.contains(where: { $0.hasPrefix(prefix) }) { prefix = "\u{1}" + prefix }
        var packed: [String] = []
        var runs: [String: ArraySlice<String>] = [:]
        var index = command == nil ? 0 : 1
        packed.append(contentsOf: typed[..<index])
        var afterTerminator = false
        while index < typed.count {
            let token = typed[index]
            guard afterTerminator || !token.hasPrefix("-") else {
                afterTerminator = token == "--"
                packed.append(token)
                index += 1
                continue
            }
            var end = index
            while end < typed.count, afterTerminator || !typed[end].hasPrefix("-") { end += 1 }
            let kept = min(end, index + Self.tokensKeptAtRunStart)
            packed.append(contentsOf: typed[index..<kept])
            if end - kept >= Self.shortestPackedRun {
                let placeholder = prefix + String(runs.count)
                runs[placeholder] = typed[kept..<end]
                packed.append(placeholder)
            } else {
                packed.append(contentsOf: typed[kept..<end])
            }
            index = end
        }
        arguments = packed
        self.runs = runs
    }

    /// The parsed values with every placeholder replaced by the operands it stands for.
    func unpacked(_ values: [String]) -> [String] {
        guard !runs.isEmpty else { return values }
        var operands: [String] = []
        operands.reserveCapacity(values.count + runs.values.reduce(0) { $0 + $1.count })
        for value in values {
            if let run = runs[value] { operands.append(contentsOf: run) } else { operands.append(value) }
        }
        return operands
    }
}

/// A command whose trailing argument is a list of operands (files, folders, story
/// ids), which `OperandPacking` may hand over packed.
protocol OperandListCommand: ParsableCommand {
    var operands: [String] { get set }
}
