/// A fixed set of short names and what each stands for, looked up by packed bytes.
///
/// The parser's callbacks look up every element's and attribute's name, and the article
/// reader every word of every class name: a `Dictionary` would run its seeded hash
/// function over each one, which cost more than the rest of the look-up. The names
/// here are known when the table is made, so a multiplicative hash into a table kept
/// at most a quarter full finds each in one or two probes.
public struct PackedNameTable<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        let name: PackedName
        let value: Value
    }

    private let slots: [Entry?]
    private let shift: UInt64

    /// A table of `pairs`; a name listed twice keeps the two values `merged`.
    public init(_ pairs: [(PackedName, Value)], merging merged: (Value, Value) -> Value = { first, _ in first }) {
        var bits: UInt64 = 4
        while (1 << bits) < pairs.count * 4 { bits += 1 }
        var slots = [Entry?](repeating: nil, count: 1 << bits)
        let shift = 64 - bits
        for (name, value) in pairs {
            var slot = Int(name.mixed >> shift)
            while let entry = slots[slot], entry.name != name { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Entry(name: name, value: slots[slot].map { merged($0.value, value) } ?? value)
        }
        self.slots = slots
        self.shift = shift
    }

    public subscript(name: PackedName) -> Value? {
        var slot = Int(name.mixed >> shift)
        while let entry = slots[slot] {
            if entry.name == name { return entry.value }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }
}
