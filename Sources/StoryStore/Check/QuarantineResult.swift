import StoryKit

struct QuarantineResult {
    var repair: String?
    var unrepaired: String?
    var rebuilt: StoredStory?
}

extension CheckReport {
    func note(_ result: QuarantineResult, into report: inout CheckReport) {
        if let repair = result.repair { report.repairs.append(repair) }
        if let unrepaired = result.unrepaired { report.unrepaired.append(unrepaired) }
    }
}
