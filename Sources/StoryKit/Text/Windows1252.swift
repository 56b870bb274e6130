/// The Windows-1252 meaning of a byte, or nil for its five undefined bytes.
func windows1252Scalar(_ byte: UInt8) -> UInt32? {
    guard (0x80...0x9F).contains(byte) else { return UInt32(byte) }
    let scalar = windows1252HighControls[Int(byte - 0x80)]
    return scalar == 0 ? nil : scalar
}

/// Windows-1252's printable characters at 0x80–0x9F, where Latin-1 has controls (0 = undefined).
let windows1252HighControls: [UInt32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
]
