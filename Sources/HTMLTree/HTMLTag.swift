/// The elements the article reader tells apart. Every other element is `.other` and
/// keeps its name in the node, so nothing a page contains is lost, but the hot paths
/// compare one byte instead of a string.
public enum HTMLTag: UInt8, Sendable, CaseIterable {
    case text, other
    case html, head, body, title, meta, link, base, script, style, noscript, template
    case a, abbr, address, article, aside, audio, b, big, blockquote, br, button, canvas, caption, center, cite
    case code, dd, del, details, dialog, div, dl, dt, em, embed, fieldset, figcaption, figure, font, footer, form
    case h1, h2, h3, h4, h5, h6, header, hgroup, hr, i, iframe, img, input, ins, kbd, label, legend, li
    case main, map, mark, menu, nav, object, ol, option, p, picture, pre, q, s, samp, section, select, small
    case source, span, strike, strong, sub, summary, sup, svg, table, tbody, td, textarea, tfoot, th, thead
    case time, tr, tt, u, ul, `var`, video, wbr, math

    private static let byName: [String: HTMLTag] = Dictionary(
        uniqueKeysWithValues: allCases.filter { $0 != .text && $0 != .other }.map { ("\($0)", $0) }
    )

    /// Each tag's element name, by raw value: the tree stores these for the tags it
    /// knows instead of making a string from the parser's bytes for every element.
    static let names: [String] = allCases.map { $0 == .text || $0 == .other ? "" : "\($0)" }

    private static let byPackedName = PackedNameTable<HTMLTag>(byName.compactMap { name, tag in PackedName(name).map { ($0, tag) } })

    /// The tag for a lower-case element name.
    public init(name: String) {
        self = Self.byName[name] ?? .other
    }

    /// The tag for a lower-case NUL-terminated name, as the parser hands it over.
    init(cName: UnsafePointer<UInt8>) {
        if let packed = PackedName(cName) {
            self = Self.byPackedName[packed] ?? .other
        } else {
            self = Self.byName[String(cString: cName)] ?? .other
        }
    }

    /// Headings `h1`…`h6`, by level.
    public var headingLevel: Int? {
        switch self {
        case .h1: 1
        case .h2: 2
        case .h3: 3
        case .h4: 4
        case .h5: 5
        case .h6: 6
        default: nil
        }
    }

    /// Elements that start a new block of text when they begin and end; everything
    /// else flows inline with the text around it.
    public var isBlock: Bool {
        switch self {
        case .address, .article, .aside, .blockquote, .body, .caption, .center, .dd, .details, .dialog, .div, .dl,
            .dt, .fieldset, .figcaption, .figure, .footer, .form, .h1, .h2, .h3, .h4, .h5, .h6, .header, .hgroup,
            .hr, .html, .legend, .li, .main, .menu, .nav, .ol, .p, .pre, .section, .summary, .table, .tbody, .td,
            .tfoot, .th, .thead, .tr, .ul, .br, .title, .option, .select, .textarea, .iframe, .video, .audio,
            .picture, .canvas, .svg, .math, .object, .embed, .noscript, .template, .script, .style:
            true
        default:
            false
        }
    }
}
