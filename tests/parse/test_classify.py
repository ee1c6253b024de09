"""Sections: which lines are headings and which section each line belongs to."""
from __future__ import annotations

import json

from converter.parse import parse_text


def test_known_phrases_one_level_down_group_entries_and_unknown_sections_still_open() -> None:
    md = ("# Ann Example\n\n## Publications\n\n### Journal Articles\n\n1. A. Example. 2020. Title one. *J. One*.\n\n"
          "### Conference Papers\n\n2. A. Example. 2021. Title two. In *Proc. Two*.\n\n"
          "### Preprints and Manuscripts Under Review\n\n3. A. Example. 2025. Title three. Under review.\n\n"
          "## Public Engagement\n\n- Radio interview on book history, 2023.\n\n## Languages\n\n- Spanish (native)\n")
    resume = parse_text(md).resume
    assert [p["name"] for p in resume["publications"]] == ["Title one", "Title two", "Title three"]
    assert "Preprints" not in json.dumps(resume)
    assert resume["meta"]["extraSections"] == [
        {"title": "Public Engagement", "items": ["Radio interview on book history, 2023."]}]
