/// One line of the headline list on screen: a story's row, or the line naming the day
/// the rows below it fall on (nil: the stories whose date is not known).
enum ListLine: Hashable, Sendable {
    case day(Int?)
    case story(row: Int)
}
