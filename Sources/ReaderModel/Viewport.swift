/// How much room the views have, from the terminal layout; the model pages by it.
public struct Viewport: Hashable, Sendable {
    public var width: Int
    public var height: Int
    /// Rows of the headline list (0 when the list is not shown).
    public var listRows: Int
    /// Rows and columns of the reading pane beside the list (0 when there is none).
    public var paneRows: Int
    public var paneColumns: Int
    /// Rows and columns of the story text in the full-screen reader.
    public var readerRows: Int
    public var readerColumns: Int

    public init(width: Int, height: Int, listRows: Int, paneRows: Int, paneColumns: Int, readerRows: Int, readerColumns: Int) {
        self.width = width
        self.height = height
        self.listRows = listRows
        self.paneRows = paneRows
        self.paneColumns = paneColumns
        self.readerRows = readerRows
        self.readerColumns = readerColumns
    }
}
