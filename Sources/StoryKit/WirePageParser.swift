/// Turns the bytes of a saved news page into a `Story`.
///
/// This is the one parser every part of Byline uses (import, re-parse,
/// `byline parse`), so its rules live here and nowhere else. It makes one
/// pass over the bytes to decode and clean them, then one walk over the
/// lines; no rule looks further than a fixed distance, so the work is
/// linear in the size of the page whatever the input.
public enum WirePageParser {
    /// Headlines longer than this are shortened; the full line is kept as body text.
    public static let headlineLimit = 300

    /// Bumped whenever a rule changes what a page parses to, so the store knows
    /// which stories `byline reparse` and re-imports should read again.
    public static let version = 1

    public static func parse(_ bytes: [UInt8]) throws(PageRejection) -> ParsedPage {
        guard !bytes.isEmpty else { throw .empty }
        let utf8 = UTF16Transcoder.utf8IfUTF16(bytes) ?? bytes
        if let rejection = BinarySniffer.rejection(for: utf8) { throw rejection }
        let text = PageTextScanner.scan(utf8)
        var reader = PageStructureReader(text: text)
        return try reader.read()
    }

    /// The wire rules applied to an article that another reader took out of a real page:
    /// the byline, dateline, sign-off, desk tags and latest-news list are found in its
    /// paragraphs as they would be on a wire page, under a headline already chosen.
    public static func parseArticle(headline: String, paragraphs: [String]) -> ParsedPage {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(paragraphs.reduce(0) { $0 + $1.utf8.count + 2 })
        for paragraph in paragraphs {
            bytes += paragraph.utf8
            bytes += [0x0A, 0x0A]
        }
        var reader = PageStructureReader(text: PageTextScanner.scan(bytes))
        return reader.read(headline: headline)
    }

    /// `parse` as a value, for call sites that collect failures rather than throw them.
    public static func result(_ bytes: [UInt8]) -> Result<ParsedPage, PageRejection> {
        do { return .success(try parse(bytes)) } catch { return .failure(error) }
    }
}

/// The structure pass: headline, byline, body, sign-off, latest news, in page order.
private struct PageStructureReader {
    let text: PageText
    var warnings: [ParseWarning] = []

    init(text: PageText) {
        self.text = text
        if text.windows1252Bytes > 0 { warnings.append(.decodedAsWindows1252(bytes: text.windows1252Bytes)) }
        if text.removedControls > 0 { warnings.append(.removedControlCharacters(count: text.removedControls)) }
    }

    mutating func read() throws(PageRejection) -> ParsedPage {
        guard let headlineIndex = nextContentLine(from: 0) else {
            throw (0..<text.lineCount).allSatisfy({ text.line($0).isBlank }) ? .onlyWhiteSpace : .onlyPageFurniture
        }
        let (headline, fullFirstLine) = headlineText(text.line(headlineIndex))
        return read(headline: headline, fullFirstLine: fullFirstLine, bodyStart: headlineIndex + 1)
    }

    /// Reads a page whose headline is already known: every line is the article's.
    mutating func read(headline: String) -> ParsedPage {
        read(headline: headline, fullFirstLine: nil, bodyStart: 0)
    }

    private mutating func read(headline: String, fullFirstLine: String?, bodyStart start: Int) -> ParsedPage {
        var bodyStart = start

        var byline: BylineRule?
        if let candidate = nextContentLine(from: bodyStart), let rule = BylineRule(text.line(candidate)) {
            byline = rule
            bodyStart = candidate + 1
        }

        let latestStart = latestNewsStart(from: bodyStart)
        var body = BodyAssembler.paragraphs(in: text, lines: bodyStart..<latestStart)
        if let fullFirstLine { body.paragraphs.insert(fullFirstLine, at: 0) }
        let latest = latestItems(from: latestStart)

        let dateline = body.paragraphs.first.flatMap { DatelineRule(paragraph: $0) }
        if let dateline {
            if dateline.remainder.isEmpty { body.paragraphs.removeFirst() }
            else { body.paragraphs[0] = dateline.remainder }
        }
        if body.paragraphs.isEmpty { warnings.append(.noBodyText) }

        let agency = dateline?.agency ?? body.signoff
            ?? byline?.parts.last(where: AgencyName.looksLikeAgency)
        let story = Story(
            headline: headline,
            byline: byline?.names,
            place: dateline?.place,
            agency: agency,
            date: storyDate(dateline: dateline?.date, byline: byline?.timestamp, latest: latest),
            published: byline?.timestamp.map { PublishedTime($0) },
            body: body.paragraphs,
            signoff: body.signoff,
            latest: latest
        )
        return ParsedPage(story: story, warnings: warnings)
    }

    // MARK: Parts

    private func nextContentLine(from start: Int) -> Int? {
        var index = start
        while index < text.lineCount {
            let line = text.line(index)
            if !line.isBlank && !NoiseFilter.isNoise(line) { return index }
            index += 1
        }
        return nil
    }

