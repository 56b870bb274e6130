import CZstd
import Synchronization

/// zstd's compression and decompression contexts, kept for reuse by any thread: making
/// a context costs more than compressing a story file with it, and an import or an index
/// build handles hundreds of thousands of files on every core.
final class ZstdContexts: Sendable {
    private let level: Int32
    // The pointers are only handed to one thread at a time: taken out of the list to
    // use, put back after.
    private let compressing = Mutex<[UInt]>([])
    private let decompressing = Mutex<[UInt]>([])

    init(level: Int32) {
        self.level = level
    }

    deinit {
        for address in compressing.withLock({ $0 }) { ZSTD_freeCCtx(OpaquePointer(bitPattern: address)) }
        for address in decompressing.withLock({ $0 }) { ZSTD_freeDCtx(OpaquePointer(bitPattern: address)) }
    }

    func withCompression<T>(_ body: (OpaquePointer) -> T) -> T {
        let context = take(from: compressing) {
            let made = ZSTD_createCCtx()!
            ZSTD_CCtx_setParameter(made, ZSTD_c_compressionLevel, level)
            ZSTD_CCtx_setParameter(made, ZSTD_c_checksumFlag, 1)
            return made
        }
        defer { give(context, to: compressing) }
        return body(context)
    }

    func withDecompression<T>(_ body: (OpaquePointer) -> T) -> T {
        let context = take(from: decompressing) { ZSTD_createDCtx()! }
        defer { give(context, to: decompressing) }
        return body(context)
    }

    private func take(from pool: borrowing Mutex<[UInt]>, orMake make: () -> OpaquePointer) -> OpaquePointer {
        let kept = pool.withLock { $0.popLast() }
        return kept.flatMap { OpaquePointer(bitPattern: $0) } ?? make()
    }

    private func give(_ context: OpaquePointer, to pool: borrowing Mutex<[UInt]>) {
        let address = UInt(bitPattern: Int(bitPattern: UnsafeRawPointer(context)))
        pool.withLock { $0.append(address) }
    }
}
