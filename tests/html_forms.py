"""Read a form off a rendered page as the browser would send it back, to post it unchanged or edited."""

import re
from html.parser import HTMLParser

NOT_SENT = {"submit", "button", "reset", "file", "image"}

# What a browser accepts as the value of these inputs (the HTML standard's value sanitization): any other
# value, such as a date written the local way (`12-11-2026`), shows as an empty field and is sent empty.
VALID_VALUE = {
    "date": re.compile(r"\d{4,}-\d\d-\d\d"),
    "datetime-local": re.compile(r"\d{4,}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d{1,3})?)?"),
    "number": re.compile(r"-?(\d+|\d*\.\d+)([eE][-+]?\d+)?"),
}


def browser_value(input_type: str, value: str) -> str:
    """The value a browser keeps for an input of this type given `value`."""
    valid = VALID_VALUE.get(input_type)
    return value if valid is None or valid.fullmatch(value) else ""


class _FormReader(HTMLParser):
    def __init__(self, form_id: str):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.fields: dict[str, list[str]] = {}
        self.select: str | None = None
        self.select_options: list[tuple[str, bool]] = []
        self.option: dict | None = None
        self.textarea: str | None = None
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "form":
            self.inside = attributes.get("id") == self.form_id
        if not self.inside:
            return
        name = attributes.get("name")
        if tag == "input" and name and attributes.get("type", "text") not in NOT_SENT:
            if attributes.get("type") in {"checkbox", "radio"}:
                if "checked" in attributes:
                    value = attributes.get("value")  # value="" is sent as empty; no value at all as "on"
                    self.fields.setdefault(name, []).append("on" if value is None else value)
                return
            value = browser_value(attributes.get("type", "text"), attributes.get("value") or "")
            self.fields.setdefault(name, []).append(value)
        elif tag == "select" and name:
            self.select, self.select_options = name, []
        elif tag == "option" and self.select is not None:
            self.option = {"value": attributes.get("value"), "selected": "selected" in attributes, "text": ""}
        elif tag == "textarea" and name:
            self.textarea, self.text = name, []

    def handle_data(self, data):
        if self.option is not None:
            self.option["text"] += data
        if self.textarea is not None:
            self.text.append(data)

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "option" and self.option is not None:
            value = self.option["value"] if self.option["value"] is not None else self.option["text"]
            self.select_options.append((value, self.option["selected"]))
            self.option = None
        elif tag == "select" and self.select is not None:
            chosen = [value for value, selected in self.select_options if selected]
            if not chosen and self.select_options:
                chosen = [self.select_options[0][0]]  # a browser sends the first option
            self.fields.setdefault(self.select, []).extend(chosen)
            self.select = None
        elif tag == "textarea" and self.textarea is not None:
            # A browser drops the one newline that may follow <textarea> (Django writes one there).
            self.fields.setdefault(self.textarea, []).append("".join(self.text).removeprefix("\n"))
            self.textarea = None


def form_fields(html: str, form_id: str) -> dict[str, list[str]]:
    """The fields of `<form id="form_id">` with the values the page shows, ready for `client.post`."""
    reader = _FormReader(form_id)
    reader.feed(html)
    return reader.fields
