import Foundation
import ReaderModel
import StoryKit
import TerminalKit

/// The fixture corpus as an in-memory library (hostile pages included, rejected ones left out).
/// Shared by the view-model and view tests.
public enum FixtureLibrary {
    public static let stories: [Story] = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("fixtures/pages")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().compactMap { name in
            guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)) else { return nil }
            return try? WirePageParser.parse(Array(data)).story
        }
    }()

    public static func library(states: [StoryID: StoryState] = [:]) -> InMemoryLibrary {
        InMemoryLibrary(stories: stories, states: states)
    }
}

/// A reader state over the fixtures, sized like a terminal.
public func makeState(width: Int = 120, height: Int = 40, states: [StoryID: StoryState] = [:]) -> ReaderState {
    ReaderState(library: FixtureLibrary.library(states: states), viewport: ScreenLayout.viewport(width: width, height: height))
}

/// Applies actions and collects every effect.
@discardableResult
public func send(_ state: inout ReaderState, _ actions: ReaderAction...) -> [ReaderEffect] {
    actions.flatMap { Reader.update(&state, $0) }
}

public func id(of headline: String) -> StoryID {
    StoryID(FixtureLibrary.stories.first { $0.headline == headline }!)
}

/// Presses keys as a person would: through the key map and the router, as the app does.
@discardableResult
public func press(_ state: inout ReaderState, _ keys: Key...) -> [ReaderEffect] {
    keys.flatMap { Reader.update(&state, .key($0)) }
}
