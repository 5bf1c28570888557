/// Task lists in `pymdownx.tasklist`'s shape instead of cmark-gfm's:
///
///     <ul class="task-list">
///     <li class="task-list-item"><input type="checkbox" disabled checked/> Hecho</li>
///
/// With `custom_checkbox: true` the box sits in `<label class="task-list-control">` with a
/// `<span class="task-list-indicator">` (the shape Material styles).
enum TaskListShape {
    static func rewrite(_ html: String, customCheckbox: Bool) -> String {
        guard html.containsBytes("<li><input type=\"checkbox\"") else { return html }
        var output = html
        output = output.replacingAll("<ul>\n<li><input type=\"checkbox\"", with: "<ul class=\"task-list\">\n<li><input type=\"checkbox\"")
        for checked in [true, false] {
            let cmark = checked ? "<li><input type=\"checkbox\" checked=\"\" disabled=\"\" />" : "<li><input type=\"checkbox\" disabled=\"\" />"
            let box = checked ? "<input type=\"checkbox\" disabled checked/>" : "<input type=\"checkbox\" disabled/>"
            let shaped = customCheckbox
                ? "<li class=\"task-list-item\"><label class=\"task-list-control\">\(box)<span class=\"task-list-indicator\"></span></label>"
                : "<li class=\"task-list-item\">\(box)"
            output = output.replacingAll(cmark, with: shaped)
        }
        return output
    }
}
