import SeededRandom
import Testing

@testable import HTMLTree

/// Script and style bodies are cut out before libxml2 reads a page, and the cut is kept
/// only when libxml2 confirms it: a page parses to the same tree whether it was cut or
/// not, and pages where the quick look for bodies is wrong fall back to the whole page.
@Suite struct RawTextCutTests {
    private let options = HTMLParseOptions(attributes: ["type", "title", "class", "src"], scriptTypes: ["application/ld+json"])

    /// The same reading without any cut: every script's and style's text kept.
    private let whole = HTMLParseOptions(attributes: ["type", "title", "class", "src"])

    /// The page parsed as the reader parses it (bodies cut where libxml2 confirms) and
    /// whole, both read as UTF-8 as they are.
    private func outlines(_ page: String) -> (cut: [String], whole: [String]) {
        let bytes = Array(page.utf8)
        return (
            HTMLParser.parse(bytes, encoding: "UTF-8", keeping: options, checkedUTF8: true).outline(includingScriptText: false),
            HTMLParser.parse(bytes, encoding: "UTF-8", keeping: whole, checkedUTF8: true).outline(includingScriptText: false)
        )
    }

    private func proposal(_ page: String) -> RawTextCut? {
        Array(page.utf8).withUnsafeBufferPointer { RawTextCut($0, keptScriptTypes: ["application/ld+json"]) }
    }

    @Test(arguments: [
        #"<html><head><script>var a = "<p>not text</p>";</script><style>p > b { color: red }</style></head><body><p>One</p></body></html>"#,
        #"<p>Before</p><SCRIPT type="text/javascript">if (a < b && c > d) {}</SCRIPT ><p>After</p>"#,
        #"<p>A</p><script>document.write("<script>x<\/script>")</scriptfoo><p>B</p>"#,
        #"<div title="<script>"><p>Kept</p></div><p>More</p></script><p>After</p>"#,
        #"<!-- <script> --><p>Visible</p><!-- </script> --><p>Too</p>"#,
        #"<!--[if lt IE 9]><script src="old.js"></script><![endif]--><p>Text</p>"#,
        #"<script src="a.js"/><p>After a self-closed script</p></script><p>End</p>"#,
        #"<script type="application/ld+json">{"headline": "</p><p>"}</script><p>Body</p>"#,
        #"<script type='APPLICATION/LD+JSON'>{"a": 1}</script><script type=module>import x</script><p>Body</p>"#,
        "<p>A</p><script>var nul = '\u{0}';</script><p>B</p>",
        #"<p>A</p><script data-x="a>b" async>var x = "</p>";</script><p>B</p>"#,
        #"<p>Unfinished</p><script>var x = 1; <p>never text</p>"#,
        #"<svg><style>.a{}</style><text>Chart</text></svg><p>Caption</p>"#,
        #"<script type="text/template"><div class="card"><h2>{{title}}</h2></div></script><h1>Real</h1>"#,
        #"<p>x</p><script"#,
        #"<p>x</p><script type="unclosed><p>y</p>"#,
        #"<scripts>not a script</scripts><styles>nor this</styles><p>z</p>"#,
    ])
    func cutAndWholePagesParseToTheSameTree(page: String) {
        let (cut, whole) = outlines(page)
        #expect(cut == whole)
    }

    /// libxml2 2.9.14 grows its copy of a page once near the end, and a long non-ASCII
    /// name being read as the copy moves came back cut short; whether it moved depended
    /// on the page's length, so a cut page and the whole page could differ. The parser
    /// grows the copy first: at every length around the sizes where it used to move,
    /// the text after a long `&`-name is whole, cut or not.
    @Test func aLongNameNearTheEndIsReadWholeAtEveryPageLength() throws {
        let name = "&" + String(repeating: "é", count: 200) + ";"
        for filler in Array(stride(from: 3_500, through: 4_600, by: 23)) + Array(stride(from: 11_600, through: 12_700, by: 23)) {
            let page =
                "<p>" + String(repeating: "w", count: filler) + "</p><script>" + String(repeating: "x", count: 4_000)
                + "</script><p>" + name + "</p>"
            let (cut, whole) = outlines(page)
            #expect(cut == whole, "filler \(filler)")
            #expect(cut.last == "3 \"\(name)\"", "filler \(filler)")
        }
    }