    /// The headline, and the whole line as well when it had to be shortened.
    private mutating func headlineText(_ line: Line) -> (String, String?) {
        let full = line.text
        let length = full.count
        guard length > WirePageParser.headlineLimit else { return (full, nil) }
        warnings.append(.shortenedHeadline(originalLength: length))
        var cut = full.prefix(WirePageParser.headlineLimit)
        if let lastSpace = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: lastSpace) > WirePageParser.headlineLimit / 2 {
            cut = cut[..<lastSpace]
        }
        return (cut + "…", full)
    }

    /// The first latest-news heading that has an item among the next few lines of
    /// text, or nothing but furniture after it. A heading word alone in the body
    /// ("Trending") stays body text.
    private func latestNewsStart(from start: Int) -> Int {
        for index in start..<text.lineCount where LineRules.isLatestNewsHeading(text.line(index)) {
            var candidate = nextContentLine(from: index + 1)
            guard candidate != nil else { return index }
            for _ in 0..<3 {
                guard let next = candidate else { break }
                if LineRules.latestItem(text.line(next)) != nil { return index }
                candidate = nextContentLine(from: next + 1)
            }
        }
        return text.lineCount
    }

    private mutating func latestItems(from start: Int) -> [LatestItem] {
        var items: [LatestItem] = []
        var skipped = 0
        var index = start
        while index < text.lineCount {
            let line = text.line(index)
            index += 1
            if line.isBlank || NoiseFilter.isNoise(line) || LineRules.isLatestNewsHeading(line) { continue }
            if let item = LineRules.latestItem(line) { items.append(item) } else { skipped += 1 }
        }
        if skipped > 0 { warnings.append(.skippedLatestNewsLines(count: skipped)) }
        return items
    }

    /// The dateline's day in the year the page's own timestamps point to.
    private mutating func storyDate(dateline: PartialDate?, byline: WallClockTime?, latest: [LatestItem]) -> CalendarDate? {
        let reference = byline?.date ?? latest.compactMap(\.time).max()?.date
        guard let dateline else { return byline?.date }
        if let year = dateline.year { return CalendarDate(year: year, month: dateline.month, day: dateline.day) }
        guard let reference else {
            warnings.append(.unknownYear)
            return nil
        }
        return YearInference.nearest(month: dateline.month, day: dateline.day, to: reference)
    }
}

/// Groups body lines into paragraphs and takes the sign-off off the end.
enum BodyAssembler {
    struct Body {
        var paragraphs: [String]
        var signoff: String?
    }

    /// A line longer than this is a whole paragraph, not a hard-wrapped piece of one.
    static let unwrappedLineLength = 160

    static func paragraphs(in text: PageText, lines: Range<Int>) -> Body {
        var blocks: [[Line]] = []
        var current: [Line] = []
        func closeBlock() {
            if !current.isEmpty { blocks.append(current); current = [] }
        }
        for index in lines {
            let line = text.line(index)
            if line.isBlank || NoiseFilter.isNoise(line) || LineRules.isDeskTag(line) {
                closeBlock()
            } else {
                if let previous = current.last, previous.count > unwrappedLineLength || startsWithBullet(line) {
                    closeBlock()
                }
                current.append(line)
            }
        }
        closeBlock()

        var signoff: String?
        if let lastLine = blocks.last?.last, let agency = SignOffRule.agency(inLine: lastLine) {
            signoff = agency
            blocks[blocks.count - 1].removeLast()
            if blocks[blocks.count - 1].isEmpty { blocks.removeLast() }
        }
        var paragraphs = blocks.map(join)
        if signoff == nil, let last = paragraphs.last, let trailing = SignOffRule.trailing(in: last) {
            paragraphs[paragraphs.count - 1] = trailing.text
            signoff = trailing.agency
        }
        return Body(paragraphs: paragraphs, signoff: signoff)
    }

    private static func join(_ lines: [Line]) -> String {
        if lines.count == 1 { return lines[0].text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(lines.reduce(0) { $0 + $1.count + 1 })
        for line in lines {
            if !bytes.isEmpty && !endsWithWordHyphen(bytes) { bytes.append(0x20) }
            bytes.append(contentsOf: line.bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `air-` at a line end is a compound word wrapped at its hyphen (`air-conditioned`);
    /// a dash after a space (`(PTI) -`) is punctuation and keeps its space.
    private static func endsWithWordHyphen(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[bytes.count - 1] == UInt8(ascii: "-")
            && (bytes[bytes.count - 2].isASCIILetter || bytes[bytes.count - 2] >= 0x80)
    }

    private static func startsWithBullet(_ line: Line) -> Bool {
        line.bytes.starts(with: [0xE2, 0x80, 0xA2]) || line.bytes.starts(with: [UInt8(ascii: "*"), 0x20])
            || line.bytes.starts(with: [UInt8(ascii: "-"), 0x20])
    }
}

/// Places a month and day in the year that puts it nearest to a known date.
enum YearInference {
    /// A Dec 31 dateline on a page whose timestamps say Jan 1, 2026 is Dec 31, 2025.
    static func nearest(month: Int, day: Int, to reference: CalendarDate) -> CalendarDate? {
        let candidates = (reference.year - 1...reference.year + 1).compactMap {
            CalendarDate(year: $0, month: month, day: day)
        }
        return candidates.min { abs($0.dayNumber - reference.dayNumber) < abs($1.dayNumber - reference.dayNumber) }
    }
}

/// Reads UTF-16 files (which carry a byte-order mark) as UTF-8, so they are text, not binary.
enum UTF16Transcoder {
    static func utf8IfUTF16(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count >= 2 else { return nil }
        let littleEndian: Bool
        switch (bytes[0], bytes[1]) {
        case (0xFF, 0xFE): littleEndian = true
        case (0xFE, 0xFF): littleEndian = false
        default: return nil
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let pair = littleEndian ? (bytes[index + 1], bytes[index]) : (bytes[index], bytes[index + 1])
            units.append(UInt16(pair.0) << 8 | UInt16(pair.1))
            index += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }
}
