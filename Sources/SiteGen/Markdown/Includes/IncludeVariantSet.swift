/// The variants of one example file that markdown-include-variants shows next to it:
/// `tutorial001_an_py310.py` also has `tutorial001_py310.py`, `tutorial001_an.py`… (or, for
/// examples that are folders, `app_an_py310/main.py`, `app/main.py`…), each with its tab title.
struct IncludeVariantSet {
    struct Variant: Equatable {
        /// Absolute path.
        var path: String
        /// "Python 3.10+", "Python 3.10+ - non-Annotated".
        var title: String
        /// true: `_an` file; false: the plain file when an `_an` one exists; nil: no `_an` file.
        var isAnnotated: Bool?
    }

    static let suffixes = ["_an", "_py39", "_py310", "_py311"]
    private static let versions: [(suffix: String, title: String)] = [
        ("_py311", "Python 3.11+"), ("_py310", "Python 3.10+"), ("_py39", "Python 3.9+"), ("", "Python 3.8+"),
    ]

    /// The file the directive names.
    var preferred: Variant
    /// The others, annotated first, newest Python first.
    var others: [Variant]

    /// The variants of `path` (absolute); nil when `path` is not one of them (it does not exist).
    static func find(for path: String) -> IncludeVariantSet? {
        var variants = fileVariants(of: path)
        if variants.count == 1 {
            let folderVariants = folderVariants(of: path)
            if folderVariants.count > 1 {
                variants = folderVariants
            } else if folderVariants.count == 1, variants[0].isAnnotated == nil, variants[0].title == "Python 3.8+",
                      !(folderVariants[0].isAnnotated == nil && folderVariants[0].title == "Python 3.8+") {
                variants = folderVariants
            }
        }
        var preferred: Variant?
        var others: [Variant] = []
        for annotated in [true, false, nil] as [Bool?] {
            for version in versions {
                for variant in variants where variant.isAnnotated == annotated && variant.title.hasPrefix(version.title) {
                    if variant.path == path { preferred = variant } else { others.append(variant) }
                }
            }
        }
        return preferred.map { IncludeVariantSet(preferred: $0, others: others) }
    }

    /// `base_an_py310.py`, `base_py310.py`… next to `path`.
    private static func fileVariants(of path: String) -> [Variant] {
        let folder = PathUtilities.folder(of: path)
        let name = String(path.dropFirst(folder.count + 1))
        let stem = name.hasSuffix(".py") ? String(name.dropLast(3)) : name
        let base = removingSuffixes(stem)
        return variants { "\(folder)/\(base)\($0).py" }
    }

    /// `folder_an_py310/file.py`, `folder/file.py`… for a file inside an example folder.
    private static func folderVariants(of path: String) -> [Variant] {
        let folder = PathUtilities.folder(of: path)
        let file = String(path.dropFirst(folder.count + 1))
        let parent = PathUtilities.folder(of: folder)
        let base = removingSuffixes(String(folder.dropFirst(parent.count + 1)))
        return variants { "\(parent)/\(base)\($0)/\(file)" }
    }

    /// The existing variants, given the path of each suffix (`_an_py310`, `_py310`, …).
    private static func variants(_ pathFor: (String) -> String) -> [Variant] {
        var found: [Variant] = []
        for version in versions {
            let annotated = pathFor("_an" + version.suffix), plain = pathFor(version.suffix)
            if IncludedFile.isFile(annotated) {
                found.append(Variant(path: annotated, title: version.title, isAnnotated: true))
                if IncludedFile.isFile(plain) {
                    found.append(Variant(path: plain, title: version.title + " - non-Annotated", isAnnotated: false))
                }
            } else if IncludedFile.isFile(plain) {
                found.append(Variant(path: plain, title: version.title, isAnnotated: nil))
            }
        }
        return found
    }

    /// `tutorial001_an_py310` → `tutorial001`.
    static func removingSuffixes(_ name: String) -> String {
        var name = name
        while let suffix = suffixes.first(where: { name.hasSuffix($0) }) { name.removeLast(suffix.count) }
        return name
    }
}
