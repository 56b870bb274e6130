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
/// headline is a title-like line at the top of that stretch or above it
/// (`DumpHeadline`); the stretch then goes through the wire rules like any article.
enum DumpArticleReader {
    static func read(_ bytes: [UInt8]) -> ParsedPage? {
        var input = bytes
        if input.starts(with: [0xEF, 0xBB, 0xBF]) { input.removeFirst(3) }
        let text = String(decoding: TextRepair.validUTF8(input).bytes, as: UTF8.self)
        let lines = ColumnLayout.lines(of: text)
        guard var region = articleRegion(lines) else { return nil }
        // The article's first paragraph when a photo's furniture cut it off the stretch.
        var lead = datelineParagraph(lines, above: region.lowerBound)
        var found = DumpHeadline.above(lines, before: lead?.lowerBound ?? region.lowerBound)
        if found?.sharesLead != true, let inside = DumpHeadline.opening(lines, region) {
            // The stretch began at a caption or a standfirst above the headline: the
            // article starts after the headline, and what came before it (a dateline
            // paragraph above the stretch too) is not article.
            found = DumpHeadline(index: inside, sharesLead: true)
            region = (inside + 1)..<region.upperBound
            lead = nil
        }
        let headlineLine = found?.index
        var paragraphs: [String] = []
        if let headlineLine {
            for index in (headlineLine + 1)..<(lead?.lowerBound ?? region.lowerBound) where lines[index].isBylineLike {
                paragraphs.append(lines[index].text)
            }
        }
        if let lead { paragraphs += joinedParagraphs(lines[lead]) }
        paragraphs += joinedParagraphs(lines[region])
        paragraphs += latestList(in: lines, after: region.upperBound)
        let headline = headlineLine.map { DumpHeadline.undecorated(lines[$0].text) } ?? paragraphs.first ?? ""
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

    /// A paragraph opening with a dateline (`RAMALLAH, Dec. 5 (AP) —`) a few lines above
    /// the stretch: the article's first paragraph, cut off from the rest by a photo's
    /// furniture (`Enlarge This Image`, its credit) that weighs more than it does. Its
    /// lines, up to the blank line that ends it; the furniture stays out.
    private static func datelineParagraph(_ lines: [DumpLine], above start: Int) -> Range<Int>? {
        guard start < lines.count, !WirePageParser.opensWithDateline(lines[start].text) else { return nil }
        var index = start - 1
        var seen = 0
        while index >= 0 && seen < 8 {
            let line = lines[index]
            if !line.isBlank {
                seen += 1
                if line.isProse && !line.startsLikeItem {
                    // The paragraph's first line is where a wrapped paragraph's run of lines begins.
                    var first = index
                    while first > 0, !lines[first - 1].isBlank, lines[first - 1].isProse { first -= 1 }
                    guard WirePageParser.opensWithDateline(lines[first].text) else { return nil }
                    var end = first
                    while end < start, !lines[end].isBlank { end += 1 }
                    return first..<end
                }
            }
            index -= 1
        }
        return nil
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
