import TerminalKit
import Testing

/// The characters a terminal sends for keys, without a terminal.
@Suite struct KeyDecoderTests {
    @Test(arguments: [
        (UInt32(9), Key.tab), (10, .enter), (13, .enter), (27, .escape), (127, .backspace), (8, .backspace),
        (4, .control("d")), (21, .control("u")), (0x6A, .character("j")), (0x20, .character(" ")), (0x6771, .character("東")),
    ])
    func aCharacterIsTheKeyItMeans(value: UInt32, key: Key) {
        #expect(KeyDecoder.key(forCharacter: value) == key)
    }

    @Test func keyNamesReadBackAsTheirKeys() {
        for key: Key in [.character("s"), .character(" "), .control("d"), .up, .pageDown, .home, .enter, .tab, .backTab, .escape, .function(1)] {
            #expect(KeyName.key(KeyName.name(key)) == key || KeyName.name(key).count == 1, "\(KeyName.name(key)) does not read back")
        }
        #expect(KeyName.key("Ctrl-X") == .control("x"))
        #expect(KeyName.key("nonsense") == nil)
    }
}
