/// How dates are written on screen: `3 Jan 2026` or `2026-01-03`.
public enum DateStyle: String, Hashable, Sendable, CaseIterable {
    case dayMonth = "day-month"
    case iso
}
