/// What a page states about its article outside the article text: in JSON-LD, in
/// `<meta>` tags, in `<link rel=canonical>`, `<time>` and `<html lang>`.
struct PageMetadata {
    var headline: String?
    var openGraphTitle: String?
    var twitterTitle: String?
    var documentTitle: String?
    var url: String?
    var site: String?
    var authors: [String] = []
    var published: String?
    var modified: String?
    var section: String?
    var language: String?
    var articleBody: String?
    /// Whether the page's JSON-LD calls it a live blog (entries in order, newest first or last).
    var isLiveBlog = false
}
