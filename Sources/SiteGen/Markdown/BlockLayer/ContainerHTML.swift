/// The raw HTML lines that open and close each container, in pymdownx's shapes (DESIGN.md §2):
///
///     <div class="admonition note">                  <details class="info" open="open"><summary>T</summary>
///     <p class="admonition-title">T</p>              …
///     …                                              </details>
///     </div>
///
///     <div class="tabbed-set tabbed-alternate" data-tabs="1:2"><input checked="checked" id="__tabbed_1_1"
///     name="__tabbed_1" type="radio" /><input id="__tabbed_1_2" …/><div class="tabbed-labels"><label
///     for="__tabbed_1_1">A</label><label for="__tabbed_1_2">B</label></div>      (one line)
///     <div class="tabbed-content">
///     <div class="tabbed-block">…</div>
///     <div class="tabbed-block">…</div>
///     </div>
///     </div>
///
/// Titles and labels arrive as inline HTML already rendered.
enum ContainerHTML {
    static func admonitionOpening(classes: [String], titleHTML: String?) -> [String] {
        let open = #"<div class="admonition \#(classes.joined(separator: " "))">"#
        guard let titleHTML else { return [open] }
        return [open, #"<p class="admonition-title">\#(titleHTML)</p>"#]
    }

    static let admonitionClosing = ["</div>"]

    static func detailsOpening(classes: [String], titleHTML: String, open: Bool) -> [String] {
        let classAttribute = classes.isEmpty ? "" : #" class="\#(classes.joined(separator: " "))""#
        let openAttribute = open ? #" open="open""# : ""
        return ["<details\(classAttribute)\(openAttribute)><summary>\(titleHTML)</summary>"]
    }

    static let detailsClosing = ["</details>"]

    /// The tab set's first line: radio inputs, then the labels.
    static func tabSetHeader(set: Int, labelsHTML: [String], selected: Int) -> String {
        var line = #"<div class="tabbed-set tabbed-alternate" data-tabs="\#(set):\#(labelsHTML.count)">"#
        for index in labelsHTML.indices {
            let checked = index == selected ? #"checked="checked" "# : ""
            line += #"<input \#(checked)id="__tabbed_\#(set)_\#(index + 1)" name="__tabbed_\#(set)" type="radio" />"#
        }
        line += #"<div class="tabbed-labels">"#
        for (index, label) in labelsHTML.enumerated() {
            line += #"<label for="__tabbed_\#(set)_\#(index + 1)">\#(label)</label>"#
        }
        return line + "</div>"
    }

    static let tabSetContentOpening = [#"<div class="tabbed-content">"#]
    static let tabSetClosing = ["</div>", "</div>"]
    static let tabBlockOpening = [#"<div class="tabbed-block">"#]
    static let tabBlockClosing = ["</div>"]
}
