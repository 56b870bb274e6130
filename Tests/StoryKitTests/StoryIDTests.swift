import StoryKit
import Testing

/// Story ids and headline keys name files and catalog entries that are already on disk,
/// so their values must never drift: these were computed once and are pinned here.
@Suite struct StoryIDTests {
    struct Pinned: Sendable {
        var headline: String
        var agency: String?
        var date: CalendarDate?
        var id: String
        var headlineKey: UInt64
        var normalised: String
    }

    static let pinned: [Pinned] = [
        Pinned(
            headline: "Seoul libraries to stay open until midnight", agency: "IANS", date: CalendarDate(year: 2025, month: 12, day: 27),
            id: "2bd558c7fd80ca65", headlineKey: 0x800f_2db0_9136_5695, normalised: "seoul libraries to stay open until midnight"),
        Pinned(
            headline: "\u{2018}We will rebuild the pier\u{2019}, says Island Council head", agency: "PTI", date: CalendarDate(year: 2026, month: 1, day: 2),
            id: "bbd02c1e2b745dc1", headlineKey: 0x9859_0923_4fb7_1884, normalised: "we will rebuild the pier says island council head"),
        Pinned(
            headline: "Caf\u{E9} owners in Mal\u{F6}-by-the-Sea cheer \u{2013} new tram", agency: nil, date: nil,
            id: "a6de555e3e72ecfe", headlineKey: 0xe567_b78b_6afa_2e3b, normalised: "caf\u{E9} owners in mal\u{F6} by the sea cheer new tram"),
        Pinned(
            headline: "Cafe\u{301} owners: Stra\u{DF}e closed", agency: "AFP", date: CalendarDate(year: 2025, month: 12, day: 31),
            id: "c066439cabc3c81c", headlineKey: 0x455e_bd73_eac3_788e, normalised: "cafe\u{301} owners stra\u{DF}e closed"),
        Pinned(
            headline: "釜山港 コンテナ 取扱量が過去最高", agency: "Yonhap", date: CalendarDate(year: 2025, month: 12, day: 28),
            id: "1cddadb09b105c14", headlineKey: 0x039e_482f_63b3_abb0, normalised: "釜山港 コンテナ 取扱量が過去最高"),
        Pinned(
            headline: "\u{130}STANBUL \u{3A3}\u{39F}\u{3A6}\u{38A}\u{391} \u{1F600} 4\u{BD} \u{D7}", agency: "", date: nil,
            id: "ce52396e5be2569c", headlineKey: 0x654d_69d4_5047_4953, normalised: "i\u{307}stanbul \u{3C3}\u{3BF}\u{3C6}\u{3AF}\u{3B1} 4\u{BD}"),
    ]

    @Test(arguments: pinned)
    func idsAndHeadlineKeysKeepTheirValues(_ pinned: Pinned) {
        let story = Story(headline: pinned.headline, agency: pinned.agency, date: pinned.date)
        #expect(StoryID(story).description == pinned.id)
        #expect(HeadlineKey.hash(pinned.headline) == pinned.headlineKey)
        #expect(HeadlineKey.normalised(pinned.headline) == pinned.normalised)
    }
}
