/// The structure pass: headline, byline, body, sign-off, latest news, in page order.
struct PageStructureReader {
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
            if dateline.remainder.isEmpty { body.paragraphs.removeFirst() } else { body.paragraphs[0] = dateline.remainder }
        }
        if body.paragraphs.isEmpty { warnings.append(.noBodyText) }

        let agency =
            dateline?.agency ?? body.signoff
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
