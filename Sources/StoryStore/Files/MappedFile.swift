#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A whole file mapped read-only into memory; unmapped when the last reference goes.
///
/// The catalog file is only ever replaced by rename, never written in place, so a
/// mapping stays valid and unchanged for as long as it is held.
final class MappedFile: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
    /// The mapped file's identity, from the descriptor that was mapped.
    let stamp: FileStamp

    /// With `populate`, every page is read in at once (for a walk over the whole file);
    /// without, pages come in as they are touched (for reading a few records of it).
    init?(path: String, populate: Bool = true) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        let size = Int(info.st_size)
        stamp = FileStamp(info)
        guard size > 0 else {
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            return
        }
        let address = mmap(nil, size, PROT_READ, MAP_PRIVATE | (populate ? MAP_POPULATE : 0), descriptor, 0)
        guard let address, address != MAP_FAILED else { return nil }
        bytes = UnsafeRawBufferPointer(start: address, count: size)
    }

    /// Lets go of the pages of the file this process has read. They stay in the page cache
    /// and come back, without a read from disk, when touched again: an import that looks up
    /// a few records of the catalog file for each batch would otherwise hold, by its end,
    /// nearly every page of it in its resident set (280 MB with a million stories).
    func releaseResidentPages() {
        if let base = bytes.baseAddress { _ = madvise(UnsafeMutableRawPointer(mutating: base), bytes.count, MADV_DONTNEED) }
    }

    deinit {
        if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
    }
}
