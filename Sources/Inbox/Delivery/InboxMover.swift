import Foundation

/// Moves a stored page out of the inbox, with the `NAME_files` folder a browser's
/// "Web page, complete" saves beside it; a name already taken there gets " (2)", " (3)"….
enum InboxMover {
    static func move(_ file: String, into folder: String) throws(InboxError) -> String {
        let files = FileManager.default
        do {
            try files.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let name = (file as NSString).lastPathComponent
            let target = freeName(for: name, in: folder)
            try files.moveItem(atPath: file, toPath: target)
            let companion = ((file as NSString).deletingPathExtension) + "_files"
            var isFolder: ObjCBool = false
            if files.fileExists(atPath: companion, isDirectory: &isFolder), isFolder.boolValue {
                let targetCompanion = ((target as NSString).deletingPathExtension) + "_files"
                if !files.fileExists(atPath: targetCompanion) { try? files.moveItem(atPath: companion, toPath: targetCompanion) }
            }
            return target
        } catch {
            throw InboxError("stored, but not moved into \(folder): \((error as NSError).localizedDescription)")
        }
    }

    /// `folder/name`, or `folder/stem (N).ext` with the first N not taken.
    static func freeName(for name: String, in folder: String) -> String {
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        guard FileManager.default.fileExists(atPath: base + name) else { return base + name }
        let stem = (name as NSString).deletingPathExtension
        let suffix = (name as NSString).pathExtension
        var number = 2
        while true {
            let candidate = base + stem + " (\(number))" + (suffix.isEmpty ? "" : "." + suffix)
            if !FileManager.default.fileExists(atPath: candidate) { return candidate }
            number += 1
        }
    }
}
