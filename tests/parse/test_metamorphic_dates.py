"""Metamorphic tests: rewriting a fixture's dates or entry lines without changing their meaning keeps its score.

Each perturbation of ``perturb_dates`` is applied to every fixture with a gold file; the perturbed fixtures are
parsed and scored by ../shared/eval/score.py against the gold (with the same rewrite applied to its free text where
the perturbation rewrites values the gold quotes). Each fixture's F1 must stay within ``SLACK`` of its unperturbed
F1, or at the floor stated in ``KNOWN`` for the few forms the parser still reads differently.
"""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from converter.canonical import to_json
from converter.parse import parse_text
from converter.readers.text import decode_text
from tests.conftest import FIXTURES, needs_shared
from tests.parse import perturb_dates as perturb
from tests.parse.scoring import score

SLACK = 0.02
#: (perturbation, fixture) → the F1 floor where the parser still reads the rewritten form less well: the measured
#: F1 (in the comment, with the F1 as written) rounded down to the hundredth below.
KNOWN: dict[tuple[str, str], float] = {
    # a two-column text layout: the column beside an entry's title is read into it once the dates move
    ("dates-below", "two-column-layout"): 0.96,  # 1.000 → 0.971
    ("loc-dot", "two-column"): 0.90,  # 0.985 → 0.912 (``Org · City`` between skill tags reads as one more tag list)
    # ``Studio Fellow | Harbour Arts Trust, Dundee``: 'Studio' names an organisation, so the role is taken for one
    ("role-pipe", "artist-portfolio"): 0.95,  # 1.000 → 0.960
    # not yet diagnosed (drops at or just past the slack)
    ("role-at", "student"): 0.93,  # 0.969 → 0.948
    ("role-org-line", "uk-teacher-cv"): 0.97,  # 1.000 → 0.980
    ("role-role-line", "chile-latam"): 0.96,  # 1.000 → 0.973
    ("loc-right", "italian"): 0.96,  # 0.994 → 0.970
}


def _fixtures() -> list[Path]:
    gold = FIXTURES / "gold"
    return sorted(p for ext in ("*.txt", "*.md") for p in FIXTURES.glob(ext) if (gold / f"{p.stem}.json").is_file())


@cache
def _source(path: Path) -> str:
    return decode_text(path.read_bytes())


@cache
def _gold(stem: str) -> dict:
    return json.loads((FIXTURES / "gold" / f"{stem}.json").read_text(encoding="utf-8"))


def _rewrite(name: str, path: Path) -> tuple[str, dict]:
    """The perturbed source and the gold it must parse to."""
    text, gold = _source(path), _gold(path.stem)
    if name in perturb.TEXT_PERTURBATIONS:
        fn = perturb.TEXT_PERTURBATIONS[name]
        return fn(text), perturb.gold_text(gold, fn)
    if name in perturb.PLACEMENTS:
        return perturb.PLACEMENTS[name](text), gold
    family, _, form = name.partition("-")
    make = perturb.role_order if family == "role" else perturb.location_placement
    return make(form, perturb.entry_parts(gold))(text), gold


def _scores(tmp: Path, name: str | None) -> dict[str, float]:
    """Each fixture's F1 after ``name`` (None: as written)."""
    for sub in ("src", "gold", "pred"):
        (tmp / sub).mkdir(parents=True)
    for path in _fixtures():
        text, gold = _rewrite(name, path) if name else (_source(path), _gold(path.stem))
        (tmp / "src" / path.name).write_text(text, encoding="utf-8")
        (tmp / "gold" / f"{path.stem}.json").write_text(json.dumps(gold), encoding="utf-8")
        (tmp / "pred" / f"{path.stem}.json").write_text(to_json(parse_text(text).resume), encoding="utf-8")
    report = score(tmp / "gold", tmp / "pred", tmp / "src")
    return {stem: row["prf"][2] for stem, row in report["files"].items()}


NAMES = [*perturb.TEXT_PERTURBATIONS, *perturb.PLACEMENTS, *(f"role-{f}" for f in perturb.ROLE_PERTURBATIONS),
         *(f"loc-{f}" for f in perturb.LOCATION_PERTURBATIONS)]


@pytest.fixture(scope="module")
def baseline(tmp_path_factory) -> dict[str, float]:
    return _scores(tmp_path_factory.mktemp("baseline"), None)


@needs_shared
@pytest.mark.parametrize("name", NAMES)
def test_meaning_preserving_rewrite_keeps_each_fixture_score(name, baseline, tmp_path):
    after = _scores(tmp_path, name)
    low = {stem: (round(baseline[stem], 3), round(f1, 3)) for stem, f1 in after.items()
           if f1 < min(baseline[stem] - SLACK, KNOWN.get((name, stem), 1.0))}
    assert not low, low


def test_rewrites_change_the_text_they_claim_to():
    text = "Engineer, Acme Corp, Bristol          Jan 2020 – Present\n- Built things since Sept. 2019"
    parts = [("Engineer", "Acme Corp", "Bristol")]
    assert perturb.month_format("mm")(text) == ("Engineer, Acme Corp, Bristol          01/2020 – Present\n"
                                                "- Built things since 09/2019")
    assert perturb.month_format("iso")("May 2021 to Sep 2022") == "2021-05 to 2022-09"
    assert perturb.month_format("dot")("May 2021 – June 2022") == "May 2021 – Jun. 2022"
    assert perturb.month_format("mm")("27 Dec 2021 – 16 Jan 2022") == "27 Dec 2021 – 16 Jan 2022"  # (full dates)
    assert perturb.range_separator(" until ")(text).splitlines()[0].endswith("Jan 2020 until Present")
    assert perturb.present_word("ongoing")("2019–present") == "2019–ongoing"
    first = "Engineer, Acme Corp, Bristol"
    assert perturb.date_placement("before")(text).splitlines()[0] == f"Jan 2020 – Present | {first}"
    assert perturb.date_placement("brackets")(text).splitlines()[0] == f"{first} (Jan 2020 – Present)"
    assert perturb.role_order("org-dash-role", parts)(text).startswith("Acme Corp — Engineer, Bristol  ")
    assert perturb.role_order("role-line", parts)(text).splitlines()[:2] == [
        "Engineer          Jan 2020 – Present", "Acme Corp, Bristol"]
    assert perturb.location_placement("brackets", parts)(text).startswith("Engineer, Acme Corp (Bristol)  ")
    # a bullet keeps its one line, and a line of two columns keeps its dates where they are
    assert perturb.role_order("org-line", parts)("- Engineer at Acme Corp") == "- Engineer at Acme Corp"
    columns = "Python     Engineer     2019 – 2020"
    assert perturb.date_placement("below")(columns) == columns
