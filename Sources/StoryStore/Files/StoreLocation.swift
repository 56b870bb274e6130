import StoryKit

/// Finds the store folder the way the README documents: `--store`, then
/// `BYLINE_STORE`, then the configuration's `store`, then `$XDG_DATA_HOME/byline`,
/// then `~/.local/share/byline`.
public enum StoreLocation {
    public static func resolve(option: String?, environment: [String: String], configured: String? = nil) -> String {
        if let option, !option.isEmpty { return option }
        if let store = environment["BYLINE_STORE"], !store.isEmpty { return store }
        if let configured, !configured.isEmpty { return configured }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/byline" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        return home + "/.local/share/byline"
    }
}
