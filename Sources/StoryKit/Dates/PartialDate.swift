/// A month and day as printed in a dateline, with the year when the page gives one.
struct PartialDate: Equatable {
    var month: Int
    var day: Int
    var year: Int?
}
