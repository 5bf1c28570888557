#!/usr/bin/env python3
"""Time to first search results in headless Chromium, on a built site opened from file://.

Talks to Chromium over the DevTools protocol on a pipe (--remote-debugging-pipe; standard library
only). For each query it opens index.html?q=QUERY in a fresh tab (nothing of the index loaded yet)
and reads the milliseconds search.js measured from the query to the rendered results
(`data-search-ms` on the results box); then types a second query into the same tab (the
dictionary is loaded by then) and reads that time too.

usage: search_latency.py SITE_DIR QUERY [QUERY...]
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time


class Browser:
    def __init__(self):
        exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
        if not exe:
            sys.exit("chromium is not installed")
        self.profile = tempfile.mkdtemp(prefix="sitegen-latency-")
        to_child_r, self.to_child = os.pipe()
        self.from_child, from_child_w = os.pipe()

        def plumbing():
            # Chromium reads commands on fd 3 and answers on fd 4 (dup2 onto the same number keeps close-on-exec).
            os.dup2(to_child_r, 3)
            os.dup2(from_child_w, 4)
            os.set_inheritable(3, True)
            os.set_inheritable(4, True)

        self.process = subprocess.Popen(
            [exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
             "--remote-debugging-pipe", f"--user-data-dir={self.profile}", "about:blank"],
            preexec_fn=plumbing, close_fds=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_child_r)
        os.close(from_child_w)
        self.next_id = 0
        self.buffer = b""

    def call(self, method, session=None, **params):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self.to_child, json.dumps(message).encode() + b"\0")
        while True:
            while b"\0" not in self.buffer:
                chunk = os.read(self.from_child, 1 << 16)
                if not chunk:
                    raise RuntimeError("chromium closed the pipe")
                self.buffer += chunk
            raw, self.buffer = self.buffer.split(b"\0", 1)
            reply = json.loads(raw)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def new_tab(self, url):
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        self.call("Page.navigate", session, url=url)
        return session

    def evaluate(self, session, expression):
        result = self.call("Runtime.evaluate", session, expression=expression, returnByValue=True)
        return result.get("result", {}).get("value")

    def wait_for(self, session, expression, timeout=30):
        deadline = time.time() + timeout
        while time.time() < deadline:
            value = self.evaluate(session, expression)
            if value is not None:
                return value
            time.sleep(0.02)
        raise RuntimeError(f"timed out waiting for {expression}")

    def close(self):
        self.process.terminate()
        self.process.wait()
        shutil.rmtree(self.profile, ignore_errors=True)


MS = "(function(){var b=document.getElementById('search-results');return b&&!b.hidden&&b.dataset.searchMs?+b.dataset.searchMs:null})()"
COUNT = "document.querySelectorAll('#search-results .search-page').length"


def main():
    site = os.path.abspath(sys.argv[1])
    queries = sys.argv[2:] or ["hilos"]
    browser = Browser()
    try:
        for query in queries:
            session = browser.new_tab(f"file://{site}/index.html?q={query}")
            cold = browser.wait_for(session, MS)
            pages = browser.evaluate(session, COUNT)
            # The same tab, another query: the dictionary (and maybe shards) are loaded already.
            browser.evaluate(session, "document.getElementById('search-results').dataset.searchMs='';"
                                      "var i=document.querySelector('.search-input');i.value='ejecucion concurrente';"
                                      "i.dispatchEvent(new Event('input'))")
            warm = browser.wait_for(session, "(function(){var b=document.getElementById('search-results');"
                                             "return b.dataset.searchMs?+b.dataset.searchMs:null})()")
            print(f"search '{query}': first results in {cold} ms (cold tab, {pages} pages shown); "
                  f"next query 'ejecucion concurrente' in {warm} ms (+ 60 ms typing debounce not counted)")
    finally:
        browser.close()


if __name__ == "__main__":
    main()
