"""Text clean-up that applies to every value (MAPPING §1).

Why in one place: mojibake, LaTeX crumbs, HTML tags and icon glyphs come
from how a résumé was produced, not from what it says; every later step can
then assume clean text. Two forms are kept: ``md`` still carries Markdown
inline markup (bold/italic boundaries and links are useful signals), and
``plain`` is the value as it is written into JSON.
"""
from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

import ftfy

from . import vocab
from .icons import glyphs
from .latex import unlatex

#: Runs that look like UTF-8 read as cp1252/latin-1 (ftfy is only called on those lines: speed).
_MOJIBAKE_HINT = re.compile(r"[\u00c2-\u00f4][\u0080-\u00bf\u0152-\u2122]")
_MOJIBAKE_RUN = re.compile(r"[\u00c2-\u00f4][\u0080-\u00bf\u0152-\u2122]{1,3}")

_SPACED_LINE = re.compile(r"^\s*(?:[^\W\d_] ){3,}[^\W\d_](?:(?:\s{2,}|\s\|\s)(?:[^\W\d_] )*[^\W\d_])*\s*$")
_WORD_GAP = re.compile(r"\s{2,}|\s\|\s")
_LIGATURE = re.compile("[\ufb00-\ufb06]")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,10}(?:\s[^<>]{0,300})?/?>")

#: Symbols kept although they are "other symbols": ratings, legal marks, degrees.
_KEEP_SYMBOLS = frozenset("★☆●○◐■□°©®™№℃")
_DROP_CATEGORIES = frozenset({"So", "Co", "Cs", "Cn"})
_INVISIBLE = frozenset("\ufe0e\ufe0f\u200d\u200b\u200c\u2060\ufeff\u00ad")

_IMAGE = re.compile(r"!\[[^\]\n]{0,300}\]\([^)\s]{0,500}(?:\s\"[^\"]{0,200}\")?\)")
_IMAGE_ALT = re.compile(r"!\[([^\]\n]{0,300})\]\([^)\s]{0,500}(?:\s\"[^\"]{0,200}\")?\)")
_LINK = re.compile(r"\[([^\[\]\n]{0,500})\]\(([^()\s]{0,1000}(?:\([^()\s]{0,200}\)[^()\s]{0,200})?)"
                   r"(?:\s\"[^\"]{0,200}\")?\)")
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^<>\s]{1,1000})>")
_EMPH = re.compile(r"(\*\*|__|~~)(?=\S)(.{0,2000}?\S)\1")
#: (This and _LEFTOVER_STARS open with the ``*``/``_`` they need and look behind it after, so the regex
#: engine skips ahead to those characters instead of trying every place: same matches, several times faster.)
_EMPH1 = re.compile(r"([*_])(?<![\w*].)(?=[^\s*_])([^*_\n]{0,2000}?[^\s*_])\1(?![\w*])")
_CODE = re.compile(r"`([^`\n]{0,500})`")
_LEFTOVER_STARS = re.compile(r"[*_](?:(?<=\*)\*+|(?<!\S.)[*_]{0,2}(?=\S)|(?<=\S.)[*_]{1,2}(?!\S))")
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_COMMA = re.compile(r"\s+([,;])(?=\s)")
_EDGE = " \t,;:|،؛"  # (``،`` ``؛``: the Arabic comma and semicolon)


def _redecode(match: re.Match[str]) -> str:
    return match.group(0).encode("cp1252").decode("utf-8")


def repair(text: str) -> str:
    """Mojibake repaired (``â€”`` → ``—``), only where a hint of it is seen.

    The common case (UTF-8 read as cp1252) is undone run by run; anything
    else goes to ftfy, which knows the rarer encodings.
    """
    if text.isascii() or not _MOJIBAKE_HINT.search(text):  # (mojibake is never ASCII: most lines stop here)
        return text
    try:
        return _MOJIBAKE_RUN.sub(_redecode, text)
    except (UnicodeEncodeError, UnicodeDecodeError):
        return ftfy.fix_text(text, normalization="NFC")


def unhtml(text: str) -> str:
    """HTML tags and comments removed, entities decoded (``<sup>st</sup>`` → ``st``)."""
    if "<" in text:
        text = _HTML_COMMENT.sub(" ", text)
        text = re.sub(r"<br\s*/?>", " ", text, flags=re.I)
        text = _HTML_TAG.sub("", text)
    if "&" in text:
        text = html.unescape(text)
    return text


def fold_ligatures(text: str) -> str:
    """``ﬁnance`` → ``finance``: typeset ligatures (LaTeX sets fi, fl, ff) that a PDF extraction kept."""
    if text.isascii() or not _LIGATURE.search(text):
        return text
    return _LIGATURE.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def drop_icons(text: str) -> str:
    """Emoji and icon glyphs (``✉ ☎ 🌐 🎓 ⚙️``) removed: they mark fields, they are not content."""
    text = glyphs(text)
    if text.isascii():
        return text
    return text.translate(_ICON_TABLE)


class _IconTable(dict):
    """Code point → what :func:`drop_icons` writes for it (None: nothing, a space, or itself).

    Why a table filled on first sight: ``str.translate`` then handles a line
    at C speed; a character's category never changes, so an entry stays true.
    """

    def __missing__(self, code: int) -> int | str | None:
        ch = chr(code)
        if ch in _INVISIBLE:
            value: int | str | None = None
        elif ch not in _KEEP_SYMBOLS and unicodedata.category(ch) in _DROP_CATEGORIES:
            value = " "
        else:
            value = code
        self[code] = value
        return value


_ICON_TABLE = _IconTable()


