"""The JSON and YAML readers: JSON Resume in, plain dict out; every failure one line naming where."""
from __future__ import annotations

import json

import pytest

from converter.errors import InputError
from converter.readers.json import read_json, read_yaml
from tests.conftest import FIXTURES, OFFICIAL_SAMPLE, needs_shared


@needs_shared
def test_reads_official_sample() -> None:
    doc = read_json(OFFICIAL_SAMPLE.read_bytes())
    assert doc == json.loads(OFFICIAL_SAMPLE.read_text(encoding="utf-8"))
    assert doc["basics"]["name"] == "Richard Hendriks"


def test_reads_utf8_with_bom() -> None:
    assert read_json('\ufeff{"basics": {"name": "Zoë"}}'.encode()) == {"basics": {"name": "Zoë"}}


def test_yaml_reads_like_json() -> None:
    from_yaml = read_yaml((FIXTURES / "yaml" / "extras.yaml").read_bytes())
    assert from_yaml == json.loads((FIXTURES / "json" / "valid" / "extras.json").read_text(encoding="utf-8"))
    assert from_yaml["work"][0]["startDate"] == "2021-07-01"


@pytest.mark.parametrize(("data", "message"), [
    (b'{"basics": {\n  "name": "A",\n}}',
     "invalid JSON at line 3, column 1: Expecting property name enclosed in double quotes"),
    (b'{"basics": 1', "invalid JSON at line 1, column 13: Expecting ',' delimiter"),
    (b"", "invalid JSON at line 1, column 1: Expecting value"),
    (b'{"name": "Ren\xe9"}', "not UTF-8 JSON: byte 0xe9 at offset 13"),
    (b'["a"]', "a JSON Resume document is an object ({...}), not a list"),
    (b"3", "a JSON Resume document is an object ({...}), not a number"),
    (b"null", "a JSON Resume document is an object ({...}), not null"),
    (b'"cv"', "a JSON Resume document is an object ({...}), not text"),
    (b"[" * 100_000 + b"]" * 100_000, "nested more than 64 levels deep; a résumé is never that deep"),
    (b'{"x": ' + b"[" * 64 + b"]" * 64 + b"}", "nested more than 64 levels deep; a résumé is never that deep"),
    (b'{"basics": {"name": "A\\ud800"}}',
     "/basics/name: '\\ud800' is half a character (a lone UTF-16 surrogate), not text"),
    (b'{"x": [' + b",".join([b"1"] * 200_001) + b"]}", "holds more than 200,000 values; a résumé has a few hundred"),
    (b'{"work": [{"x\\udfff": 1}]}',
     "/work/0/x\\udfff: '\\udfff' is half a character (a lone UTF-16 surrogate), not text"),
    (b'{"basics": {"x-score": NaN}}', "invalid JSON: NaN is not a JSON value"),
    (b'{"basics": {"x-score": -Infinity}}', "invalid JSON: -Infinity is not a JSON value"),
])
def test_json_errors(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as caught:
        read_json(data)
    assert str(caught.value) == message


@pytest.mark.parametrize(("data", "message"), [
    (b"basics:\n  name: [A\n", "invalid YAML at line 3, column 1: expected ',' or ']', but got '<stream end>'"),
    (b"basics:\n\tname: A\n", "invalid YAML at line 2, column 1: found character '\\t' that cannot start any token"),
    (b"- one\n- two\n", "a JSON Resume document is an object ({...}), not a list"),
    (b"x: " + b"[" * 100_000, "nested more than 64 levels deep; a résumé is never that deep"),
    (b"x: " + b"[" * 64 + b"]" * 64, "nested more than 64 levels deep; a résumé is never that deep"),
    (b"a0: &a0 [x,x,x,x,x,x,x,x,x,x]\n" + b"".join(
        b"a%d: &a%d [" % (i, i) + b",".join([b"*a%d" % (i - 1)] * 10) + b"]\n" for i in range(1, 9)),
     "holds more than 200,000 values; a résumé has a few hundred"),
    (b"name: \xff\n", "not UTF-8 YAML: byte 0xff at offset 6"),
    (b"!!python/object:os.system {}\n", None),
])
def test_yaml_errors(data: bytes, message: str | None) -> None:
    with pytest.raises(InputError) as caught:
        read_yaml(data)
    if message is not None:
        assert str(caught.value) == message
    assert "\n" not in str(caught.value)


def test_nesting_up_to_the_limit_is_read() -> None:
    doc = read_json(b'{"x": ' + b"[" * 63 + b"]" * 63 + b"}")
    assert str(doc).count("[") == 63
