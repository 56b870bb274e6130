/// Where the headline of a text dump is, found among the lines around the article's
/// stretch: it shares the words of the article's first paragraphs, as a caption, a
/// standfirst or a related story's teaser may too, so where it stands decides as much as
/// what it shares.
struct DumpHeadline {
    /// The headline's line.
    let index: Int
    /// Whether it shares a word with the article's first paragraphs; a line that shares
    /// none is only the nearest title-like line above the article.
    let sharesLead: Bool

    /// The headline above the article: among the title-like lines there (not a byline,
    /// a date or a menu item), one that shares at least two words, and a third of its own,
    /// with the article's first paragraphs, as a headline does and a caption or a site's
    /// slogan does not (the highest of those close together, see below); else a line that
    /// shares two words however long it is, a sentence that shares them, the nearest line
    /// that shares a word (a share bar or an agency's credit shares none), and the nearest
    /// when none shares any.
    static func above(_ lines: [DumpLine], before start: Int) -> DumpHeadline? {
        let lead = leadWords(lines[start...])
        var index = start - 1
        var nearest: Int?
        var fallback: Int?
        var best: (index: Int, shared: Int, seen: Int)?
        var bestSentence: (index: Int, shared: Int)?
        var fair: (index: Int, shared: Int)?
        var weak: Int?
        var seen = 0
        while index >= 0 && seen < 40 {
            let line = lines[index]
            index -= 1
            guard !line.isBlank else { continue }
            seen += 1
            guard (8...300).contains(line.length), !line.startsLikeItem, !line.isBylineLike, !line.isDateLike,
                !line.text.hasSuffix(":"), line.words >= 3 || line.ideographs >= 5
            else { continue }
            let words = HeadlineChooser.contentWords(line.text)
            let shared = words.filter(lead.contains).count
            let isSentence = line.text.hasSuffix(".")
            if shared >= 2, shared * 3 >= words.count, !isSentence, let current = best {
                // Scanning upwards: a headline sits just above its standfirst and captions,
                // which share more of the lead's words, so a line a few lines higher wins if it
                // shares a third as many; not a line of links (`Home » News » …`), nor a line
                // that holds the lower one (the page's title with the site's name).
                if shared * 3 >= current.shared, seen - current.seen <= 6, !looksLikeNavigation(line.text),
                    !line.text.contains(lines[current.index].text)
                {
                    best = (index + 1, max(shared, current.shared), seen)
                }
            } else if shared >= 2 && shared * 3 >= words.count {
                // A standfirst under the headline shares even more of the lead's words, but
                // it is a sentence, and a headline seldom ends with a full stop.
                if isSentence {
                    if shared > (bestSentence?.shared ?? 0) { bestSentence = (index + 1, shared) }
                } else {
                    best = (index + 1, shared, seen)
                }
            } else if shared >= 2, !isSentence, shared > (fair?.shared ?? 0) {
                // A headline of many words may share fewer than a third of them with the lead
                // and still be more of a headline than a caption that is a whole sentence.
                fair = (index + 1, shared)
            }
            if !line.isProse || !line.endsSentence {
                if nearest == nil { nearest = index + 1 }
                if shared >= 1 && weak == nil { weak = index + 1 }
            } else if fallback == nil {
                fallback = index + 1
            }
        }
        if let found = best?.index ?? fair?.index ?? bestSentence?.index ?? weak { return DumpHeadline(index: found, sharesLead: true) }
        return (nearest ?? fallback).map { DumpHeadline(index: $0, sharesLead: false) }
    }

    /// The content words of the first prose lines in `lines`: what a headline shares.
    private static func leadWords(_ lines: ArraySlice<DumpLine>) -> Set<String> {
        Set(lines.lazy.filter(\.isProse).prefix(3).flatMap { HeadlineChooser.contentWords($0.text) })
    }

    /// A headline among the first lines of the article's stretch, when the stretch begins
    /// with it or took in a photo caption above it: a title-like line (at most 18 words,
    /// no full stop at its end, not a byline or a date) that shares at least two words,
    /// and a third of its own, with the prose after it.
    static func opening(_ lines: [DumpLine], _ region: Range<Int>) -> Int? {
        var seen = 0
        for index in region where !lines[index].isBlank {
            seen += 1
            if seen > 4 { break }
            let line = lines[index]
            // A photo caption runs longer than a headline and is passed over like furniture.
            guard (8...200).contains(line.length), line.words <= 18, !line.startsLikeItem, !line.isBylineLike, !line.isDateLike,
                !line.endsSentence, !line.text.hasSuffix(":"), line.words >= 3 || line.ideographs >= 5
            else { continue }
            // The article's own prose after the line: readers' comments below the stretch
            // are not its lead, and a line with no prose after it is the article itself.
            let after = lines[(index + 1)..<region.upperBound]
            guard after.contains(where: \.isProse) else { return nil }
            let words = HeadlineChooser.contentWords(line.text)
            let shared = words.filter(leadWords(after).contains).count
            // Furniture shares nothing and is passed over; the first line that shares a word
            // decides, so a standfirst under a weaker headline is never taken for it.
            guard shared > 0 else { continue }
            return shared >= 2 && shared * 3 >= words.count ? index : nil
        }
        return nil
    }

    /// A headline line without the bullets, bars or stray bracket a text browser drew around
    /// it (`● Title ●`, `] Title`, `» Title`); quotes and question marks stay.
    static func undecorated(_ text: String) -> String {
        let leading: Set<Character> = ["●", "•", "▪", "■", "□", "◆", "◇", "○", "◦", "☆", "★", "·", "|", ">", "»", "›", "]", " "]
        let trailing: Set<Character> = ["●", "•", "▪", "■", "□", "◆", "◇", "○", "◦", "☆", "★", "·", "|", "<", "«", "‹", "[", " "]
        var kept = Substring(text)
        while let first = kept.first, leading.contains(first) { kept = kept.dropFirst() }
        while let last = kept.last, trailing.contains(last) { kept = kept.dropLast() }
        return kept.isEmpty ? text : String(kept)
    }

    /// A line of links set apart by bars, arrows or dots (a menu, a breadcrumb trail, a
    /// "Trending:" list), a line with an image's placeholder (`[logo]`, as a text browser
    /// draws one), or an item of a numbered list (`3. Porto Vale`).
    private static func looksLikeNavigation(_ text: String) -> Bool {
        if [" | ", "»", ">", " · ", " • ", "["].contains(where: text.contains) { return true }
        let number = text.prefix { $0.isNumber }
        return !number.isEmpty && number.count <= 2 && [". ", ") "].contains { text.dropFirst(number.count).hasPrefix($0) }
    }
}
