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
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { DumpLine(String($0)) }
        guard let region = articleRegion(lines) else { return nil }
        let headlineIndex = headline(in: lines, before: region.lowerBound)
        var paragraphs: [String] = []
        if let headlineIndex {
            for index in (headlineIndex + 1)..<region.lowerBound where isBylineLike(lines[index]) {
                paragraphs.append(lines[index].text)
            }
        }
        paragraphs += lines[region].filter { !$0.isBlank }.map(\.text)
        paragraphs += latestList(in: lines, after: region.upperBound)
        let headline = headlineIndex.map { lines[$0].text } ?? paragraphs.first ?? ""
        guard !headline.isEmpty else { return nil }
        var page = WirePageParser.parseArticle(headline: headline, paragraphs: paragraphs)
        page.story.kind = .dump
        return page
    }

    /// The stretch of lines with the greatest weight (Kadane's maximum subarray).
    static func articleRegion(_ lines: [DumpLine]) -> Range<Int>? {
        var best: Range<Int>?
        var bestSum = 0
        var sum = 0
        var start = 0
        for (index, line) in lines.enumerated() {
            if sum <= 0 {
                sum = 0
                start = index
            }
            sum += weight(line)
            if sum > bestSum {
                bestSum = sum
                best = start..<(index + 1)
            }
        }
        guard let best else { return nil }
        // The stretch starts and ends with prose, never with the blank lines around it.
        let first = best.first { lines[$0].isProse } ?? best.lowerBound
        let last = best.last { lines[$0].isProse } ?? best.upperBound - 1
        return first..<(last + 1)
    }

    private static func weight(_ line: DumpLine) -> Int {
        if line.isBlank { return 0 }
        if line.isProse { return line.length }
        if line.mayBeArticle && line.length < 120 { return -20 }
        return -(40 + line.length / 2)
    }

    /// The nearest title-like line above the article: not a byline, a date or a menu item.
    private static func headline(in lines: [DumpLine], before start: Int) -> Int? {
        var index = start - 1
        var fallback: Int?
        var seen = 0
        while index >= 0 && seen < 30 {
            let line = lines[index]
            index -= 1
            guard !line.isBlank else { continue }
            seen += 1
            guard (8...300).contains(line.length), !line.startsLikeItem, !isBylineLike(line), !isDateLike(line),
                  !line.text.hasSuffix(":"), line.words >= 3 || line.ideographs >= 5
            else { continue }
            if !line.isProse || !line.endsSentence { return index + 1 }
            if fallback == nil { fallback = index + 1 }
        }
        return fallback
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
    fileprivate func trimmingCharacters(in set: String) -> String {
        var result = Substring(self)
        while let last = result.last, set.contains(last) { result = result.dropLast() }
        return String(result)
    }
}
