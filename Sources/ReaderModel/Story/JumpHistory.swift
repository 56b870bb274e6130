import StoryKit

/// Back and forward through jumps between stories, like a browser.
public struct JumpHistory: Hashable, Sendable {
    public private(set) var back: [StoryID] = []
    public private(set) var forward: [StoryID] = []

    public init() {}

    mutating func leave(_ id: StoryID) {
        back.append(id)
        forward.removeAll()
    }

    mutating func goBack(from current: StoryID) -> StoryID? {
        guard let target = back.popLast() else { return nil }
        forward.append(current)
        return target
    }

    mutating func goForward(from current: StoryID) -> StoryID? {
        guard let target = forward.popLast() else { return nil }
        back.append(current)
        return target
    }
}
