/// A line diff for test failures: `-` lines are expected, `+` lines are what the code produced,
/// with a few unchanged lines of context around each change and `@@` between distant changes.
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

    /// Every line of both texts in order, marked from the standard library's `difference(from:)`:
    /// removed expected lines first, then the inserted ones, at each place they differ.
    private static func editScript(_ old: [String], _ new: [String]) -> [Edit] {
        var removed = Set<Int>()
        var inserted = Set<Int>()
        for change in new.difference(from: old) {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        var edits: [Edit] = []
        var oldIndex = 0
        var newIndex = 0
        while oldIndex < old.count || newIndex < new.count {
            if oldIndex < old.count, removed.contains(oldIndex) {
                edits.append(Edit(kind: "-", line: old[oldIndex]))
                oldIndex += 1
            } else if newIndex < new.count, inserted.contains(newIndex) {
                edits.append(Edit(kind: "+", line: new[newIndex]))
                newIndex += 1
            } else {
                edits.append(Edit(kind: " ", line: old[oldIndex]))
                oldIndex += 1
                newIndex += 1
            }
        }
        return edits
    }
}
