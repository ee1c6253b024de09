"""The view every visual writer draws: a résumé dict laid out as themed sections.

Why a view: the PDF and DOCX writers must show the same words in the same
order with the same dates, section titles and visibility for a given theme.
Deciding that once, here, leaves each writer only the job of drawing
headings, entries, paragraphs and bullets in its own format. The view is
derived from the JSON Resume dict on every render; nothing reads it back.

The entry shapes are chosen to read back well too: ``**Role**, *Org*`` title
lines, labelled ``GPA:``/``Courses:`` lines and ``Category: a, b`` skills are
forms MAPPING.md defines, so Vita's own PDF/DOCX round-trip through its
readers.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..types import Resume, Theme
from .dates import format_date, format_range
from .fonts import docx_family, pdf_family

__all__ = ["PARAGRAPH_SPACE", "Entry", "Header", "Layout", "Run", "Section", "contact_runs", "display_url",
           "docx_family", "format_date", "format_range", "layout", "link_target", "pdf_family", "section_order"]

#: Space before a paragraph that follows one of its own kind (a second detail line, an entry's
#: description, a second summary paragraph), as a share of the font size. Why: in a PDF a line
#: that ends near the margin looks wrapped; this gap, wider than any line pitch, tells a reader
#: (Vita's own among them) that the next line starts a paragraph of its own.
PARAGRAPH_SPACE = 0.3


@dataclass(frozen=True)
class Run:
    """A piece of inline text, optionally a link, after an unlinked ``label`` (``SoundCloud: ``)."""

    text: str
    url: str = ""
    label: str = ""


@dataclass
class Entry:
    """One item of a section: a title line (with dates flush right), then details."""

    title: str = ""
    subtitle: str = ""
    dates: str = ""
    location: str = ""
    url: str = ""
    #: Extra one-line details under the title ("GPA: 3.9", "Courses: …", authors).
    lines: list[str] = field(default_factory=list)
    summary: str = ""
    bullets: list[str] = field(default_factory=list)
    #: ``Category: a, b, c`` rows (skills, interests, languages) have a label and a value.
    label: str = ""
    value: str = ""


@dataclass
class Section:
    """A section to draw: its key (``work``, ``extra`` …), title, and content."""

    key: str
    title: str
    entries: list[Entry] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)


@dataclass
class Header:
    name: str = ""
    label: str = ""
    contacts: list[Run] = field(default_factory=list)
    image: str = ""


@dataclass
class Layout:
    header: Header
    sections: list[Section]


def _join(*parts: str, sep: str = ", ") -> str:
    return sep.join(p.strip() for p in parts if p and p.strip())


def _location_text(loc: dict) -> str:
    return _join(loc.get("address", "").replace("\n", ", "), loc.get("city", ""),
                 _join(loc.get("region", ""), loc.get("postalCode", ""), sep=" "), loc.get("countryCode", ""))


def link_target(url: str) -> str:
    """A clickable target: URLs written without a scheme get ``https://`` (MAPPING §1)."""
    if not url or "://" in url or url.startswith(("mailto:", "tel:")):
        return url
    return f"https://{url}"


def display_url(url: str) -> str:
    """A link as people write it: no scheme, no ``www.``, no trailing slash."""
    for prefix in ("https://", "http://", "mailto:"):
        if url.startswith(prefix):
            url = url[len(prefix):]
    return url.removeprefix("www.").rstrip("/")


def contact_runs(basics: dict) -> list[Run]:
    """The contact line: e-mail, phone, site, place, then each profile."""
    runs: list[Run] = []
    if basics.get("email"):
        runs.append(Run(basics["email"], f"mailto:{basics['email']}"))
    if basics.get("phone"):
        runs.append(Run(basics["phone"], "tel:" + "".join(c for c in basics["phone"] if c.isdigit() or c == "+")))
    if basics.get("url"):
        runs.append(Run(display_url(basics["url"]), link_target(basics["url"])))
    place = _location_text(basics.get("location") or {})
    if place:
        runs.append(Run(place))
    for profile in basics.get("profiles") or []:
        url, user, network = profile.get("url", ""), profile.get("username", ""), profile.get("network", "")
        if url and network and user:  # all three shown: ``SoundCloud: dandymusicnl``, the handle linked
            runs.append(Run(user, link_target(url), label=f"{network}: "))
        elif url:
            runs.append(Run(display_url(url), link_target(url), label=f"{network}: " if network else ""))
        elif user or network:
            runs.append(Run(_join(network, user, sep=": ")))
    return runs


def _dated(entry: Entry, item: dict, theme: Theme, *, open_ended: bool = True) -> Entry:
    entry.dates = format_range(item.get("startDate"), item.get("endDate"), theme, open_ended=open_ended)
    return entry


def _work(item: dict, theme: Theme, org_key: str = "name") -> Entry:
    org, position = item.get(org_key, ""), item.get("position", "")
    entry = Entry(title=position or org, subtitle=org if position else "", location=item.get("location", ""),
                  url=link_target(item.get("url", "")),
                  summary=_join(item.get("description", ""), item.get("summary", ""), sep="\n"),
                  bullets=list(item.get("highlights") or []))
    return _dated(entry, item, theme)


def _volunteer(item: dict, theme: Theme) -> Entry:
    return _work(item, theme, org_key="organization")


