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
        if let itemprop = tree.attribute("itemprop", of: index)?.lowercased(), itemprop.contains("articlebody") {
            return .articleBody
        }
        if let role = tree.attribute("role", of: index)?.lowercased() {
            switch role {
            case "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "menu", "menubar",
                "search", "toolbar", "tablist":
                return .boilerplate
            case "main", "article":
                return .positive
            default: break
            }
        }
        if tree.attribute("aria-hidden", of: index) == "true" && node.tag != .body && node.tag != .html { return .boilerplate }
        return nil
    }

    /// The hint a lower-case class-and-id string gives. Pages repeat the same few
    /// class names hundreds of times, so callers remember the answers.
    static func of(names: String) -> ElementHint {
        let words = Self.words(names)
        let bytes = Array(names.utf8)
        func has(_ part: [UInt8]) -> Bool { bytes.firstRange(of: part, from: 0) != nil }
        let isArticle = words.contains { Self.articleWords.contains($0) } || Self.articleParts.contains(where: has)
        if words.contains(where: { Self.boilerplateWords.contains($0) }) || Self.boilerplateParts.contains(where: has) {
            // "article-related" and "story-comments" are still boilerplate; "main-content-sidebar" too.
            return .boilerplate
        }
        if isArticle { return .positive }
        if words.contains(where: { Self.negativeWords.contains($0) }) { return .negative }
        return .neutral
    }

    /// Whether an element's class or id names comments, which never hold the article.
    static func namesComments(_ tree: HTMLTree, _ index: Int) -> Bool {
        let names = ((tree.attribute("class", of: index) ?? "") + " " + (tree.attribute("id", of: index) ?? "")).lowercased()
        return ["comment", "disqus", "replies", "respond"].contains { names.contains($0) }
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

    /// Class and id split into words: `articleBody__text share-bar` → article, body, text, share, bar.
    static func words(_ names: String) -> [Substring] {
        // Split on the bytes of ASCII punctuation and spaces; any other byte is part of a word.
        names.utf8.split { $0 < 0x80 && !(($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A)) }
            .map { Substring($0) }
    }

    /// Whole words that name article text.
    private static let articleWords: Set<Substring> = [
        "article", "articles", "story", "stories", "entry", "post", "content", "body", "text", "main", "blog",
        "hentry", "news", "artikel", "nota", "noticia", "cuerpo", "texto", "contenido", "inhalt",
    ]

    /// Whole words that name what is never article text.
    private static let boilerplateWords: Set<Substring> = [
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
    private static let articleParts: [[UInt8]] = ["articlebody", "storybody", "entry-content", "post-content"].map { Array($0.utf8) }

    /// Parts of names that give boilerplate away even inside longer words.
    private static let boilerplateParts: [[UInt8]] = [
        "visually-hidden", "screen-reader", "sr-only", "most-popular", "more-stories", "read-more", "readmore",
        "also-read", "read-also", "author-info", "about-author", "author-box", "newsletter", "comment",
        "advert", "sharebar", "share-bar", "social", "cookie", "related", "recommend", "sidebar", "subscribe",
    ].map { Array($0.utf8) }

    /// Words that lean against a block without ruling it out.
    private static let negativeWords: Set<Substring> = [
        "meta", "media", "tool", "tools", "info", "date", "time", "author", "source", "figure", "photo", "image",
        "video", "header", "head", "title", "links", "list", "more", "extra", "contact", "teaser", "teasers",
    ]
}
