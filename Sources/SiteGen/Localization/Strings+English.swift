extension LocalizedStrings {
    /// English, the fallback for languages sitegen has no strings for.
    public static let english = LocalizedStrings(
        languageCode: "en",
        ui: [
            "search": "Search",
            "searchPlaceholder": "Search the site",
            "searchNoResults": "No results",
            "searchResults": "Search results",
            "searchResultsCount": "Pages found: {count}",
            "verifiedTitle": "Compiled and run by sitegen verify-snippets",
            "verifiedTitleRun": "Run and checked by sitegen verify-snippets",
            "breadcrumbs": "Breadcrumbs",
            "onThisPage": "On this page",
            "previous": "Previous",
            "next": "Next",
            "copy": "Copy",
            "copied": "Copied",
            "output": "Output",
            "verified": "verified",
            "notFound": "Page not found",
            "notFoundBody": "The page you are looking for does not exist or has moved.",
            "backHome": "Back to the home page",
            "navigation": "Navigation",
            "menu": "Menu",
            "toggleTheme": "Toggle light/dark theme",
            "home": "Home",
            "permalink": "Permanent link",
            "footnoteBack": "Jump back to footnote %d in the text",
            "editPage": "Edit this page",
            "skipToContent": "Skip to content",
        ],
        admonitionTitles: [
            "note": "Note", "abstract": "Abstract", "info": "Info", "tip": "Tip",
            "success": "Success", "question": "Question", "warning": "Warning", "failure": "Failure",
            "danger": "Danger", "bug": "Bug", "example": "Example", "quote": "Quote",
        ]
    )
}
