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

    static func of(_ tree: HTMLTree, _ index: Int) -> ElementHint {
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
        let names = [tree.attribute("class", of: index), tree.attribute("id", of: index)]
            .compactMap { $0?.lowercased() }.joined(separator: " ")
        guard !names.isEmpty else { return .neutral }
        let words = Self.words(names)
        let isArticle = words.contains { Self.articleWords.contains($0) } || names.contains("articlebody")
            || names.contains("storybody") || names.contains("entry-content") || names.contains("post-content")
        if words.contains(where: { Self.boilerplateWords.contains($0) })
            || Self.boilerplateParts.contains(where: { names.contains($0) }) {
            // "article-related" and "story-comments" are still boilerplate; "main-content-sidebar" too.
            return .boilerplate
        }
        if isArticle { return .positive }
        if words.contains(where: { Self.negativeWords.contains($0) }) { return .negative }
        return .neutral
    }

    /// Class and id split into words: `articleBody__text share-bar` → article, body, text, share, bar.
    static func words(_ names: String) -> [Substring] {
        names.split { !($0.isLetter || $0.isNumber) }
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

    /// Parts of names that give boilerplate away even inside longer words.
    private static let boilerplateParts: [String] = [
        "visually-hidden", "screen-reader", "sr-only", "most-popular", "more-stories", "read-more", "readmore",
        "also-read", "read-also", "author-info", "about-author", "author-box", "newsletter", "comment",
        "advert", "sharebar", "share-bar", "social", "cookie", "related", "recommend", "sidebar", "subscribe",
    ]

    /// Words that lean against a block without ruling it out.
    private static let negativeWords: Set<Substring> = [
        "meta", "media", "tool", "tools", "info", "date", "time", "author", "source", "figure", "photo", "image",
        "video", "header", "head", "title", "links", "list", "more", "extra", "contact", "teaser", "teasers",
    ]
}
