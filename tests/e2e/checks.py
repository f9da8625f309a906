"""What every page must pass in a real browser: axe-core's accessibility rules, and no sideways scrolling on
a phone."""

from functools import cache
from pathlib import Path

AXE = Path(__file__).resolve().parent / "vendor" / "axe-core" / "axe.min.js"
BLOCKING = {"serious", "critical"}


@cache
def axe_source() -> str:
    return AXE.read_text(encoding="utf-8")


def accessibility_violations(page) -> list[str]:
    """The serious and critical axe-core violations on the page as it is now, one line per element.

    axe is evaluated through the browser's debugging protocol, not added as a <script>: the portal's
    Content-Security-Policy refuses inline scripts, and it stays as strict in the tests as in production.
    """
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(axe_source())
    results = page.evaluate(
        """() => axe.run(document, {
            runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]},
            resultTypes: ["violations"],
        })"""
    )
    return [
        f"{violation['impact']} {violation['id']}: {violation['help']} — "
        f"{node['target']} {node['failureSummary']}"
        for violation in results["violations"]
        if violation["impact"] in BLOCKING
        for node in violation["nodes"]
    ]


def assert_accessible(page):
    violations = accessibility_violations(page)
    assert not violations, f"{page.url}\n" + "\n".join(violations)


def horizontal_overflow(page) -> int:
    """How many CSS pixels the page is wider than the window (0 when nothing scrolls sideways)."""
    return page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")


def wider_than_the_window(page) -> list[str]:
    """The elements that stick out on the right, to say what scrolls when a page does."""
    return page.evaluate(
        """() => Array.from(document.querySelectorAll("body *"))
            .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
            .slice(0, 8)
            .map((element) => element.tagName.toLowerCase() + (element.id ? "#" + element.id : "")
                 + (element.className && typeof element.className === "string"
                    ? "." + element.className.trim().split(/\\s+/).join(".") : ""))"""
    )


def scrolling_boxes(page) -> list[str]:
    """Boxes inside the page that scroll sideways (a wide table in .table-responsive): on a phone their
    right-hand columns are out of sight, which is what a user calls cut off."""
    return page.evaluate(
        """() => Array.from(document.querySelectorAll("body *"))
            .filter((element) => ["auto", "scroll"].includes(getComputedStyle(element).overflowX)
                    && element.scrollWidth > element.clientWidth + 1)
            .map((element) => element.tagName.toLowerCase() + "." + String(element.className).trim()
                 + " " + element.scrollWidth + ">" + element.clientWidth)"""
    )


def assert_no_horizontal_scroll(page):
    assert horizontal_overflow(page) <= 0, f"{page.url} scrolls sideways: {wider_than_the_window(page)}"
    assert scrolling_boxes(page) == [], f"{page.url} cuts off: {scrolling_boxes(page)}"
