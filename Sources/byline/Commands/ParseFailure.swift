import ArgumentParser
import PageReading
import StoryKit

/// A file that gave no page, for either reason.
struct ParseFailure: Error {
    let reason: String

    static func parse(_ file: String) throws(ParseFailure) -> ParsedPage {
        let bytes: [UInt8]
        do { bytes = try PageFile.read(file, limit: PageFile.sizeLimit) } catch { throw ParseFailure(reason: error.reason) }
        do { return try PageReader.read(bytes) } catch { throw ParseFailure(reason: error.description) }
    }
}
