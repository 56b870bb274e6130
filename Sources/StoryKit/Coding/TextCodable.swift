/// Values stored in JSON as their text form (`2026-03-03`, `2026-03-03T23:42`, an id).
public protocol TextCodable: Codable, CustomStringConvertible {
    init?(text: String)
}

extension TextCodable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Self(text: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a valid \(Self.self): \(text)")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
