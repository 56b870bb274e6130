import StoryKit

/// This machine's fold of every state log up to some point (`local/MACHINE/state`), so
/// that start-up reads only what the logs gained since, not years of events.
///
/// The logs stay the source of truth and each is only ever appended to, so the
/// checkpoint names, per log, how many bytes and lines it folded and a hash of the last
/// bytes before that point. A log that is still that long with those bytes there has
/// only gained lines; a log that shrank, changed or went (a log restored from a backup,
/// a syncer's conflict) makes the checkpoint useless, and every log is folded again.
/// Being derived and machine-local, it is written without the lock and without a flush:
/// a lost or stale checkpoint costs time, never state.
struct StateCheckpoint {
    struct LogMark: Equatable {
        var name: String
        var length: Int
        var lines: Int32
        var tailHash: UInt64
    }

    /// The logs folded, in name order (the order their keys number them in).
    var logs: [LogMark]
    var fold: StateFold

    private static let magic = Array("BYLINE-STATE-1\n".utf8)
    /// How far back from a log's folded length the hash looks.
    static let tailLength = 4096

    /// The hash of the `tailLength` bytes before `length` in a log whose bytes from
    /// `length - tailLength` (or 0) on are `tail`.
    static func tailHash(_ tail: ArraySlice<UInt8>) -> UInt64 {
        StableHasher.hash(Array(tail))
    }

    func encoded() -> [UInt8] {
        var writer = ByteWriter()
        writer.put(Self.magic)
        writer.put(UInt32(logs.count))
        for log in logs {
            let name = Array(log.name.utf8.prefix(Int(UInt16.max)))
            writer.put(UInt16(name.count))
            writer.put(name)
            writer.put(UInt64(log.length))
            writer.put(log.lines)
            writer.put(log.tailHash)
        }
        fold.encode(into: &writer)
        writer.put(StableHasher.hash(writer.bytes))
        return writer.bytes
    }

    /// The checkpoint at `path`, its keys renumbered for the logs there are now (`names`,
    /// sorted); nil when it is missing, damaged, or names a log that is gone.
    static func load(_ path: String, logsNow names: [String]) -> StateCheckpoint? {
        guard let bytes = try? FileSystem.readFile(path), bytes.count >= magic.count + 12, bytes.starts(with: magic) else { return nil }
        // Read in place: the checkpoint of 100,000 stories is 6 MB, read at every start.
        return bytes.withUnsafeBytes { whole -> StateCheckpoint? in
            let raw = UnsafeRawBufferPointer(rebasing: whole[..<(whole.count - 8)])
            var hasher = StableHasher()
            hasher.combine(bytes: raw)
            guard hasher.finalize() == UInt64(littleEndian: whole.loadUnaligned(fromByteOffset: raw.count, as: UInt64.self)) else { return nil }
            var reader = ByteReader(raw, offset: magic.count)
            guard let count = reader.read(UInt32.self) else { return nil }
            var logs: [LogMark] = []
            var machines: [Int32] = []
            for _ in 0..<count {
                guard let nameLength = reader.read(UInt16.self), reader.remaining >= Int(nameLength) else { return nil }
                let name = String(decoding: raw[reader.offset..<(reader.offset + Int(nameLength))], as: UTF8.self)
                _ = reader.skip(Int(nameLength))
                guard let length = reader.read(UInt64.self), let lines = reader.read(Int32.self), let hash = reader.read(UInt64.self),
                    let now = names.firstIndex(of: name)
                else { return nil }
                logs.append(LogMark(name: name, length: Int(length), lines: lines, tailHash: hash))
                machines.append(Int32(now))
            }
            guard let fold = StateFold.decode(&reader, machines: machines), reader.remaining == 0 else { return nil }
            return StateCheckpoint(logs: logs, fold: fold)
        }
    }
}
