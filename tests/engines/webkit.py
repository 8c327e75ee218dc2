"""
WebKitGTK itself, for what its WebDriver cannot do: the console of a page as it loads, a viewport
exactly 320 px wide (MiniBrowser's window cannot be made narrower than its toolbar), and printing
to PDF (WebKitWebDriver has no W3C print command). Run under xvfb-run; the Node side
(tests/engines/lib/webkit-gi.ts) starts it and reads one JSON object per line from stdout.

  webkit.py check WIDTH HEIGHT URL...          console messages and page metrics, per URL
  webkit.py print JOBS.json                    print pages to PDF on A4 or Letter with 10 mm margins;
                                               JOBS is a list of {url, out, paper, script}, where
                                               script (optional) runs in the page before it prints

The console lines come from WebKit's own "write console messages to stdout" setting (which, in
spite of its name, writes to stderr, from the web process).
"""
import json
import os
import sys
import threading

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import GLib, Gtk, WebKit2  # noqa: E402

# WebKit writes console messages to stderr, from the web process, which inherits ours: read them
# through a pipe set up before any web process starts, and hand each page's lines back with it.
read_end, write_end = os.pipe()
os.dup2(write_end, 2)
console_lines = []
console_lock = threading.Lock()


def pump():
    with os.fdopen(read_end, "r", errors="replace") as pipe:
        for line in pipe:
            with console_lock:
                console_lines.append(line.rstrip("\n"))


threading.Thread(target=pump, daemon=True).start()


def take_console():
    """The console lines written since the last call (other stderr noise, such as GTK's, left out)."""
    with console_lock:
        lines = [line for line in console_lines if " CONSOLE " in f" {line}"]
        console_lines.clear()
    return lines


def emit(obj):
    print(json.dumps(obj), flush=True)


def make_view(width, height):
    settings = WebKit2.Settings()
    settings.set_enable_write_console_messages_to_stdout(True)
    view = WebKit2.WebView.new_with_settings(settings)
    window = Gtk.Window()
    window.set_default_size(width, height)
    window.add(view)
    window.show_all()
    return view


def load(view, url):
    """Loads a URL and returns once it has finished, or raises on a failed load."""
    loop = GLib.MainLoop()
    state = {}

    def changed(_view, event):
        if event == WebKit2.LoadEvent.FINISHED:
            loop.quit()

    def failed(_view, _event, uri, error):
        state["error"] = f"{uri}: {error.message}"
        loop.quit()
        return True

    a = view.connect("load-changed", changed)
    b = view.connect("load-failed", failed)
    view.load_uri(url)
    loop.run()
    view.disconnect(a)
    view.disconnect(b)
    if "error" in state:
        raise RuntimeError(state["error"])


def settle(ms=400):
    loop = GLib.MainLoop()
    GLib.timeout_add(ms, loop.quit)
    loop.run()


def evaluate(view, script):
    """Runs a script in the page and returns its value, through JSON."""
    loop = GLib.MainLoop()
    out = {}

    def done(v, result):
        try:
            out["value"] = json.loads(v.evaluate_javascript_finish(result).to_json(0) or "null")
        except GLib.Error as e:
            out["error"] = e.message
        loop.quit()

    view.evaluate_javascript(script, -1, None, None, None, done)
    loop.run()
    if "error" in out:
        raise RuntimeError(out["error"])
    return out["value"]


METRICS = """(() => ({
  innerWidth: window.innerWidth,
  overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
}))()"""


def check(width, height, urls):
    view = make_view(width, height)
    for url in urls:
        take_console()
        load(view, url)
        settle()
        metrics = evaluate(view, METRICS)
        emit({"url": url, "console": take_console(), **metrics})


def print_pdf(view, url, out, paper, script):
    load(view, url)
    settle()
    if script:
        evaluate(view, script)
    settings = Gtk.PrintSettings()
    settings.set_printer("Print to File")
    settings.set(Gtk.PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf")
    settings.set(Gtk.PRINT_SETTINGS_OUTPUT_URI, GLib.filename_to_uri(os.path.abspath(out)))
    setup = Gtk.PageSetup()
    setup.set_paper_size(Gtk.PaperSize.new(Gtk.PAPER_NAME_A4 if paper == "A4" else Gtk.PAPER_NAME_LETTER))
    # The margins a print dialog starts with: 10 mm all round.
    for set_margin in (setup.set_top_margin, setup.set_bottom_margin, setup.set_left_margin, setup.set_right_margin):
        set_margin(10, Gtk.Unit.MM)
    op = WebKit2.PrintOperation.new(view)
    op.set_print_settings(settings)
    op.set_page_setup(setup)
    loop = GLib.MainLoop()
    state = {}
    op.connect("finished", lambda _op: loop.quit())

    def failed(_op, error):
        state["error"] = error.message

    op.connect("failed", failed)
    op.print_()
    loop.run()
    if "error" in state:
        raise RuntimeError(state["error"])
    emit({"url": url, "pdf": out, "paper": paper})


def main(argv):
    try:
        if argv[0] == "check":
            check(int(argv[1]), int(argv[2]), argv[3:])
        elif argv[0] == "print":
            view = make_view(1024, 768)
            with open(argv[1]) as f:
                for job in json.load(f):
                    print_pdf(view, job["url"], job["out"], job["paper"], job.get("script"))
        else:
            raise SystemExit(f"unknown command {argv[0]}")
    except Exception as e:  # Reported to the Node side as data, so the test names the cause.
        emit({"error": str(e)})
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
