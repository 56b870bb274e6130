import StoryKit

/// The index's tables. `docs` holds one row per story with the facts queries filter
/// on, and its length in words, which ranking reads (see `RankFunction`); `text` is
/// the FTS5 table of its words, contentless (the words are indexed, the text is not
/// kept: the story files have it), so the index stays smaller than the text.
///
/// A contentless FTS5 table in this SQLite (3.40) cannot delete a row without its old
/// text, so a story indexed again gets a new `docid` and its old words stay behind,
/// unreachable through `docs`, their docid kept in `dead` so that it is never given
/// again; an update that would leave more dead rows than live ones builds the table
/// again instead.
enum IndexSchema {
    /// Raised whenever the tables or the tokenizer change; an index of another version is rebuilt.
    static let version = "5"

    /// Letters, numbers, private use and marks are word characters (marks so that Indic
    /// scripts keep their words whole), and Latin accents are removed.
    static let tokenizer = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'"

    static var create: String {
        let columns = StoryField.indexOrder.map(\.rawValue).joined(separator: ", ")
        return """
            CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
            CREATE TABLE docs(
                docid INTEGER PRIMARY KEY,
                story INTEGER NOT NULL UNIQUE,
                stamp INTEGER NOT NULL,
                day INTEGER,
                minute INTEGER NOT NULL,
                lang TEXT,
                host TEXT,
                site TEXT,
                words INTEGER
            );
            CREATE INDEX docs_minute ON docs(minute);
            CREATE TABLE dead(docid INTEGER PRIMARY KEY);
            CREATE VIRTUAL TABLE text USING fts5(\(columns), content='', tokenize="\(tokenizer)");
            INSERT INTO meta VALUES('schema', '\(version)');
            """
    }

    /// FTS5 keeps up to 32 MB of words in memory before it writes them out as a segment
    /// (1 MB by default, about 500 stories): a batch of an update or a build becomes one
    /// segment, and far less merging follows. Set by every update that writes, so an
    /// index made by an earlier Byline gets it too.
    static let pendingWordSetting = "INSERT INTO text(text, rank) VALUES('hashsize', \(32 << 20))"
}
