/// What one update of the index did.
public struct IndexUpdate: Sendable, Equatable {
    /// Stories indexed for the first time or again (their text changed).
    public var indexed = 0
    /// Stories no longer in the store, taken out.
    public var removed = 0
    /// The index was built again from nothing (new, damaged, from another version, or
    /// most of it changed).
    public var rebuilt = false

    public init() {}

    public var changedAnything: Bool { indexed > 0 || removed > 0 || rebuilt }
}
