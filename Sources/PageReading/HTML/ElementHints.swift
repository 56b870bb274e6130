import HTMLTree

/// What an element's `class`, `id`, `role` and `itemprop` say it holds.
///
/// Sites name their boxes after what is in them (`share-bar`, `related-articles`,
/// `article__body`), whatever CMS made them, so these words are strong evidence that
/// a block is boilerplate or article; scoring still decides, the words only weigh in.
enum ElementHint: Equatable {
    /// Named for something that is never article text (menus, share bars, comments…):
    /// left out with everything in it, unless it holds most of the page's text.
    case boilerplate
    /// Leans away from the article (metadata, media, tools): kept, but weighs against.
    case negative
    /// Named for the article itself (`article-body`, `story`, `itemprop=articleBody`).
    case positive
    /// `itemprop="articleBody"` or `role="main"`-like certainty.
    case articleBody
    case neutral

    /// What `itemprop`, `role` and `aria-hidden` say, which outranks any class name.
    static func structural(_ tree: HTMLTree, _ index: Int) -> ElementHint? {
        let node = tree[index]
        // One pass over the element's attributes (most have one or two) instead of a
        // look-up for each name.
        var itemprop: String?
        var role: String?
        var ariaHidden: String?
        for attribute in tree.attributes(of: index) {
            switch attribute.name {
            case "itemprop": itemprop = tree.value(of: attribute)
            case "role": role = tree.value(of: attribute)
            case "aria-hidden": ariaHidden = tree.value(of: attribute)
            default: break
            }
        }
        if let itemprop = itemprop?.lowercased(), itemprop.includes("articlebody") {
            return .articleBody
        }
        if let role = role?.lowercased() {
            switch role {
            case "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "menu", "menubar",
                "search", "toolbar", "tablist":
                return .boilerplate
            case "main", "article":
                return .positive
            default: break
            }
        }
        if ariaHidden == "true" && node.tag != .body && node.tag != .html { return .boilerplate }
        return nil
    }

    /// The hint a lower-case class-and-id string gives. Pages repeat the same few
    /// class names hundreds of times, so callers remember the answers; the look-up
    /// itself works on the string's bytes, without building a string per word.
    static func of(names: String) -> ElementHint {
        var names = names
        return names.withUTF8 { bytes in
            var found = NameWord.Kinds()
            var start = 0
            for index in 0...bytes.count where index == bytes.count || NameWord.isSeparator(bytes[index]) {
                if index > start, let word = PackedName(bytes[start..<index]), let kinds = Self.wordKinds[word] {
                    found.formUnion(kinds)
                }
                start = index + 1
            }
            if !found.contains(.boilerplate) { found.formUnion(Self.partKinds(in: bytes)) }
            // "article-related" and "story-comments" are still boilerplate; "main-content-sidebar" too.
            if found.contains(.boilerplate) { return .boilerplate }
            if found.contains(.article) { return .positive }
            if found.contains(.negative) { return .negative }
            return .neutral
        }
    }

