import TerminalKit

extension ReaderState.Screen {
    /// The layout this screen takes.
    public var layoutMode: ScreenLayout.Mode {
        switch self {
        case .browse: .browse
        case .reader: .reader
        }
    }
}

extension ScreenLayout {
    public static func make(width: Int, height: Int, screen: ReaderState.Screen, listPercent: Int = 40) -> ScreenLayout {
        make(width: width, height: height, mode: screen.layoutMode, listPercent: listPercent)
    }

    /// The sizes the view-model pages by, for both screens.
    public static func viewport(width: Int, height: Int, listPercent: Int = 40) -> Viewport {
        let browse = make(width: width, height: height, mode: .browse, listPercent: listPercent)
        let reader = make(width: width, height: height, mode: .reader, listPercent: listPercent)
        return Viewport(
            width: width, height: height, listRows: browse.list?.height ?? 0,
            paneRows: browse.story?.height ?? 0, paneColumns: browse.story?.width ?? 0,
            readerRows: reader.story?.height ?? 0, readerColumns: reader.story?.width ?? 0)
    }
}
