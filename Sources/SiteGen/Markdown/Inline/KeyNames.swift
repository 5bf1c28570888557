/// The key names `pymdownx.keys` knows, with their aliases: the id (`key-<id>` class) and the label.
enum KeyNames {
    struct Key { let id: String; let label: String }

    static func lookup(_ name: String) -> Key? {
        let id = aliases[name] ?? name
        if let label = labels[id] { return Key(id: id, label: label) }
        if id.count == 1, let character = id.first, character.isLetter || character.isNumber {
            return Key(id: id, label: id.uppercased())
        }
        if id.hasPrefix("f"), let number = Int(id.dropFirst()), (1...24).contains(number) {
            return Key(id: id, label: id.uppercased())
        }
        if id.hasPrefix("num"), let number = Int(id.dropFirst(3)), (0...9).contains(number) {
            return Key(id: id, label: "Num \(number)")
        }
        return nil
    }

    private static let aliases: [String: String] = [
        "ctrl": "control", "del": "delete", "esc": "escape", "return": "enter", "cmd": "command",
        "opt": "option", "win": "windows", "ins": "insert", "pgup": "page-up", "pgdn": "page-down",
        "up": "arrow-up", "down": "arrow-down", "left": "arrow-left", "right": "arrow-right",
        "caps": "caps-lock", "bksp": "backspace", "back": "backspace", "prtsc": "print-screen",
        "super": "meta", "altgr": "alt-graph", "spacebar": "space", "menu": "context-menu",
    ]

    private static let labels: [String: String] = [
        "control": "Ctrl", "alt": "Alt", "shift": "Shift", "delete": "Del", "escape": "Esc",
        "enter": "Enter", "tab": "Tab", "space": "Space", "backspace": "Backspace", "command": "Cmd",
        "option": "Option", "windows": "Win", "meta": "Meta", "fn": "Fn", "insert": "Ins",
        "home": "Home", "end": "End", "page-up": "Page Up", "page-down": "Page Down",
        "arrow-up": "Up", "arrow-down": "Down", "arrow-left": "Left", "arrow-right": "Right",
        "caps-lock": "Caps Lock", "num-lock": "Num Lock", "scroll-lock": "Scroll Lock",
        "print-screen": "Print Screen", "pause": "Pause", "break": "Break", "alt-graph": "AltGr",
        "context-menu": "Menu", "clear": "Clear", "help": "Help", "power": "Power",
        "backslash": "\\", "slash": "/", "comma": ",", "period": ".", "semicolon": ";", "quote": "'",
        "grave": "`", "tilde": "~", "minus": "-", "equal": "=", "plus": "+", "bracket-left": "[",
        "bracket-right": "]", "hyphen": "-", "question": "?", "exclam": "!", "at": "@", "hash": "#",
        "dollar": "$", "percent": "%", "caret": "^", "ampersand": "&", "asterisk": "*",
        "parenthesis-left": "(", "parenthesis-right": ")", "underscore": "_", "less": "<", "greater": ">",
        "left-button": "Left Button", "right-button": "Right Button", "middle-button": "Middle Button",
    ]
}
