/// The browser side of live reload, served at `/__sitegen/livereload.js` to pages `serve` sends.
///
/// It listens on the event stream: `reload` reloads the page when it concerns it (the page's own
/// file, a stylesheet or script, or an unknown set of files changed; or errors are shown); `failed` shows the located errors
/// in an overlay (as text, never as HTML); `hello` after a reconnect reloads when the server
/// restarted or rebuilt meanwhile. The browser's `EventSource` reconnects by itself; the script
/// also reopens it if the browser gave up.
enum LiveReloadScript {
    /// The overlay's heading in the site's language (`es` → Spanish, else English).
    static func overlayTitle(language: String) -> String {
        language.lowercased().hasPrefix("es") ? "La compilación del sitio falló" : "The site failed to build"
    }

    /// The script's source for a site in `language`.
    static func source(language: String) -> String {
        let title = overlayTitle(language: language)
        return """
        (() => {
          "use strict";
          const overlayId = "__sitegen-error-overlay";
          let firstHello = null;
          function hideErrors() {
            const old = document.getElementById(overlayId);
            if (old) old.remove();
          }
          function showErrors(errors) {
            hideErrors();
            const overlay = document.createElement("div");
            overlay.id = overlayId;
            overlay.setAttribute("role", "alert");
            overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2rem;" +
              "background:rgba(24,24,27,.94);color:#fafafa;font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,monospace";
            const heading = document.createElement("h2");
            heading.style.cssText = "margin:0 0 1rem;color:#f87171;font:bold 18px/1.4 system-ui,sans-serif";
            heading.textContent = \(javaScriptString(title));
            const list = document.createElement("pre");
            list.style.cssText = "margin:0;white-space:pre-wrap";
            list.textContent = errors.join("\\n");
            overlay.append(heading, list);
            document.body.append(overlay);
          }
          function concernsThisPage(file) {
            if (/\\.(css|js|mjs|png|jpe?g|gif|svg|webp|avif|ico|woff2?|ttf|otf)$/i.test(file)) return true;
            let page = decodeURIComponent(location.pathname).replace(/^\\/+/, "");
            if (page === "" || page.endsWith("/")) page += "index.html";
            return file === page;
          }
          function connect() {
            const source = new EventSource("\(LiveReloadRoutes.eventsPath)");
            source.addEventListener("hello", (event) => {
              if (firstHello === null) firstHello = event.data;
              else if (event.data !== firstHello) location.reload();
            });
            source.addEventListener("reload", (event) => {
              let changed = null;
              try { changed = JSON.parse(event.data).changed || null; } catch (_) {}
              if (changed === null || document.getElementById(overlayId) || changed.some(concernsThisPage)) location.reload();
            });
            source.addEventListener("failed", (event) => {
              try { showErrors(JSON.parse(event.data).errors || []); } catch (_) { showErrors([event.data]); }
            });
            source.addEventListener("error", () => {
              if (source.readyState === EventSource.CLOSED) { source.close(); setTimeout(connect, 1000); }
            });
          }
          connect();
        })();

        """
    }

    /// `text` as a double-quoted JavaScript string literal.
    private static func javaScriptString(_ text: String) -> String {
        var literal = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": literal += "\\\""
            case "\\": literal += "\\\\"
            case "<": literal += "\\u003c"
            case _ where scalar.value < 0x20: literal += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: literal.unicodeScalars.append(scalar)
            }
        }
        return literal + "\""
    }
}
