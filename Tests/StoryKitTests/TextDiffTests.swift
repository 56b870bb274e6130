import Testing

@Suite struct TextDiffTests {
    @Test func equalTextsHaveNoDiff() {
        #expect(TextDiff.lines(expected: "a\nb\nc", actual: "a\nb\nc") == "")
    }

    @Test func aChangedLineShowsWithItsContext() {
        let expected = "1\n2\n3\n4\n5\n6\n7"
        let actual = "1\n2\n3\nfour\n5\n6\n7"
        #expect(TextDiff.lines(expected: expected, actual: actual) == "@@\n  2\n  3\n- 4\n+ four\n  5\n  6")
    }

    @Test func distantChangesAreSeparated() {
        let expected = "a\n1\n2\n3\n4\n5\n6\nz"
        let actual = "A\n1\n2\n3\n4\n5\n6\nZ"
        #expect(TextDiff.lines(expected: expected, actual: actual, context: 1) == "- a\n+ A\n  1\n@@\n  6\n- z\n+ Z")
    }

    @Test func insertedAndRemovedLines() {
        #expect(TextDiff.lines(expected: "a\nb\nc", actual: "a\nc\nd") == "  a\n- b\n  c\n+ d")
    }
}