def _score_line(score: str) -> str:
    numeric = any(c.isdigit() for c in score) and all(c.isdigit() or c in "./, %" for c in score)
    return f"{'GPA' if numeric else 'Grade'}: {score}"


def _education(item: dict, theme: Theme) -> Entry:
    study, area = item.get("studyType", ""), item.get("area", "")
    degree = f"{study} in {area}" if study and area and area not in study else (study or area)
    lines = [degree] if degree else []
    if item.get("score"):
        lines.append(_score_line(item["score"]))
    if item.get("courses"):
        lines.append("Courses: " + ", ".join(item["courses"]))
    entry = Entry(title=item.get("institution", ""), location=item.get("location", ""),
                  url=link_target(item.get("url", "")),
                  lines=lines, summary=item.get("summary", ""))
    return _dated(entry, item, theme)


def _award(item: dict, theme: Theme) -> Entry:
    return Entry(title=item.get("title", ""), subtitle=item.get("awarder", ""),
                 dates=format_date(item["date"], theme["dates"]["format"]) if item.get("date") else "",
                 summary=item.get("summary", ""))


def _certificate(item: dict, theme: Theme) -> Entry:
    return Entry(title=item.get("name", ""), subtitle=item.get("issuer", ""), url=link_target(item.get("url", "")),
                 dates=format_date(item["date"], theme["dates"]["format"]) if item.get("date") else "")


def _publication(item: dict, theme: Theme) -> Entry:
    date = item.get("releaseDate")
    return Entry(title=item.get("name", ""), subtitle=item.get("publisher", ""),
                 url=link_target(item.get("url", "")),
                 dates=format_date(date, theme["dates"]["format"]) if date else "",
                 summary=item.get("summary", ""))


def _project(item: dict, theme: Theme) -> Entry:
    lines = []
    if item.get("roles"):
        lines.append("Roles: " + ", ".join(item["roles"]))
    if item.get("keywords"):
        lines.append("Keywords: " + ", ".join(item["keywords"]))
    entry = Entry(title=item.get("name", ""), subtitle=item.get("entity", ""), url=link_target(item.get("url", "")),
                  summary=item.get("description", ""),
                  bullets=list(item.get("highlights") or []), lines=lines)
    return _dated(entry, item, theme)


def _labelled(label: str, value: str) -> Entry:
    return Entry(label=label, value=value)


def _skill(item: dict, theme: Theme) -> Entry:
    name = item.get("name", "")
    if item.get("level"):
        name = f"{name} ({item['level']})" if name else item["level"]
    return _labelled(name, ", ".join(item.get("keywords") or []))


def _language(item: dict, theme: Theme) -> Entry:
    return _labelled(item.get("language", ""), item.get("fluency", ""))


def _interest(item: dict, theme: Theme) -> Entry:
    return _labelled(item.get("name", ""), ", ".join(item.get("keywords") or []))


def _reference(item: dict, theme: Theme) -> Entry:
    return Entry(title=item.get("name", ""), summary=item.get("reference", ""))


BUILDERS: dict[str, Callable[[dict, Theme], Entry]] = {
    "work": _work, "volunteer": _volunteer, "education": _education, "awards": _award,
    "certificates": _certificate, "publications": _publication, "skills": _skill,
    "languages": _language, "interests": _interest, "references": _reference, "projects": _project,
}


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]


def _section(key: str, doc: Resume, theme: Theme) -> Iterable[Section]:
    titles = theme["sections"].get("titles", {})
    if key == "summary":
        text = (doc.get("basics") or {}).get("summary", "")
        if text:
            yield Section(key, titles.get("summary", "Summary"), paragraphs=_paragraphs(text))
    elif key == "extra":
        for extra in (doc.get("meta") or {}).get("extraSections") or []:
            items = [i for i in extra.get("items", []) if isinstance(i, str) and i.strip()]
            if extra.get("title") or items:
                yield Section("extra", extra.get("title", ""), entries=[Entry(summary=i) for i in items])
    else:
        items = [i for i in doc.get(key) or [] if isinstance(i, dict) and i]  # type: ignore[attr-defined]
        if items:
            yield Section(key, titles.get(key, key.title()), entries=[_titled(BUILDERS[key](i, theme)) for i in items])


def _titled(entry: Entry) -> Entry:
    """An entry with no title (a qualification without its school) opens with its first detail line.

    Why: the title line, dates flush right, is what tells a reader that a
    new entry starts; a dated line with no words would join the one before.
    """
    if not (entry.title or entry.subtitle) and entry.lines:
        entry.title = entry.lines.pop(0)
    return entry


def section_order(theme: Theme) -> list[str]:
    """Sections in the theme's order; any it leaves out follow in the base order; hidden ones dropped."""
    base = ["summary", "work", "education", "projects", "publications", "awards", "certificates",
            "volunteer", "skills", "languages", "interests", "references", "extra"]
    chosen = list(theme["sections"].get("order", []))
    order = chosen + [k for k in base if k not in chosen]
    hidden = set(theme["sections"].get("hidden", []))
    return [k for k in order if k not in hidden]


def layout(doc: Resume, theme: Theme) -> Layout:
    """The résumé as the theme shows it: header, then visible sections in order."""
    basics = doc.get("basics") or {}
    header = Header(name=basics.get("name", ""), label=basics.get("label", ""),
                    contacts=contact_runs(basics), image=basics.get("image", ""))
    sections = [s for key in section_order(theme) for s in _section(key, doc, theme)]
    return Layout(header, sections)
