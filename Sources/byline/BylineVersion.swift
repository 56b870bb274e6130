import ArgumentParser

enum BylineVersion {
    static let current = "0.1.0"
}
