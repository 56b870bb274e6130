import HTMLTree
import SeededRandom
import Testing

/// The tree keeps a page's text in one buffer: each text node still reads as the text
/// the parser gave it, pieces the parser hands over separately (around a character
/// reference) join into one node, and an element's text content is its nodes in order.
@Suite struct HTMLTreeTextTests {
    private let tree = HTMLParser.parse(
        Array("<div><p>Fish &amp; chips —\n  <b>twice</b> a week</p><p>  </p><p>東京 &#8217;</p></div>".utf8), encoding: "UTF-8",
        checkedUTF8: true)

    private var texts: [(text: String, visible: Int)] {
        tree.nodes.indices.filter { tree[$0].isText }.map { (tree.text(of: $0), tree.visibleLength(of: $0)) }
    }

    @Test func piecesAroundAReferenceJoinIntoOneNode() {
        #expect(texts.map(\.text) == ["Fish & chips —\n  ", "twice", " a week", "  ", "東京 ’"])
    }

    @Test func visibleLengthsCountCharactersOtherThanWhiteSpace() {
        #expect(texts.map(\.visible) == [11, 5, 5, 0, 3])
    }

    @Test func textContentIsTheNodesInOrder() throws {
        let paragraph = try #require(tree.first(.p))
        #expect(tree.textContent(of: paragraph) == "Fish & chips —\n  twice a week")
        #expect(tree.textContent(of: try #require(tree.first(.div))) == "Fish & chips —\n  twice a week  東京 ’")
    }

    @Test func textBytesAreLentAsStored() throws {
        let index = try #require(tree.nodes.indices.first { tree[$0].isText })
        #expect(tree.withTextBytes(of: index) { Array($0) } == Array("Fish & chips —\n  ".utf8))
        #expect(tree.withTextBytes(of: try #require(tree.first(.p))) { $0.count } == 0)
    }

    /// The visible length is counted eight bytes at a time; on 2,000 random texts of
    /// every length it agrees with counting, one by one, the bytes that start a
    /// character other than white space.
    @Test func visibleLengthsAgreeWithCountingCharacterByCharacter() {
        let pool: [String] = [
            "a", "Z", "7", " ", "  ", "\t", "\n", "\r\n", "\u{0B}", "\u{0C}", "é", "ß", "—", "’", "東", "京", "한", "😀", "\u{A0}", "\u{301}", ",", ".",
        ]
        var random = SplitMix64(seed: 0x7E47)
        for _ in 0..<2_000 {
            let text = (0..<random.next(below: 40)).map { _ in pool[random.next(below: pool.count)] }.joined()
            let tree = HTMLParser.parse(Array("<p>x\(text)x</p>".utf8), encoding: "UTF-8", checkedUTF8: true)
            for node in tree.nodes.indices where tree[node].isText {
                let counted = tree.text(of: node).utf8.filter { byte in
                    byte & 0xC0 != 0x80 && byte != 0x20 && !(0x09...0x0D).contains(byte)
                }.count
                #expect(tree.visibleLength(of: node) == counted, "\(Array(text.utf8))")
            }
        }
    }
}
