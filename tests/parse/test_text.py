"""Paragraphs from lines: wrapped lines join, dated lines stay items of their own."""
from __future__ import annotations

from converter.parse.items import Item
from converter.parse.text import paragraphs

LONG = "Encontro Nacional de Ciência de Dados, Coimbra (Portugal), a conference on applied data science"


def test_two_lines_ending_in_dates_are_two_items():
    items = [Item(f"{LONG} | 18/10/2022", (1,)), Item("Lisbon Data Science Meetup | 06/06/2019", (2,))]
    assert paragraphs(items) == [f"{LONG} | 18/10/2022", "Lisbon Data Science Meetup | 06/06/2019"]


def test_a_wrapped_line_still_joins():
    items = [Item(LONG, (1,)), Item("and its uses in industry.", (2,))]
    assert paragraphs(items) == [f"{LONG} and its uses in industry."]
