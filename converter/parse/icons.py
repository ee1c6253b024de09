"""Icons that mark contact fields (``\\faGithub``, Font Awesome glyphs) → the label they stand for.

Why: a LaTeX résumé writes ``\\faGithub\\ rafito`` and its PDF holds a
private-use glyph (U+F09B) in front of the handle. The icon is never
content (MAPPING §1), but its name says which network a bare handle
belongs to, so a network icon before a handle becomes that network's label
(``GitHub: rafito``), which the contact reader already understands. Other
icons (envelope, phone, globe) are dropped: their values speak for themselves.
"""
from __future__ import annotations

import re
from functools import cache

from . import vocab
from .headings import section_key

#: Font Awesome brand glyphs in the private-use area (FA 4–6, also Nerd Fonts) → icon name.
_BRAND_GLYPHS = {"\uf09b": "github", "\uf113": "github", "\uf092": "github", "\uf08c": "linkedin",
                 "\uf0e1": "linkedin", "\uf099": "twitter", "\uf081": "twitter", "\uf296": "gitlab",
                 "\uf16c": "stackoverflow", "\uf8d2": "orcid", "\uf2c6": "telegram", "\uf16d": "instagram"}
#: Icon fonts put their glyphs in the private-use area, and a PDF font without a Unicode map gives
#: ``(cid:123)`` for each of them: none of it is text.
_GLYPH = re.compile("[\ue000-\uf8ff]|\\(cid:\\d{1,5}\\)")
#: ``\faGithub``, ``\faLinkedinIn``, ``\aiOrcid`` (academicons), ``\faIcon{github}``, marvosym's ``\Letter``;
#: with their optional ``[regular]`` style, empty ``{}`` and the control space after them.
_COMMAND = re.compile(r"\\(?:fa(?:Icon|icon)?\*?(?:\[[a-z]+\])?\{(?P<arg>[\w-]{1,30})\}"
                      r"|(?:fa|ai)(?P<name>[A-Z][A-Za-z]{1,30})"
                      r"|(?:Letter|Mobilefone|Telefon|Email|Envelope|Mundus|Info)(?![A-Za-z]))(?:\[[a-z]+\])?"
                      r"(?:\{\})?(?:\\ )?\s*")
_SUFFIX = re.compile(r"(?:square|sign|alt|in|circle|o)$")


@cache
def _networks() -> dict[str, str]:
    """Label words with spaces removed (``googlescholar``) → network name."""
    return {k.replace(" ", ""): v for k, v in vocab.load("profiles")["labels"].items()}


def network(name: str) -> str | None:
    """``Github``, ``linkedin-in``, ``LinkedinSquare``, ``GoogleScholar``, ``XTwitter`` → the network, or None."""
    key = re.sub(r"[\s_-]", "", name.lower())
    if not key:
        return None
    for _ in range(2):
        if key in _networks():
            return _networks()[key]
        if key.startswith("x") and key[1:] in ("twitter", "twittersquare"):
            return "X"
        key = _SUFFIX.sub("", key)
    return None


def _before_handle(after: str) -> bool:
    """What follows the icon is a handle or an address (``rafito``, ``Rafito``, ``[rafito](…)``).

    Not a heading word (``Links``) nor two capitalised words (``Rafael Ito``:
    the label of a link whose address the extraction lost).
    """
    tokens = after.split(maxsplit=2)
    if not tokens or not (tokens[0][0].isalnum() or tokens[0][0] in "@["):
        return False
    if not (tokens[0].isalpha() and tokens[0].istitle()):
        return True
    named = len(tokens) > 1 and tokens[1].isalpha() and tokens[1].istitle()
    return not named and section_key(tokens[0], True) is None


def _marker(name: str, before: str, after: str) -> str:
    """What an icon leaves: a field separator when it stands between fields, and its network's label."""
    before = before.rstrip()
    sep = " | " if before and before[-1] not in "|·•,;:([" else " "
    net = network(name)
    return f"{sep}{net}: " if net and _before_handle(after) else sep


def icon_commands(text: str) -> str:
    """``\\faGithub\\ rafito`` → ``GitHub: rafito``; ``a@b.c \\faPhone\\ 555`` → ``a@b.c | 555``."""
    return _COMMAND.sub(lambda m: _marker(m.group("name") or m.group("arg") or "", text[:m.start()],
                                          text[m.end():]), text)


def glyphs(text: str) -> str:
    """Icon-font glyphs: `` rafito`` (U+F09B, GitHub's) → ``GitHub: rafito``; between fields a ``|``."""
    if (text.isascii() and "(cid:" not in text) or not _GLYPH.search(text):
        return text
    return _GLYPH.sub(lambda m: _marker(_BRAND_GLYPHS.get(m.group(0), ""), text[:m.start()],
                                        text[m.end():].lstrip()), text)
