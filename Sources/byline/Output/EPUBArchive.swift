import Foundation
import ZIPFoundation

/// Writes an EPUB book's files into its ZIP container: `mimetype` first and stored, as
/// the format requires, then the rest compressed; written beside the target and renamed
/// into place, so a failed export never leaves half a book.
enum EPUBArchive {
    static func write(_ book: EPUBBook, to path: String) throws {
        let target = URL(fileURLWithPath: path)
        let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(getpid()).tmp")
        try? FileManager.default.removeItem(at: temporary)
        do {
            let archive = try Archive(url: temporary, accessMode: .create)
            try add("mimetype", Data("application/epub+zip".utf8), compressed: false, to: archive)
            for file in book.files() { try add(file.path, Data(file.text.utf8), compressed: true, to: archive) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        if rename(temporary.path, path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: reason])
        }
    }

    private static func add(_ path: String, _ data: Data, compressed: Bool, to archive: Archive) throws {
        try archive.addEntry(
            with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: compressed ? .deflate : .none
        ) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }
}
