import HTMLTree
import Testing

/// UTF-8 given to the HTML parser: bytes the caller has checked are read as they are;
/// unchecked bytes that break the encoding never turn the rest of the page into Latin-1.
@Suite struct HTMLParserEncodingTests {
    private func paragraphText(_ bytes: [UInt8], checked: Bool) throws -> String {
        let tree = HTMLParser.parse(bytes, encoding: "UTF-8", checkedUTF8: checked)
        let paragraph = try #require(tree.first(.p))
        return tree.textContent(of: paragraph)
    }

    @Test func checkedUTF8IsReadAsItIs() throws {
        #expect(try paragraphText(Array("<p>Café Östra — naïve 東京</p>".utf8), checked: true) == "Café Östra — naïve 東京")
    }

    @Test func anUncheckedBadByteLeavesTheRestOfThePageAsWritten() throws {
        let bytes = Array("<p>caf".utf8) + [0xE9] + Array(" — naïve</p>".utf8)
        let text = try paragraphText(bytes, checked: false)
        #expect(text.hasSuffix(" — naïve"), "read as \(text)")
    }
}
