"""LaTeX left in text by PDF extraction → the text it typesets (MAPPING §1).

Why its own module: a résumé made with LaTeX and turned back into text
keeps crumbs of its source — math-mode separators (``$\\cdot$``,
``$\\vert$``), layout (``\\hfill``, ``\\\\``), escapes (``\\%``, ``\\&``),
accents (``M{\\"u}ller``), font commands (``\\textbf{…}``), links
(``\\href{url}{text}``), ties (``Mar.~2021``), dashes (``--``) and icon
commands (``\\faGithub``). Each becomes what the reader of the PDF saw:
layout gaps become the ``|`` column separator the rest of the parser
knows, emphasis becomes Markdown emphasis (a cue later steps use), links
become Markdown links, and any other command gives back its argument.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from .icons import icon_commands

#: Symbol commands (in or out of math) → the character they typeset.
_SYMBOLS = {"LaTeX": "LaTeX", "TeX": "TeX", "bullet": "•", "textbullet": "•", "cdot": "·", "textperiodcentered": "·",
            "vert": "|", "lvert": "|", "rvert": "|", "mid": "|", "textbar": "|", "diamond": "·", "times": "×",
            "pm": "±", "sim": "~", "textasciitilde": "~", "approx": "≈", "leq": "≤", "geq": "≥", "le": "≤",
            "ge": "≥", "rightarrow": "→", "to": "→", "ast": "*", "star": "*", "circ": "°", "degree": "°",
            "textdegree": "°", "euro": "€", "texteuro": "€", "pounds": "£", "textendash": "–", "textemdash": "—",
            "ldots": "…", "dots": "…", "cdots": "…", "textellipsis": "…", "S": "§", "copyright": "©",
            "item": "•", "%": "%", "&": "&", "_": "_", "#": "#", "$": "$", "{": "{", "}": "}"}
#: Symbols that separate fields: written with spaces around them.
_SEPARATORS = frozenset("•·|")
#: Letters written as commands (``{\ss}``, ``\o``).
_LETTERS = {"ss": "ß", "aa": "å", "AA": "Å", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "o": "ø", "O": "Ø",
            "l": "ł", "L": "Ł", "i": "i", "j": "j"}
#: Accent commands → combining marks (``\"u`` → ü, ``\c{c}`` → ç, ``\v s`` → š).
_ACCENTS = {'"': "\u0308", "'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303", "=": "\u0304", ".": "\u0307",
            "c": "\u0327", "v": "\u030c", "u": "\u0306", "H": "\u030b", "k": "\u0328", "r": "\u030a"}
_ACCENT = re.compile(r"(?P<open>\{)?\\(?:(?P<sym>[\"'`^~=.])|(?P<word>[cvuHkr])(?=[\s{]))\s*"
                     r"(?:\{\s*\\?(?P<a>[A-Za-z])\s*\}|\\?(?P<b>[A-Za-z]))(?(open)\})")
_LETTER_NAMES = "ss|aa|AA|ae|AE|oe|OE|o|O|l|L|i|j"
_LETTER = re.compile(rf"\{{\\({_LETTER_NAMES})\}}|\\({_LETTER_NAMES})(?![A-Za-z])(?:\{{\}})?")

_MATH = re.compile(r"\$([^$\n]{0,200})\$")
#: ``\(3.8/4.0\)``: inline math as nougat and pandoc write it (a lone ``\(`` is a Markdown escape).
_PAREN_MATH = re.compile(r"\\\((.{0,200}?)\\\)")
_MATHY = re.compile(r"[\d\\^_{]")
_MATH_CMD = re.compile(r"\s*\\([A-Za-z]+|[%&_#$])\s*(?:\{\})?")
_MATH_TEXT = re.compile(r"\\(?:text(?:bf|it|rm|tt|sf)?|math(?:rm|bf|it|sf)|mbox)\s*\{([^{}]{0,200})\}")
_ESCAPED_DOLLAR = "\x00"
_SPACE = re.compile(r"\\[,;:! ]|\\(?:hspace|vspace)\*?\{[^{}]{0,20}\}|\\(?:smallskip|medskip|bigskip|noindent|par)\b")
#: Horizontal gaps and line breaks: where a PDF shows two columns of one line (``Org \hfill City``).
_GAP = re.compile(r"\s*(?:\\hfill\b|\\q?quad\b|\\newline\b|\\\\(?:\[[^\]]{0,10}\])?)\s*")
_HREF = re.compile(r"\\href\s*\{([^{}\s]{1,500})\}\s*\{([^{}]{0,300})\}")
_URL_CMD = re.compile(r"\\(?:url|path)\s*\{([^{}\s]{1,500})\}")
_BOLD = re.compile(r"\\(?:textbf|bf|bfseries)\s*\{([^{}]{0,300})\}")
_ITALIC = re.compile(r"\\(?:textit|emph|textsl|it|itshape)\s*\{([^{}]{0,300})\}")
_PLAIN = re.compile(r"\\(?:text(?:rm|tt|sf|sc|up|md|normal)?|underline|uline|mbox|textsuperscript)\s*"
                    r"\{([^{}]{0,300})\}")
#: Commands whose first argument is a setting, not text (``\textcolor{gray}{text}``, ``\color{gray}``).
_SETTING = re.compile(r"\\(?:textcolor|colorbox|color|fontsize|setlength|includegraphics|begin|end)\*?"
                      r"(?:\[[^\]]{0,40}\])?\{[^{}]{0,100}\}(?:\[[^\]]{0,40}\])?")
_SYMBOL = re.compile(r"\\(?:([A-Za-z]+)(?![A-Za-z])(?:\{\})?|([%&_#{}]))")
#: Markdown backslash escapes (``\*``, ``\[``, ``\|``): the character itself.
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|~<>])")
#: Any other command: its argument is text (``\textsc{…}``, ``\mbox{…}``); without one it is layout (``\small``).
_WRAPPER = re.compile(r"\\[a-z][A-Za-z]*\*?(?:\[[^\]]{0,40}\])?((?:\s*\{[^{}]{0,300}\}){1,6})")
_ARGUMENT = re.compile(r"\{([^{}]*)\}")
#: A command with no argument (``\\small``, ``\\scshape``, ``\\Huge``): a setting, not text.
_BARE = re.compile(r"\\(?:[a-z][A-Za-z]*|Large|LARGE|Huge)\*?+(?![A-Za-z])(?:\{\})?+(?!\s*\{)")
_GROUP = re.compile(r"\{([^{}]{0,300})\}")
_TIE = re.compile(r"(?<=[^\W\d_]|\.)~(?=\w)")
_DASH = re.compile(r"(?<=[\s\d])-{2,3}(?=[\s\dA-Z])")


def _symbol(m: re.Match[str]) -> str:
    """A symbol command's character (separators with spaces around them); other commands are left as they are."""
    sym = _SYMBOLS.get(m.group(1) or m.group(2))
    if sym is None:
        return m.group(0)
    return f" {sym} " if sym in _SEPARATORS else sym


