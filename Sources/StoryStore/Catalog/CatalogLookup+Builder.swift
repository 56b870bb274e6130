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

        init(expectedRecords: Int = 0) {
            rows.reserveCapacity(expectedRecords)
        }

        /// Files the record of `entry`, which starts at `offset` in the catalog file. False
        /// when it does not follow the one before in the list's newest-first order: no
        /// lookup describes such a file.
        mutating func add(_ entry: CatalogEntry, at offset: Int) -> Bool {
            if let previous, !CatalogListing.isNewer(previous, than: entry) { return false }
            rows.append((entry.id.value, UInt64(offset)))
            if entry.versionGroup != 0 { members.append((entry.versionGroup, entry.id.value)) }
            stamps.add(id: entry.id, stamp: entry.versionStamp)
            previous = entry
            return true
        }

        /// The lookup's bytes, naming the catalog file stamped `stamp`; nil when an id came
        /// twice (a file Byline did not write: the walk keeps one record, the front two).
        func encoded(describing stamp: FileStamp) -> [UInt8]? {
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