    /// What the parts of names found anywhere in `bytes` say (boilerplate first: it wins).
    private static func partKinds(in bytes: UnsafeBufferPointer<UInt8>) -> NameWord.Kinds {
        var found = NameWord.Kinds()
        guard bytes.count >= 2 else { return found }
        for start in 0..<(bytes.count - 1) {
            // Every listed part is two bytes or longer: most places start no part's first
            // two bytes, which one bit tells.
            let pair = Int(bytes[start]) | Int(bytes[start + 1]) << 8
            guard Self.partOpenings[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { continue }
            for (part, kind) in Self.partsByFirstByte[Int(bytes[start])] where part.count <= bytes.count - start {
                var offset = 1
                while offset < part.count, bytes[start + offset] == part[offset] { offset += 1 }
                guard offset == part.count else { continue }
                if kind == .boilerplate { return .boilerplate }
                found.insert(kind)
            }
        }
        return found
    }

    /// Whether an element's class or id names comments, which never hold the article.
    static func namesComments(_ tree: HTMLTree, _ index: Int) -> Bool {
        let names = ((tree.attribute("class", of: index) ?? "") + " " + (tree.attribute("id", of: index) ?? "")).lowercased()
        return ["comment", "disqus", "replies", "respond"].contains { names.includes($0) }
    }

    /// The hint of an element whose class says one thing and id another: boilerplate
    /// wins over the article, which wins over a lean.
    func combined(with other: ElementHint) -> ElementHint {
        func rank(_ hint: ElementHint) -> Int {
            switch hint {
            case .boilerplate: 4
            case .articleBody: 3
            case .positive: 2
            case .negative: 1
            case .neutral: 0
            }
        }
        return rank(other) > rank(self) ? other : self
    }

    /// Whole words that name article text.
    private static let articleWords: [String] = [
        "article", "articles", "story", "stories", "entry", "post", "content", "body", "text", "main", "blog",
        "hentry", "news", "artikel", "nota", "noticia", "cuerpo", "texto", "contenido", "inhalt",
    ]

    /// Whole words that name what is never article text.
    private static let boilerplateWords: [String] = [
        "comment", "comments", "disqus", "footer", "foot", "sidebar", "social", "share", "sharing", "shares",
        "sponsor", "sponsored", "promo", "promotion", "related", "recommended", "recommendations", "newsletter",
        "subscribe", "subscription", "signup", "breadcrumb", "breadcrumbs", "menu", "nav", "navbar", "navigation",
        "masthead", "cookie", "cookies", "consent", "gdpr", "popup", "modal", "overlay", "outbrain", "taboola",
        "pagination", "pager", "tags", "toolbar", "widget", "widgets", "skyscraper", "ad", "ads", "advert",
        "advertisement", "advertising", "adslot", "adunit", "rss", "trending", "popular", "mostread",
        "banner", "login", "signin", "sr", "offscreen", "dropdown", "megamenu",
        "carousel", "ticker", "rail", "aside", "follow", "bio", "onward", "recirc", "recirculation", "byline",
        "timestamp", "caption", "credit", "credits", "gallery",
    ]

    /// Parts of names that give the article away even inside longer words.
    private static let articleParts = ["articlebody", "storybody", "entry-content", "post-content"]

    /// Parts of names that give boilerplate away even inside longer words.
    private static let boilerplateParts = [
        "visually-hidden", "screen-reader", "sr-only", "most-popular", "more-stories", "read-more", "readmore",
        "also-read", "read-also", "author-info", "about-author", "author-box", "newsletter", "comment",
        "advert", "sharebar", "share-bar", "social", "cookie", "related", "recommend", "sidebar", "subscribe",
    ]

    /// Words that lean against a block without ruling it out.
    private static let negativeWords: [String] = [
        "meta", "media", "tool", "tools", "info", "date", "time", "author", "source", "figure", "photo", "image",
        "video", "header", "head", "title", "links", "list", "more", "extra", "contact", "teaser", "teasers",
    ]

    /// Every listed word with what it names, keyed by its packed bytes.
    private static let wordKinds = PackedNameTable<NameWord.Kinds>(
        [(articleWords, NameWord.Kinds.article), (boilerplateWords, .boilerplate), (negativeWords, .negative)].flatMap { words, kind in
            words.map { (PackedName($0)!, kind) }
        },
        merging: { $0.union($1) }
    )

    /// The listed parts of names, bucketed by their first byte.
    /// The first two bytes of every listed part, as bits of a 65,536-bit set (the first
    /// byte low, the second high).
    private static let partOpenings: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 1024)
        for part in articleParts + boilerplateParts {
            let bytes = Array(part.utf8)
            let pair = Int(bytes[0]) | Int(bytes[1]) << 8
            bits[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        return bits
    }()

    private static let partsByFirstByte: [[(part: [UInt8], kind: NameWord.Kinds)]] = {
        var buckets = [[(part: [UInt8], kind: NameWord.Kinds)]](repeating: [], count: 256)
        for (parts, kind) in [(articleParts, NameWord.Kinds.article), (boilerplateParts, .boilerplate)] {
            for part in parts { buckets[Int(part.utf8.first!)].append((Array(part.utf8), kind)) }
        }
        return buckets
    }()
}
