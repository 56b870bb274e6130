import StoryKit

extension CatalogLookup {
    /// Gathers a lookup record by record, as a catalog file is read or written: writing
    /// the catalog of a million stories then needs neither the whole file in memory nor a
    /// second walk over it.
    struct Builder {
        private var rows: [(id: UInt64, offset: UInt64)] = []
        private var members: [(group: UInt64, id: UInt64)] = []
        private var stamps = StampSum()
        private var previous: CatalogEntry?
        /// Whether every record so far followed the one before in the list's order.
        private var ordered = true

        init(expectedRecords: Int = 0) {
            rows.reserveCapacity(expectedRecords)
        }

        /// Files the record of `entry`, which starts at `offset` in the catalog file.
        mutating func add(_ entry: CatalogEntry, at offset: Int) {
            if let previous, !CatalogListing.isNewer(previous, than: entry) { ordered = false }
            guard ordered else { return }
            rows.append((entry.id.value, UInt64(offset)))
            if entry.versionGroup != 0 { members.append((entry.versionGroup, entry.id.value)) }
            stamps.add(id: entry.id, stamp: entry.versionStamp)
            previous = entry
        }

        /// The lookup's bytes, naming the catalog file stamped `stamp`; nil when a record did
        /// not follow the one before in the list's newest-first order, or an id came twice
        /// (files Byline did not write: no lookup describes them, and for an id twice the
        /// walk keeps one record, the front two).
        func encoded(describing stamp: FileStamp) -> [UInt8]? {
            guard ordered else { return nil }
            let rows = rows.sorted { $0.id < $1.id }
            for index in rows.indices.dropFirst() where rows[index].id == rows[index - 1].id { return nil }
            let members = members.sorted { $0.group != $1.group ? $0.group < $1.group : $0.id < $1.id }
            var idTable = ByteWriter()
            idTable.bytes.reserveCapacity(rows.count * rowLength)
            for row in rows {
                idTable.put(row.id)
                idTable.put(row.offset)
            }
            var groupTable = ByteWriter(), memberTable = ByteWriter()
            var groups = 0
            var index = 0
            while index < members.count {
                var end = index + 1
                while end < members.count && members[end].group == members[index].group { end += 1 }
                groupTable.put(members[index].group)
                groupTable.put(UInt32(index))
                groupTable.put(UInt32(end - index))
                groups += 1
                index = end
            }
            for member in members { memberTable.put(member.id) }
            var header = ByteWriter()
            for word in [stamp.inode, UInt64(bitPattern: stamp.size), UInt64(bitPattern: stamp.changed)] { header.put(word) }
            for count in [rows.count, groups, members.count] { header.put(UInt64(count)) }
            header.put(stamps.sum)
            // Hashed as loading reads it: the header's words, then the two tables as one run.
            let tables = groupTable.bytes + memberTable.bytes
            var hasher = StableHasher()
            hasher.combine(header.bytes)
            hasher.combine(tables)
            header.put(hasher.finalize())
            return magic + header.bytes + idTable.bytes + tables
        }
    }
}