def clean_md(text: str) -> str:
    """Source text with production noise removed but Markdown inline markup kept."""
    text = repair(text)
    text = unhtml(text)
    text = unlatex(text)
    text = unspace_letters(drop_icons(fold_ligatures(text)))
    if "  " in text or not text.isprintable():  # (printable text has no white space but the space: speed)
        text = _SPACES.sub(" ", text)
    if " ," in text or " ;" in text:
        text = _SPACE_BEFORE_COMMA.sub(r"\1", text)
    return text.strip()


def unspace_letters(text: str) -> str:
    """``E X P E R I E N C E`` → ``EXPERIENCE``, ``J A N E  D O E`` → ``JANE DOE``: letter-spaced type.

    Why the whole line only: a heading or name set with wide tracking comes
    out of a PDF one letter at a time, words apart by a wider gap; a line
    that is nothing else can only be that.
    """
    if not _SPACED_LINE.match(text):
        return text
    return " ".join(word.replace(" ", "") for word in _WORD_GAP.split(text.strip()))


def is_placeholder_url(url: str) -> bool:
    """``#``, empty or page-internal targets are not URLs (MAPPING: placeholder links)."""
    return not url or url.startswith("#") or url.lower().startswith("javascript:")


_BRACKET_LABEL = re.compile(r"\[([^\[\]()]{1,40})\](?!\()")


def drop_navigation(md: str, navigation: frozenset[str]) -> str:
    """``[Code]``, ``[Paper]``: bracketed link labels with no URL are navigation (MAPPING §5)."""
    if "[" not in md:
        return md
    return _BRACKET_LABEL.sub(lambda m: " " if m.group(1).strip().lower() in navigation else m.group(0), md)


def links(md: str) -> list[tuple[str, str]]:
    """(label, url) for every Markdown link with a real target, in order."""
    if "](" not in md and "<http" not in md:
        return []
    if "![" in md:  # a badge ``[![GitHub](image)](target)``: the image is layout, the target is the link
        md = _IMAGE_ALT.sub(r"\1", md)
    found = [(plain(m.group(1)), m.group(2)) for m in _LINK.finditer(md) if not is_placeholder_url(m.group(2))]
    found += [(m.group(1), m.group(1)) for m in _AUTOLINK.finditer(md)]
    return found


def unmark(md: str) -> str:
    """Markdown inline markup removed; link labels kept, targets dropped."""
    if "](" in md or "<" in md:
        md = _IMAGE.sub(" ", md)
        md = _AUTOLINK.sub(r"\1", md)
        for _ in range(3):
            new = _LINK.sub(r"\1", md)
            if new == md:
                break
            md = new
    if "`" in md:
        md = _CODE.sub(r"\1", md)
    if "*" in md or "_" in md or "~" in md:
        for _ in range(3):
            new = _EMPH.sub(r"\2", md)
            new = _EMPH1.sub(r"\2", new)
            if new == md:
                break
            md = new
        md = _LEFTOVER_STARS.sub("", md)
    return md


@lru_cache(maxsize=8192)
def plain(md: str) -> str:
    """The value as written to JSON: markup removed, white space collapsed, edges trimmed."""
    return trim(unmark(md))


def trim(text: str) -> str:
    """White space collapsed; bullets and trailing separators (``, ; : |``) removed."""
    text = " ".join(text.split())  # (what ``\s+`` → `` `` and strip() give: Python's \s is str.isspace)
    text = text.lstrip("-•·▪➢*–—>◦‣⁃ ").strip()
    return text.strip(_EDGE).strip()


def is_caps(text: str) -> bool:
    """Written wholly in capitals (at least two letters)."""
    if text.isascii():  # (every ASCII letter is upper or lower case: str.isupper says it, fast)
        return text.isupper() and sum(map(str.isupper, text)) >= 2
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters if c.isupper() or c.islower()) \
        and any(c.isupper() for c in letters)


#: A letter that starts a name's part: after a hyphen, an ``O'``/``D'`` prefix or an opening quote (``"MEG"``).
_NAME_PART = re.compile(r"(?:^|(?<=[-\"“(])|(?<=\b[^\W\d_]['’]))[^\W\d_]")
#: ``, RN``, ``, BSN``, ``, FRCS``: post-nominal letters after the name stay in capitals.
_POST_NOMINAL = re.compile(r"(?!JR$|SR$)[A-Z]{2,4}")


def _capitalised(word: str) -> str:
    if _ACRONYM.fullmatch(word):  # (``DBS``, ``(CPD)``: three letters or more and no vowel: an abbreviation)
        return word
    return _NAME_PART.sub(lambda m: m.group(0).upper(), word.lower())


_ACRONYM = re.compile(r"\(?[B-DF-HJ-NP-TV-XZ]{3,6}\)?[,:;.]?")


def title_case_name(name: str) -> str:
    """``YUSEN WU`` → ``Yusen Wu``, ``SARAH "SAL" O'NEILL, RN`` → ``Sarah "Sal" O'Neill, RN``.

    Other casing is kept as written (MAPPING §1).
    """
    if not is_caps(name):
        return name
    head, comma, tail = name.partition(", ")
    letters = vocab.words("post_nominals")  # (``DR AMARA OKONKWO MBBS MRCP``: the letters after the name)
    words = [w if k >= 2 and w.lower().strip(".") in letters else _capitalised(w) for k, w in enumerate(head.split())]
    after = [w if _POST_NOMINAL.fullmatch(w.rstrip(",;.")) else title_case_name(w) for w in tail.split(" ")]
    return " ".join(words) + (comma + " ".join(after) if comma else "")
