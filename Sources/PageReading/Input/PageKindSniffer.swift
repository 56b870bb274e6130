/// Tells an HTML page from text by its first bytes: markup that opens a document
/// (`<!DOCTYPE html>`, `<html>`, `<head>`, an XML declaration before XHTML…). A wire
/// page or a text dump never starts with a tag.
enum PageKindSniffer {
    static func isHTML(_ bytes: [UInt8]) -> Bool {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return utf16LooksLikeHTML(bytes) }
        while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x09 || bytes[start] == 0x0A || bytes[start] == 0x0D {
            start += 1
        }
        guard start < bytes.count, bytes[start] == UInt8(ascii: "<") else { return false }
        let head = String(decoding: bytes[start..<min(bytes.count, start + 4096)], as: UTF8.self).lowercased()
        return openers.contains { head.contains($0) }
    }

    private static let openers = ["<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<div", "<p>", "<article"]

    private static func utf16LooksLikeHTML(_ bytes: [UInt8]) -> Bool {
        let ascii = bytes.prefix(2048).filter { $0 != 0 && $0 < 0x80 }
        return isHTML(Array(ascii.drop { $0 == 0xFF || $0 == 0xFE }))
    }
}
