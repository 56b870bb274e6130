import Inbox
import Testing

@Suite struct ArrivalTrackerTests {
    let start = ContinuousClock.now
    func event(_ kind: FolderEvent.Kind, _ name: String = "a.html") -> FolderEvent {
        FolderEvent(kind: kind, folder: "/inbox", name: name)
    }

    @Test func aClosedFileIsReadyOnceItHasBeenQuietForTheSettleTime() {
        var tracker = ArrivalTracker(settle: .seconds(1))
        tracker.note(event(.changed), at: start)
        tracker.note(event(.closed), at: start + .milliseconds(100))
        #expect(tracker.takeReady(at: start + .milliseconds(900)).isEmpty)
        #expect(tracker.nextDeadline == start + .milliseconds(1100))
        #expect(tracker.takeReady(at: start + .milliseconds(1100)) == ["/inbox/a.html"])
        #expect(tracker.waiting == 0)
        #expect(tracker.takeReady(at: start + .seconds(5)).isEmpty)
    }

    @Test func aFileStillOpenForWritingIsNeverReadyHoweverLongItPauses() {
        var tracker = ArrivalTracker(settle: .seconds(1))
        tracker.note(event(.changed), at: start)
        #expect(tracker.takeReady(at: start + .seconds(60)).isEmpty)
        #expect(tracker.nextDeadline == nil)
        // Closed, then opened again for the next piece: the wait starts again.
        tracker.note(event(.closed), at: start + .seconds(61))
        tracker.note(event(.changed), at: start + .milliseconds(61_500))
        #expect(tracker.takeReady(at: start + .seconds(63)).isEmpty)
        tracker.note(event(.closed), at: start + .seconds(64))
        #expect(tracker.takeReady(at: start + .seconds(65)) == ["/inbox/a.html"])
    }

    @Test func browserDownloadNamesAreIgnoredUntilTheRenameThatFinishesThem() {
        var tracker = ArrivalTracker(settle: .milliseconds(500))
        for name in ["a.html.part", "b.html.crdownload", "c.download", ".hidden.html", "d.html~"] {
            tracker.note(event(.closed, name), at: start)
        }
        #expect(tracker.waiting == 0)
        tracker.note(event(.arrived, "a.html"), at: start + .seconds(1))
        #expect(tracker.takeReady(at: start + .seconds(2)) == ["/inbox/a.html"])
    }

    @Test func aFileThatGoesAwayIsForgotten() {
        var tracker = ArrivalTracker(settle: .milliseconds(500))
        tracker.note(event(.closed), at: start)
        tracker.note(event(.gone), at: start + .milliseconds(100))
        #expect(tracker.takeReady(at: start + .seconds(2)).isEmpty)
    }

    @Test func filesFoundAtStartAreReadyAtOnceUnlessJustModified() {
        var tracker = ArrivalTracker(settle: .seconds(1))
        tracker.noteExisting("/inbox/old.html", modifiedAgo: .seconds(3600), at: start)
        tracker.noteExisting("/inbox/fresh.html", modifiedAgo: .milliseconds(200), at: start)
        #expect(tracker.takeReady(at: start) == ["/inbox/old.html"])
        #expect(tracker.takeReady(at: start + .milliseconds(700)).isEmpty)
        #expect(tracker.takeReady(at: start + .milliseconds(800)) == ["/inbox/fresh.html"])
    }

    @Test func readyFilesComeInNameOrder() {
        var tracker = ArrivalTracker(settle: .milliseconds(10))
        for name in ["c.html", "a.html", "b.html"] { tracker.note(event(.arrived, name), at: start) }
        #expect(tracker.takeReady(at: start + .seconds(1)) == ["/inbox/a.html", "/inbox/b.html", "/inbox/c.html"])
    }
}
