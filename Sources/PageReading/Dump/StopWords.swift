/// The commonest function words of the languages Byline meets most, in lower case.
///
/// Prose is full of them and page furniture ("Home", "Sign in", "Share on Facebook")
/// has almost none, whatever the language, which is why the share of these words in a
/// line tells an article's sentences from a site's menus.
enum StopWords {
    static func contains(_ word: Substring) -> Bool {
        all.contains(word)
    }

    private static let all: Set<Substring> = Set(
        """
        the a an and or but of to in on at for with by from as is are was were be been has have had it its this that \
        these those he she they we you his her their our not no will would can could said says after before over \
        about into than then there which who whom what when where while also more most other some such only up out \
        der die das und oder aber ein eine einen einem eines ist sind war waren wird werden hat haben mit von zu im \
        auf für nicht auch sich dem den des bei nach aus wie als noch nur so dass es sie er wir ihr \
        el la los las y o pero un una unos unas es son fue fueron ser ha han con por para de del al en que se su sus \
        lo como más muy ya también sobre entre hasta desde \
        le les et ou mais une des est sont été être avec pour dans sur par pas ne qui que il elle ils nous vous \
        son sa ses leur aux du au plus comme cette ces \
        o os as e um uma uns umas é são foi com por para do da dos das no na nos nas em que se seu sua não \
        il lo gli i e è sono fu con per di da nel nella che si non anche come più \
        w z i na do nie się że jest są był była było to jak od po za przez dla oraz który która które \
        de het een en of maar is zijn was waren met voor van op aan dat die niet ook bij om
        """.split(whereSeparator: { $0 == " " || $0 == "\n" })
    )
}
