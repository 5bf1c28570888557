/// Which entries of one list of a pruned nav a page shows: all of a short list; of a long one
/// (more than `limit` entries, e.g. 200 top-level sections), the `2 × radius + 1` around the entry
/// on the page's path, so a page's nav does not grow with the site. The hidden runs before and
/// after are shown as one "N more" entry each, which the theme's script fills in from the shared
/// nav file (`assets/nav.js`) and which links to the nearest hidden page without scripts.
struct NavWindow: Equatable {
    /// The entries shown.
    var visible: Range<Int>
    /// How many entries the list has.
    var count: Int

    /// Lists longer than this are windowed.
    static let limit = 60
    /// Entries shown on each side of the one on the page's path.
    static let radius = 12

    /// The window over `count` entries around `active` (the entry on the page's path, if any);
    /// everything when `prunes` is false or the list is short.
    init(count: Int, active: Int?, prunes: Bool) {
        self.count = count
        guard prunes, count > Self.limit else {
            visible = 0..<count
            return
        }
        let width = 2 * Self.radius + 1
        let start = min(max(0, (active ?? 0) - Self.radius), count - width)
        visible = start..<(start + width)
    }

    /// The hidden run before the window, if any.
    var hiddenBefore: Range<Int>? { visible.lowerBound > 0 ? 0..<visible.lowerBound : nil }
    /// The hidden run after the window, if any.
    var hiddenAfter: Range<Int>? { visible.upperBound < count ? visible.upperBound..<count : nil }
}
