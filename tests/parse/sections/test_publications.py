"""Publications by parts: title, venue, date, link and notes (MAPPING §4)."""
from __future__ import annotations

from converter.parse import parse_text


def _publications(body: str) -> list[dict]:
    return parse_text(f"# Ann Example\n\n## Publications\n\n{body}\n").resume["publications"]


def test_a_date_holding_a_comma_is_one_date_not_part_of_the_venue() -> None:
    assert _publications("**Sparse Kernels**, *Hooli Press* | Oct 1, 2014") == [
        {"name": "Sparse Kernels", "publisher": "Hooli Press", "releaseDate": "2014-10-01"}]


def test_link_and_sentence_under_a_titled_venue() -> None:
    body = ("**Video compression for 3d media**, *Hooli* | Oct 2014\n"
            "[en.wikipedia.org/wiki/Video_(format)](https://en.wikipedia.org/wiki/Video_(format))\n"
            "Innovative middle-out compression algorithm that changes the way we store data.")
    assert _publications(body) == [{
        "name": "Video compression for 3d media", "publisher": "Hooli", "releaseDate": "2014-10",
        "url": "https://en.wikipedia.org/wiki/Video_(format)",
        "summary": "Innovative middle-out compression algorithm that changes the way we store data."}]
