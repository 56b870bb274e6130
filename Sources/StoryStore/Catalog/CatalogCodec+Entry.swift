import StoryKit

extension CatalogCodec {
    /// The entry for the record at `offset`, and where the next record starts; nil when
    /// the bytes there are not a whole, consistent record.
    static func entry(in raw: UnsafeRawBufferPointer, at offset: Int, verifyChecksum: Bool, mappedFile: Bool = false) -> (CatalogEntry, Int)? {
        guard raw.count - offset >= 4 else { return nil }
        let length = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
        let fields = offset + 4
        let end = fields + length + 8
        guard length >= fixedLength, end <= raw.count, fields + length <= Int(Int32.max) else { return nil }
        func load<T: FixedWidthInteger>(_ at: Int, _: T.Type) -> T { T(littleEndian: raw.loadUnaligned(fromByteOffset: fields + at, as: T.self)) }
        let agencyLength = load(46, UInt16.self), placeLength = load(48, UInt16.self)
        let headlineLength = load(50, UInt16.self), itemCount = load(52, UInt16.self)
        let urlKey = load(54, UInt64.self), urlLength = load(62, UInt16.self), siteLength = load(64, UInt16.self)
        guard let timeKind = StoryTime.Kind(rawValue: raw[fields + 66]) else { return nil }
        let versionGroup = load(67, UInt64.self), bandCount = raw[fields + 75]
        let strings = Int(agencyLength) + Int(placeLength) + Int(headlineLength) + Int(urlLength) + Int(siteLength)
        guard fixedLength + strings + Int(itemCount) * itemLength + Int(bandCount) * bandLength == length else { return nil }
        if verifyChecksum {
            var hasher = StableHasher()
            hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: raw[fields..<(fields + length)]))
            guard UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: fields + length, as: UInt64.self)) == hasher.finalize() else { return nil }
        }
        let entry = CatalogEntry(
            id: StoryID(value: load(0, UInt64.self)), contentHash: load(8, UInt64.self), headlineKey: load(16, UInt64.self),
            sortMinute: load(28, Int64.self), timeKind: timeKind, parserVersion: load(44, UInt16.self), day: load(24, Int32.self),
            fieldsStart: Int32(fields), inMappedFile: mappedFile, agencyLength: agencyLength, placeLength: placeLength,
            headlineLength: headlineLength, linkCount: itemCount, urlKey: urlKey, urlLength: urlLength, siteLength: siteLength,
            versionGroup: versionGroup, bandCount: bandCount
        )
        return (entry, end)
    }

    /// Whether every record in the bytes has a matching checksum (for `byline check`).
    static func verify(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                guard let (_, next) = entry(in: raw, at: offset, verifyChecksum: true) else { return false }
                offset = next
            }
            return true
        }
    }
}