def _emphasis(mark: str) -> Callable[[re.Match[str]], str]:
    """``\\textbf{ Name }`` → ``**Name**`` (Markdown emphasis may not start or end with a space)."""
    return lambda m: f"{mark}{m.group(1).strip()}{mark}" if m.group(1).strip() else " "


def _arguments(m: re.Match[str]) -> str:
    """A macro's arguments are its fields (``\\resumeSubheading{Org}{City}{Role}{Dates}``): one column each."""
    return " | ".join(a.strip() for a in _ARGUMENT.findall(m.group(1)) if a.strip())


def _accent(m: re.Match[str]) -> str:
    mark = _ACCENTS[m.group("sym") or m.group("word")]
    return unicodedata.normalize("NFC", (m.group("a") or m.group("b")) + mark)


def accents(text: str) -> str:
    """``M{\\"u}ller`` → ``Müller``, ``Fran\\c{c}ois`` → ``François``, ``\\ss`` → ``ß``."""
    if "\\" not in text:
        return text
    text = _ACCENT.sub(_accent, text)
    return _LETTER.sub(lambda m: _LETTERS[m.group(1) or m.group(2)], text)


def _math(match: re.Match[str]) -> str:
    """One ``$…$``: spacing dropped, symbols typeset (``$3 \\times$`` → ``3×``), braces and ``^`` removed."""
    inner = _SPACE.sub(" ", match.group(1))
    inner = _MATH_TEXT.sub(r"\1", inner)
    inner = _MATH_CMD.sub(lambda m: _SYMBOLS.get(m.group(1), " "), inner)
    inner = inner.replace("{", "").replace("}", "").replace("^", "").strip()
    if inner == "~" and not match.string[match.end():].lstrip()[:1].isdigit():
        return " | "  # (``phone $\sim$ e-mail``: a separator; ``$\sim$5k`` is "about")
    return f" {inner} " if inner in _SEPARATORS else inner


def _commands(text: str) -> str:
    """Commands outside math: icons, gaps, links, emphasis, symbols, then any other command."""
    text = icon_commands(_GAP.sub(" | ", text))
    text = _SPACE.sub(" ", text)
    text = _HREF.sub(lambda m: f"[{m.group(2).strip() or m.group(1)}]({m.group(1)})", text)
    text = _URL_CMD.sub(r"\1", text)
    text = _SETTING.sub(" ", text)
    text = _BARE.sub(" ", _SYMBOL.sub(_symbol, text))
    for _ in range(3):  # nested wrappers, innermost first
        new = _PLAIN.sub(r"\1", _BOLD.sub(_emphasis("**"), _ITALIC.sub(_emphasis("*"), text)))
        if new == text:
            break
        text = new
    text = _MD_ESCAPE.sub(r"\1", text)
    text = _WRAPPER.sub(_arguments, text)
    return _GROUP.sub(r"\1", text)  # (braces left by a command: ``\textcolor{gray}{grey}``)


def unlatex(text: str) -> str:
    """LaTeX crumbs unwrapped: ``$3.80/4.0\\,$`` → ``3.80/4.0``, ``Org \\hfill City`` → ``Org | City``."""
    if "--" in text:
        text = _DASH.sub(lambda m: "—" if len(m.group(0)) == 3 else "–", text)
    if "~" in text:
        text = _TIE.sub(" ", text)
    if "$" not in text and "\\" not in text:
        return text
    text = accents(text.replace("\\$", _ESCAPED_DOLLAR))
    if "$" in text:
        text = _MATH.sub(_math, text)
    if "\\(" in text:
        text = _PAREN_MATH.sub(lambda m: _math(m) if _MATHY.search(m.group(1)) else f"({m.group(1)})", text)
    if "\\" in text:
        text = _commands(text)
    return text.replace(_ESCAPED_DOLLAR, "$")
