import ReaderModel
import ReaderTestSupport
import StoryKit
import TerminalKit
import Testing

/// `b` opens the story's web page: pressed as a person would, in the list and in the
/// reader, on stories with and without an address.
@Suite struct WebPageKeyTests {
    private func state(url: String?) -> ReaderState {
        let story = Story(
            headline: "Night ferry to the outer islands begins service", date: CalendarDate(year: 2025, month: 12, day: 27),
            body: ["The first night ferry in more than ten years left the east quay."], kind: .html, url: url,
            site: "Harbour Gazette"
        )
        let other = Story(headline: "Harbour dredging to begin", date: CalendarDate(year: 2025, month: 12, day: 26))
        return ReaderState(library: InMemoryLibrary(stories: [story, other]), viewport: ScreenLayout.viewport(width: 120, height: 40))
    }

    @Test func bOpensTheSelectedStorysAddressFromTheListAndTheReader() {
        var browsing = state(url: "https://harbourgazette.example/news/night-ferry")
        #expect(press(&browsing, .character("b")) == [.openWebPage("https://harbourgazette.example/news/night-ferry")])
        var reading = state(url: "https://harbourgazette.example/news/night-ferry")
        press(&reading, .enter)
        #expect(reading.screen == .reader)
        #expect(press(&reading, .character("b")) == [.openWebPage("https://harbourgazette.example/news/night-ferry")])
    }

    @Test func aStoryWithoutAnAddressSaysSo() {
        var state = state(url: nil)
        #expect(press(&state, .character("b")).isEmpty)
        #expect(state.message?.text.contains("no web address") == true)
    }

    @Test func onlyWebAddressesGoToABrowser() {
        for url in ["javascript:alert(1)", "file:///etc/passwd", "-remote openURL(x)"] {
            var state = state(url: url)
            #expect(press(&state, .character("b")).isEmpty, "\(url)")
            #expect(state.message?.kind == .error, "\(url)")
        }
    }

    @Test func theBrowsersAnswerReachesTheStatusLine() {
        var state = state(url: "https://harbourgazette.example/news/night-ferry")
        send(&state, .browserFinished(browser: "firefox", started: false))
        #expect(state.message == .error("cannot start “firefox”; set BROWSER to a program"))
    }

    @Test func theReadingPaneShowsWhereTheStoryCameFrom() {
        let state = state(url: "https://harbourgazette.example/news/night-ferry")
        let screen = ScreenRenderer().render(state, width: 120, height: 40).lines.joined(separator: "\n")
        #expect(screen.contains("Harbour Gazette"))
        #expect(screen.contains("https://harbourgazette.example/news/night-ferry"))
    }
}
