internal import CLibXML2

/// Parses HTML with libxml2's HTML parser into an `HTMLTree`.
///
/// This is the only code in Byline that sees libxml2. The parser is run in recovery
/// mode (real pages are rarely valid), never touches the network, never loads a DTD
/// and keeps its complaints to itself. It reports what it reads as SAX events (after
/// its own repairs: implied `<html>` and `<body>`, elements closed for it), and the
/// tree is built straight from them, so libxml2 never builds a document of its own;
/// comments and processing instructions are left out.
public enum HTMLParser {
    /// Parses `bytes` as HTML in `encoding` (a name libxml2 knows, such as `"UTF-8"`
    /// or `"Shift_JIS"`). The encoding given wins over whatever the page declares.
    ///
    /// `checkedUTF8` says the caller has made sure the bytes are UTF-8 throughout (the
    /// article reader repairs them first): the parser then reads them as they are, without
    /// a decoder's copy of the whole page. Unchecked bytes go through libxml2's decoder,
    /// which stops at a byte that breaks the encoding rather than reading on as Latin-1.
    public static func parse(_ bytes: [UInt8], encoding: String, keeping kept: HTMLParseOptions = .all, checkedUTF8: Bool = false) -> HTMLTree {
        _ = libraryReady
        guard !bytes.isEmpty, bytes.count <= Int(Int32.max) else { return HTMLTree() }
        byline_silence_libxml2()
        // UTF-8 the parser reads as it is keeps its offsets those of the bytes, which
        // the check of a cut page needs.
        let readAsIs = checkedUTF8 && encoding == "UTF-8" && !bytes.starts(with: [0xEF, 0xBB, 0xBF])
        if readAsIs, let types = kept.scriptTypes,
            let cut = bytes.withUnsafeBufferPointer({ RawTextCut($0, keptScriptTypes: types) })
        {
            var builder = SAXTreeBuilder(options: kept, pageBytes: bytes.count, cuts: cut.cuts)
            run(cut.bytes, encoding: encoding, readAsIs: true, into: &builder)
            if builder.confirmedEveryCut { return builder.finish() }
        }
        var builder = SAXTreeBuilder(options: kept, pageBytes: bytes.count)
        run(bytes, encoding: encoding, readAsIs: readAsIs, into: &builder)
        return builder.finish()
    }

    private static func run(_ bytes: [UInt8], encoding: String, readAsIs: Bool, into builder: inout SAXTreeBuilder) {
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_NODEFDTD.rawValue | HTML_PARSE_COMPACT.rawValue
                | HTML_PARSE_IGNORE_ENC.rawValue
        )
        bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                guard let context = htmlCreateMemoryParserCtxt(base, Int32(buffer.count)) else { return }
                defer { htmlFreeParserCtxt(context) }
                htmlCtxtUseOptions(context, options)
                // Real pages nest deeper than libxml2's default limit of 256 open elements;
                // the tree is built without recursion, so any depth is safe here.
                context.pointee.options |= Int32(XML_PARSE_HUGE.rawValue)
                if readAsIs {
                    // The parser reads UTF-8 itself; naming the encoding stops it guessing
                    // another from the first bytes.
                    context.pointee.encoding = UnsafePointer(xmlStrdup(encoding))
                    context.pointee.charset = Int32(XML_CHAR_ENCODING_UTF8.rawValue)
                    growInputFirst(context)
                } else if let handler = xmlFindCharEncodingHandler(encoding) {
                    xmlSwitchToEncoding(context, handler)
                }
                SAXTreeBuilder.install(on: context)
                builder.context = context
                defer { builder.context = nil }
                withUnsafeMutablePointer(to: &builder) { pointer in
                    context.pointee.userData = UnsafeMutableRawPointer(pointer)
                    _ = htmlParseDocument(context)
                    context.pointee.userData = nil
                }
            }
        }
    }

    /// Gives the parser's copy of the page its spare room before the parse, so that it
    /// never moves while the page is read.
    ///
    /// libxml2 2.9.14 grows that copy once, near the end of the page, and whether the
    /// copy moves then depends on the page's length. A name being read across that move
    /// (an entity-like `&` followed by a long run of non-ASCII letters) comes back cut
    /// short. Growing first, where nothing is being read, keeps every page whole, and
    /// keeps a page with its script bodies cut out reading as the whole page does.
    private static func growInputFirst(_ context: htmlParserCtxtPtr) {
        guard let input = context.pointee.input, let buffer = input.pointee.buf, let bytes = buffer.pointee.buffer,
            let base = input.pointee.base, let cur = input.pointee.cur
        else { return }
        let offset = cur - base
        // libxml2 asks for this much room (its MINLEN) whenever it grows an input.
        guard xmlParserInputBufferGrow(buffer, 4000) >= 0, let content = xmlBufContent(bytes) else { return }
        input.pointee.base = UnsafePointer(content)
        input.pointee.cur = UnsafePointer(content + offset)
        input.pointee.end = UnsafePointer(xmlBufEnd(bytes))
    }

    /// Whether libxml2 (through iconv) can decode text in the encoding with this name.
    public static func knowsEncoding(_ name: String) -> Bool {
        _ = libraryReady
        guard let handler = xmlFindCharEncodingHandler(name) else { return false }
        xmlCharEncCloseFunc(handler)
        return true
    }

    /// libxml2 must be initialised once before threads use it; a static `let` runs its
    /// initialiser exactly once, whichever thread gets there first.
    private static let libraryReady: Void = {
        xmlInitParser()
    }()
}

extension HTMLParser {
    /// Text that may hold character references (`&amp;`, `&#8217;`), as plain text:
    /// libxml2 reads it as the content of a paragraph. Text without `&` is returned as is.
    public static func decodingCharacterReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let tree = parse(Array("<p>".utf8) + Array(text.utf8), encoding: "UTF-8")
        guard let paragraph = tree.first(.p) else { return text }
        return tree.textContent(of: paragraph)
    }
}
