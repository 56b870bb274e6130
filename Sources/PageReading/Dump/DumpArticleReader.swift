import StoryKit

/// Finds the article in a text dump of a real page (`w3m -dump`, select-all and
/// paste), where the article's paragraphs sit among menus, tickers, share bars,
/// teasers and footers with no markup left to tell them apart.
///
/// Every line is weighed by what it is: prose (long, with the function words of
/// running text) counts for its length, furniture (short lines, bullets, links)
/// counts against, and blank lines are neutral. The article is the stretch of lines
/// with the greatest sum, so a short sub-heading or an "Advertisement" between two
/// paragraphs stays inside it while a menu of forty items cannot join it. The
/// headline is the title-like line just above that stretch; the stretch then goes
/// through the wire rules like any article.
enum DumpArticleReader {
    static func read(_ bytes: [UInt8]) -> ParsedPage? {
        var input = bytes
        if input.starts(with: [0xEF, 0xBB, 0xBF]) { input.removeFirst(3) }
        let text = String(decoding: TextRepair.validUTF8(input).bytes, as: UTF8.self)
        let lines = ColumnLayout.lines(of: text)
        guard var region = articleRegion(lines) else { return nil }
        var headlineIndex = headline(in: lines, before: region.lowerBound)
        if headlineIndex?.sharesLead != true, let inside = headlineOpening(lines, region) {
            // The stretch began at a caption or a standfirst above the headline: the
            // article starts after the headline, and what came before it is not article.
            headlineIndex = (inside, true)
            region = (inside + 1)..<region.upperBound
        }
        let headlineLine = headlineIndex?.index
        var paragraphs: [String] = []
        if let headlineLine {
            for index in (headlineLine + 1)..<region.lowerBound where isBylineLike(lines[index]) {
                paragraphs.append(lines[index].text)
            }
        }
        paragraphs += joinedParagraphs(lines[region])
        paragraphs += latestList(in: lines, after: region.upperBound)
        let headline = headlineLine.map { undecorated(lines[$0].text) } ?? paragraphs.first ?? ""
        guard !headline.isEmpty else { return nil }
        var page = WirePageParser.parseArticle(headline: headline, paragraphs: paragraphs)
        page.story.kind = .dump
        return page
    }

    /// The article's lines as paragraphs: a line that stops mid-sentence (a paragraph a
    /// text browser wrapped) runs on into the next; columns beside the article that are
    /// not prose (a menu cell, a bullet) are left out.
    static func joinedParagraphs(_ lines: ArraySlice<DumpLine>) -> [String] {
        var paragraphs: [String] = []
        var current = ""
        var previousColumn = false
        for line in lines {
            if line.isBlank {
                if !current.isEmpty { paragraphs.append(current) }
                current = ""
                continue
            }
            if line.isColumn && !line.isProse && (line.startsLikeItem || line.words < 4) { continue }
            if current.isEmpty {
                current = line.text
            } else if (line.isColumn || previousColumn) && !current.endsLikeSentence {
                current += " " + line.text
            } else {
                paragraphs.append(current)
                current = line.text
            }
            previousColumn = line.isColumn
        }
        if !current.isEmpty { paragraphs.append(current) }
        return paragraphs
    }

    /// The stretch of lines with the greatest weight (Kadane's maximum subarray), looked for
    /// first above the page's comment section: readers' comments follow the article, and a
    /// long one must not win over it. The comments are read only when nothing above them
    /// weighs even a quarter of what they do (the count was a link in the page's header).
    static func articleRegion(_ lines: [DumpLine]) -> Range<Int>? {
        let weights = self.weights(lines)
        let commentsStart = lines.firstIndex(where: \.opensComments) ?? lines.count
        let above = heaviestStretch(weights, in: 0..<commentsStart)
        let below = heaviestStretch(weights, in: commentsStart..<lines.count)
        let chosen: (range: Range<Int>, sum: Int)?
        if let above, let below {
            chosen = above.sum * 4 >= below.sum ? above : below
        } else {
            chosen = above ?? below
        }
        guard let best = chosen?.range else { return nil }
        // The stretch starts and ends with prose, never with the blank lines around it.
        let first = best.first { lines[$0].isProse && !lines[$0].startsLikeItem } ?? best.lowerBound
        let last = best.last { lines[$0].isProse && !lines[$0].startsLikeItem } ?? best.upperBound - 1
        return first..<(last + 1)
    }

    private static func heaviestStretch(_ weights: [Int], in bounds: Range<Int>) -> (range: Range<Int>, sum: Int)? {
        var best: (range: Range<Int>, sum: Int)?
        var sum = 0
        var start = bounds.lowerBound
        for index in bounds {
            if sum <= 0 {
                sum = 0
                start = index
            }
            sum += weights[index]
            if sum > (best?.sum ?? 0) { best = (start..<(index + 1), sum) }
        }
        return best
    }

