"""Styled runs → one line's Markdown text and whole-line emphasis; safe normalisation."""
from __future__ import annotations

from converter.readers._inline import Inline, Span, normalise, render


def test_partial_emphasis_is_marked_inline_with_spaces_outside() -> None:
    spans = [Span("Senior "), Span("Engineer ", bold=True), Span("at "), Span("Acme", italic=True)]
    assert render(spans) == Inline("Senior **Engineer** at *Acme*", False, False)


def test_whole_line_emphasis_goes_to_the_flags_only() -> None:
    assert render([Span("Experience", bold=True), Span(" "), Span("2019", bold=True)]) == \
        Inline("Experience 2019", True, False)
    assert render([Span("Berlin", italic=True)]) == Inline("Berlin", False, True)


def test_links_become_markdown_links_whatever_their_style() -> None:
    spans = [Span("Site: "), Span(" janeexample.dev ", bold=True, url="https://janeexample.dev")]
    assert render(spans).text == "Site: [janeexample.dev](https://janeexample.dev)"


def test_a_link_label_split_by_a_line_wrap_stays_one_link() -> None:
    spans = [Span("Scheduling for", url="https://p.example"), Span(" "), Span("Queues", url="https://p.example")]
    assert render(spans).text == "[Scheduling for Queues](https://p.example)"


def test_white_space_collapses_and_trims() -> None:
    assert render([Span("  a \n\t b  ")]).text == "a b"
    assert render([]) == Inline("", False, False)


def test_normalise_folds_only_what_keeps_the_meaning() -> None:
    assert normalise("ﬁnance ﬂeet\u00a0ｗｏｒｋ\u2009１２") == "finance fleet work 12"
    assert normalise("co\u00adop\u200berate") == "cooperate"
    assert normalise("热爱技术，注重质量。 Weisman Scores™ ½") == "热爱技术，注重质量。 Weisman Scores™ ½"
