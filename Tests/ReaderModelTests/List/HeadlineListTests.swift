import ReaderTestSupport
import StoryKit
import Testing

@testable import ReaderModel

/// The list component alone: its order, filter, selection and first drawn row.
@Suite struct HeadlineListTests {
    private let summaries = FixtureLibrary.library().summaries

    private func list(rows: Int = 5) -> HeadlineList {
        var list = HeadlineList(sort: .newestFirst)
        list.resort(summaries)
        list.rebuild(summaries, marks: Marks(), search: nil, ranked: false, keeping: nil, rows: rows)
        return list
    }

    @Test func theSelectionStaysInViewAsItMoves() {
        var list = list()
        // Row 7 is Jan 3's first story, below Jan 4's seven: five lines from row 5 hold the
        // day line, rows 5 and 6, Jan 3's day line and row 7.
        list.select(7, rows: 5)
        #expect(list.top == 5)
        #expect(list.lines(count: 5) == [.day(list.day(ofRow: 5)), .story(row: 5), .story(row: 6), .day(list.day(ofRow: 7)), .story(row: 7)])
        list.select(1, rows: 5)
        #expect(list.top == 1)
        list.select(list.order.count - 1, rows: 5)
        #expect(list.lines(count: 5).last == .story(row: list.order.count - 1))
        #expect(list.lines(count: 5).count == 5)
    }

    @Test func withoutDayLinesEveryLineIsARow() {
        var list = HeadlineList(sort: .byAgency)
        list.resort(summaries)
        list.rebuild(summaries, marks: Marks(), search: nil, ranked: false, keeping: nil, rows: 5)
        list.select(7, rows: 5)
        #expect(list.top == 3)
        #expect(list.lines(count: 5) == (3...7).map { .story(row: $0) })
    }

    @Test func aRebuildKeepsTheSelectedStoryWhereverItMoves() {
        var list = list()
        list.select(10, rows: 5)
        let kept = list.selectedIndex!
        let agency = summaries[Int(kept)].agency
        list.filter = ListFilter(agency: agency)
        list.rebuild(summaries, marks: Marks(), search: nil, ranked: false, keeping: kept, rows: 5)
        #expect(list.selectedIndex == kept)
        #expect(list.order.allSatisfy { summaries[Int($0)].agency == agency })
    }

    @Test func aRebuildWithoutTheStoryKeepsTheRowAsNearAsItCan() {
        var list = list()
        list.select(list.order.count - 1, rows: 5)
        list.filter = ListFilter(day: summaries.compactMap(\.date).first)
        list.rebuild(summaries, marks: Marks(), search: nil, ranked: false, keeping: nil, rows: 5)
        #expect(list.selection == max(0, list.order.count - 1))
    }

    @Test(arguments: [(Movement.down, 4), (.up, 2), (.pageDown, 7), (.pageUp, 0), (.top, 0), (.bottom, 55)])
    func aMovementLeadsToARowWithinTheList(movement: Movement, row: Int) {
        var list = list()
        list.select(3, rows: 5)
        #expect(list.row(after: movement, page: 4) == row)
    }

    @Test func everySortOrderListsEveryStoryOnce() {
        for order in SortOrder.allCases {
            #expect(Set(order.arranged(summaries)).count == summaries.count)
        }
        let oldest = SortOrder.oldestFirst.arranged(summaries).map { summaries[Int($0)] }
        #expect(oldest.last?.date == nil || oldest.allSatisfy { $0.date == nil })
    }
}
