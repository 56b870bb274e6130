/// A line diff for test failures: `-` lines are expected, `+` lines are what the code produced.
enum TextDiff {
    static func lines(expected: String, actual: String, context: Int = 2) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let script = editScript(old, new)
        var output: [String] = []
        var lastPrinted = -1
        for (position, edit) in script.enumerated() where edit.kind != " " {
            let from = max(lastPrinted + 1, position - context)
            if from > lastPrinted + 1 { output.append("@@") }
            for index in from..<position { output.append(script[index].rendered) }
            output.append(edit.rendered)
            var after = position + 1
            while after < script.count, after <= position + context, script[after].kind == " " {
                output.append(script[after].rendered)
                after += 1
            }
            lastPrinted = after - 1
        }
        return output.joined(separator: "\n")
    }

    private struct Edit {
        let kind: Character
        let line: String
        var rendered: String { "\(kind) \(line.count > 200 ? String(line.prefix(200)) + "…" : line)" }
    }

    /// Longest-common-subsequence edit script; long files fall back to a positional comparison.
    private static func editScript(_ old: [String], _ new: [String]) -> [Edit] {
        guard old.count * new.count <= 4_000_000 else {
            return zip(old, new).flatMap { $0 == $1 ? [Edit(kind: " ", line: $0)] : [Edit(kind: "-", line: $0), Edit(kind: "+", line: $1)] }
        }
        var table = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                table[i][j] = old[i] == new[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var edits: [Edit] = []
        var i = 0, j = 0
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
                edits.append(Edit(kind: " ", line: old[i])); i += 1; j += 1
            } else if j < new.count, i == old.count || table[i][j + 1] >= table[i + 1][j] {
                edits.append(Edit(kind: "+", line: new[j])); j += 1
            } else {
                edits.append(Edit(kind: "-", line: old[i])); i += 1
            }
        }
        return edits
    }
}
