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
