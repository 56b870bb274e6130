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
        guard start < bytes.count else { return false }
        if bytes[start] == UInt8(ascii: "<") {
            let window = Array(bytes[start..<min(bytes.count, start + 4096)])
            return openers.contains { window.containsCaseless($0, within: window.count) }
        }
        // A few stray bytes before the document (a lost byte-order mark, a `?`) still
        // leave an HTML page; prose never names these tags so near its start.
        let window = Array(bytes[start..<min(bytes.count, start + 256)])
        return documentOpeners.contains { window.containsCaseless($0, within: window.count) }
    }

    private static let openers = [
        "<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<div", "<p>", "<p ", "<article", "<script",
        "<style", "<link", "<table", "<center", "<font", "<form", "<span", "<a href", "<img", "<br", "<iframe",
        "<section", "<header", "<main", "<noscript", "<base", "<h1", "<h2",
    ]

    private static let documentOpeners = ["<!doctype html", "<html", "<head>", "<title>"]

    private static func utf16LooksLikeHTML(_ bytes: [UInt8]) -> Bool {
        let ascii = bytes.prefix(2048).filter { $0 != 0 && $0 < 0x80 }
        return isHTML(Array(ascii.drop { $0 == 0xFF || $0 == 0xFE }))
    }
}