    @Test func scriptAndStyleBodiesAreCutAndJSONLDIsKept() throws {
        let page = #"<head><script>var a = "<p>";</script><script type="application/ld+json">{}</script><style>p{}</style></head>"#
        let cut = try #require(proposal(page))
        #expect(String(decoding: cut.bytes, as: UTF8.self) == #"<head><script></script><script type="application/ld+json">{}</script><style></style></head>"#)
        #expect(cut.cuts == [RawTextCut.Cut(tagEnd: 13, tag: .script), RawTextCut.Cut(tagEnd: 75, tag: .style)])
    }

    @Test func commentsSelfClosedTagsAndNULBodiesAreNotCut() {
        #expect(proposal("<!-- <script>var a;</script> --><p>x</p>") == nil)
        #expect(proposal(#"<script src="a.js" /><p>x</p>"#) == nil)
        #expect(proposal("<script>var a = '\u{0}';</script>") == nil)
        #expect(proposal("<script>var a;") == nil)
    }

    /// The quick look reads no other tag's attributes, so a `<script` inside one is
    /// proposed; libxml2 does not open a script there, and the page is read whole.
    @Test func aProposalLibxml2DoesNotConfirmFallsBackToTheWholePage() throws {
        let page = #"<div title="<script>"><p>Kept</p></div></script><p>After</p>"#
        #expect(try #require(proposal(page)).cuts.count == 1)
        let tree = HTMLParser.parse(Array(page.utf8), encoding: "UTF-8", keeping: options, checkedUTF8: true)
        #expect(tree.attribute("title", of: try #require(tree.first(.div))) == "<script>")
        #expect(tree.textContent(of: try #require(tree.first(.p))) == "Kept")
    }

    /// Pages made of random runs of the pieces that trip a quick look (quotes, comments,
    /// self-closed and unclosed tags, end tags in any case) parse the same cut or whole.
    @Test func randomPagesParseToTheSameTreeCutOrWhole() {
        let pieces = [
            "<script>", "<SCRIPT type=\"module\">", "<script type=\"application/ld+json\">", "</script>", "</Script >",
            "<style>", "</style>", "<style/>", "<script src=x />", "<!--", "-->", "<p>", "</p>", "<div title=\"",
            "\">", "'", "\"", "text ", "a < b ", "c > d ", "<b>bold</b>", "<scripts>", "</scriptx>", "<!-- c -->", "=", "</div>", "<li>", "\u{1}", "</p>",
            "<![CDATA[", "]]>", "<?x ?>",
        ]
        var random = SplitMix64(seed: 0xC075)
        for _ in 0..<2_000 {
            let page = (0..<random.next(below: 30)).map { _ in pieces[random.next(below: pieces.count)] }.joined()
            let (cut, whole) = outlines(page)
            #expect(cut == whole, "\(page)")
        }
    }
}

extension RawTextCutTests {
    /// Control bytes are looked for eight at a time: each of the 32 bytes under 0x20
    /// and a few others, at every place in a body of 1 to 20 bytes, is told apart.
    @Test func controlBytesAnywhereInABodyKeepItWhole() {
        for length in 1...20 {
            for place in 0..<length {
                for byte in [UInt8](0..<0x20) + [0x20, 0x7F, 0x80, 0xC3, 0xFF] {
                    var body = [UInt8](repeating: 0x61, count: length)
                    body[place] = byte
                    let page = Array("<script>".utf8) + body + Array("</script>".utf8)
                    let cut = page.withUnsafeBufferPointer { RawTextCut($0, keptScriptTypes: []) }
                    let control = byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D
                    #expect((cut == nil) == control, "byte \(byte) at \(place) of \(length)")
                }
            }
        }
    }
}