    /// Prose counts for its length; every other line against, and the more so the longer
    /// the run of such lines it is in: one sub-heading or "Advertisement" between two
    /// paragraphs costs little, the twenty lines of a comment form or a link list cost a
    /// lot. Bulleted lines are teasers and link lists far more often than article text.
    static func weights(_ lines: [DumpLine]) -> [Int] {
        var weights = [Int](repeating: 0, count: lines.count)
        var run = 0
        for (index, line) in lines.enumerated() {
            if line.isBlank { continue }
            if line.isProse && !line.startsLikeItem {
                run = 0
                weights[index] = line.length
                continue
            }
            if line.isProse && line.endsSentence {
                // A bulleted sentence is an article's list (the points of a report) more often
                // than a teaser, whose bullet carries a headline; it counts, at half weight.
                weights[index] = line.length / 2
                continue
            }
            run += 1
            let base = line.isProse ? 10 : (line.mayBeArticle && line.length < 120 ? 20 : 40 + line.length / 2)
            weights[index] = -base * (1 + run / 2)
        }
        return weights
    }

    /// The headline above the article: among the title-like lines there (not a byline,
    /// a date or a menu item), one that shares at least two words, and a third of its own,
    /// with the article's first paragraphs, as a headline does and a caption or a site's
    /// slogan does not (the highest of those close together, see below); else a line that
    /// shares two words however long it is, a sentence that shares them, the nearest line
    /// that shares a word (a share bar or an agency's credit shares none), and the nearest
    /// when none shares any. `sharesLead` says whether the line shares a word with the
    /// article's first paragraphs: a line that shares none is only the nearest title-like one.
    private static func headline(in lines: [DumpLine], before start: Int) -> (index: Int, sharesLead: Bool)? {
        let lead = leadWords(lines[start...])
        var index = start - 1
        var nearest: Int?
        var fallback: Int?
        var best: (index: Int, bestShared: Int, seen: Int)?
        var bestSentence: (index: Int, shared: Int)?
        var fair: (index: Int, shared: Int)?
        var weak: Int?
        var seen = 0
        while index >= 0 && seen < 40 {
            let line = lines[index]
            index -= 1
            guard !line.isBlank else { continue }
            seen += 1
            guard (8...300).contains(line.length), !line.startsLikeItem, !isBylineLike(line), !isDateLike(line),
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
                if shared * 3 >= current.bestShared, seen - current.seen <= 6, !looksLikeNavigation(line.text),
                    !line.text.contains(lines[current.index].text)
                {
                    best = (index + 1, max(shared, current.bestShared), seen)
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
        if let found = best?.index ?? fair?.index ?? bestSentence?.index ?? weak { return (found, true) }
        return (nearest ?? fallback).map { ($0, false) }
    }

    /// The content words of the first prose lines in `lines`: what a headline shares.
    private static func leadWords(_ lines: ArraySlice<DumpLine>) -> Set<String> {
        Set(lines.lazy.filter(\.isProse).prefix(3).flatMap { HeadlineChooser.contentWords($0.text) })
    }

    /// A headline among the first lines of the article's stretch, when the stretch begins
    /// with it or took in a photo caption above it: a title-like line (at most 18 words,
    /// no full stop at its end, not a byline or a date) that shares at least two words,
    /// and a third of its own, with the prose after it.
    private static func headlineOpening(_ lines: [DumpLine], _ region: Range<Int>) -> Int? {
        var seen = 0
        for index in region where !lines[index].isBlank {
            seen += 1
            if seen > 4 { break }
            let line = lines[index]
            // A photo caption runs longer than a headline and is passed over like furniture.
            guard (8...200).contains(line.length), line.words <= 18, !line.startsLikeItem, !isBylineLike(line), !isDateLike(line),
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

    private static func isBylineLike(_ line: DumpLine) -> Bool {
        let lower = line.text.lowercased()
        return line.length < 120 && (lower.hasPrefix("by ") || lower.hasPrefix("von ") || lower.hasPrefix("por ") || lower.hasPrefix("par "))
    }

    private static func isDateLike(_ line: DumpLine) -> Bool {
        let digits = line.text.filter(\.isNumber).count
        return line.length < 80 && digits * 4 >= line.length
            || ["published", "updated", "posted", "last updated", "veröffentlicht", "aktualisiert"].contains { line.text.lowercased().hasPrefix($0) }
    }

    /// A latest-news heading close after the article and the lines under it, for the
    /// wire rules to read as items.
    private static func latestList(in lines: [DumpLine], after end: Int) -> [String] {
        let headings = ["latest news", "also read", "related news", "more stories", "trending", "related stories", "more news", "top stories", "latest"]
        var index = end
        while index < min(lines.count, end + 40) {
            let lower = lines[index].text.lowercased().trimmingCharacters(in: ":")
            if headings.contains(lower) {
                var list = [lines[index].text]
                var next = index + 1
                while next < min(lines.count, index + 30) {
                    let line = lines[next]
                    next += 1
                    if line.isBlank { if list.count > 1 { break } else { continue } }
                    list.append(line.text.hasPrefix("• ") ? String(line.text.dropFirst(2)) : line.text)
                }
                return list
            }
            index += 1
        }
        return []
    }
}

extension String {
    fileprivate var endsLikeSentence: Bool {
        isEmpty || DumpLine.endsLikeSentence(self)
    }

    fileprivate func trimmingCharacters(in set: String) -> String {
        var result = Substring(self)
        while let last = result.last, set.contains(last) { result = result.dropLast() }
        return String(result)
    }
}
