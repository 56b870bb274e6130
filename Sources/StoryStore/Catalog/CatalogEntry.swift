import StoryKit

/// One story in the in-memory catalog: the fixed fields the headline list sorts
/// and filters on, and where its strings and links sit in the catalog's bytes.
public struct CatalogEntry: Sendable {
    public let id: StoryID
    public let contentHash: UInt64
    public let headlineKey: UInt64
    public let sortMinute: Int64
    public let timeKind: StoryTime.Kind
    public let parserVersion: UInt16
    let day: Int32
    /// Offset of the record's fields in the mapped catalog file, or in `Catalog.storage`.
    private(set) var fieldsStart: Int32
    private(set) var inMappedFile: Bool
    let agencyLength: UInt16
    let placeLength: UInt16
    let headlineLength: UInt16
    public let linkCount: UInt16
    /// The story's URL key (0: none), for links that name it by address.
    public let urlKey: UInt64
    let urlLength: UInt16
    let siteLength: UInt16
    /// The key the story's versions share (0: it has none stored), and how many band
    /// keys of its text fingerprint the record holds.
    public let versionGroup: UInt64
    let bandCount: UInt8

    public var time: StoryTime { StoryTime(minute: sortMinute, kind: timeKind) }

    /// What changes with the version of the story the search index must hold: the content
    /// hash with the story's text, the parser version with what the parser makes of the same
    /// page (a `reparse`), the minute when another page's list tells the story's time (the
    /// index orders documents by it). Summed over the catalog (`StampSum`), it tells whether
    /// an index is current.
    public var versionStamp: UInt64 {
        contentHash ^ (UInt64(parserVersion) &* 0x9E37_79B9_7F4A_7C15) ^ (UInt64(bitPattern: sortMinute) &* 0xC2B2_AE3D_27D4_EB4F)
    }

    /// Reads the record from now on at `fieldsStart` in the mapped catalog file (one just
    /// written from the catalog this entry is in).
    mutating func move(toMappedFileAt fieldsStart: Int32) {
        self.fieldsStart = fieldsStart
        inMappedFile = true
    }

    public var date: CalendarDate? { day == CatalogCodec.noDate ? nil : CalendarDate(dayNumber: Int(day)) }

    // Where each variable field starts in the record's bytes: agency, place, headline, links.
    var agencyStart: Int { Int(fieldsStart) + CatalogCodec.fixedLength }
    var placeStart: Int { agencyStart + Int(agencyLength) }
    var headlineStart: Int { placeStart + Int(placeLength) }
    var urlStart: Int { headlineStart + Int(headlineLength) }
    var siteStart: Int { urlStart + Int(urlLength) }
    var linksStart: Int { siteStart + Int(siteLength) }
    var bandsStart: Int { linksStart + Int(linkCount) * CatalogCodec.itemLength }
}
