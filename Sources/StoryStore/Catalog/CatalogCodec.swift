import StoryKit

/// The binary form of catalog records, shared by the catalog file and its journal.
///
/// A record is `u32 length`, the fields, then `u64 checksum` of the fields, all
/// little-endian. The fields start with a fixed 76-byte block (id, content hash,
/// headline key, day, the time's minute, import time, parser version, the lengths of
/// agency, place and headline, the item count, URL key, the lengths of URL and
/// site, the time's kind, the version group, the count of band keys), then the five
/// strings, then 21 bytes per latest-news item (headline key, minute, URL key, 1 when
/// the page printed the minute), then 4 bytes per band key. The checksum makes a
/// torn append (a crash mid-write) or a damaged block detectable.
enum CatalogCodec {
    static let magic = Array("BYLINE-CATALOG-5\n".utf8)
    /// What every catalog file starts with, whichever format wrote it.
    static let magicPrefix = Array("BYLINE-CATALOG-".utf8)
    static let noDate = Int32.min
    static let fixedLength = 76
    static let itemLength = 21
    static let bandLength = 4

    static func encode(_ record: CatalogRecord, into writer: inout ByteWriter) {
        var fields = ByteWriter()
        fields.put(record.id.value)
        fields.put(record.contentHash)
        fields.put(record.headlineKey)
        fields.put(record.date.map { Int32($0.dayNumber) } ?? noDate)
        fields.put(record.sortMinute)
        fields.put(record.importedAt)
        fields.put(record.parserVersion)
        let agency = Array(record.agency.utf8.prefix(Int(UInt16.max)))
        let place = Array(record.place.utf8.prefix(Int(UInt16.max)))
        let headline = Array(record.headline.utf8.prefix(Int(UInt16.max)))
        let url = Array(record.url.utf8.prefix(Int(UInt16.max)))
        let site = Array(record.site.utf8.prefix(Int(UInt16.max)))
        fields.put(UInt16(agency.count))
        fields.put(UInt16(place.count))
        fields.put(UInt16(headline.count))
        fields.put(UInt16(record.latest.count))
        fields.put(record.urlKey)
        fields.put(UInt16(url.count))
        fields.put(UInt16(site.count))
        fields.put(record.timeKind.rawValue)
        fields.put(record.versionGroup)
        let bands = record.bandKeys.prefix(Int(UInt8.max))
        fields.put(UInt8(bands.count))
        fields.put(agency)
        fields.put(place)
        fields.put(headline)
        fields.put(url)
        fields.put(site)
        for item in record.latest {
            fields.put(item.headlineKey)
            fields.put(Int32(clamping: item.minute))
            fields.put(item.urlKey)
            fields.put(UInt8(item.timed ? 1 : 0))
        }
        for band in bands { fields.put(band) }
        writer.put(UInt32(fields.bytes.count))
        writer.put(fields.bytes)
        writer.put(StableHasher.hash(fields.bytes))
    }

    static func encode(_ records: some Sequence<CatalogRecord>) -> [UInt8] {
        var writer = ByteWriter()
        for record in records { encode(record, into: &writer) }
        return writer.bytes
    }
}
