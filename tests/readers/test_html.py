"""The HTML reader: structure and cues from tags, nothing hidden or executable read."""
from __future__ import annotations

import pytest

from converter.api import MAX_INPUT_BYTES
from converter.errors import InputError
from converter.readers.html import html_lines
from converter.registry import reader_for_extension
from tests.conftest import FIXTURES


def lines_of(html: str) -> list[tuple]:
    return [(ln.text, ln.heading, ln.bold, ln.italic, ln.bullet, ln.indent, ln.right)
            for ln in html_lines(html.encode("utf-8"))]


def texts(html: str) -> list[str]:
    return [ln.text for ln in html_lines(html.encode("utf-8"))]


def test_registered_for_html_extensions() -> None:
    assert reader_for_extension(".htm").lines is html_lines
    assert reader_for_extension(".html").lines is html_lines


def test_json_resume_even_theme_page_reads_in_order() -> None:
    lines = html_lines((FIXTURES / "documents" / "even-theme.html").read_bytes())
    assert [(ln.text, ln.heading, ln.bullet) for ln in lines] == [
        ("Jane Example", 1, False),
        ("Backend Engineer", 0, False),
        ("Backend engineer with ten years in finance and logistics, building reliable payment systems.", 0, False),
        ("Berlin, Germany", 0, True),
        ("[jane@example.com](mailto:jane@example.com)", 0, True),
        ("[+1 555 0100](tel:+15550100)", 0, True),
        ("[janeexample.dev](https://janeexample.dev)", 0, True),
        ("[janeexample](https://github.com/janeexample) (GitHub)", 0, True),
        ("Work", 3, False),
        ("[Acme Corp](https://acme.example.com)", 4, False),
        ("Payments for small shops", 0, False),
        ("Senior Engineer", 5, False),
        ("Jan 2019 – Present", 0, False),
        ("Berlin, Germany", 0, False),
        ("Owns the ledger and the payments API.", 0, False),
        ("Led the migration of the ledger to event sourcing", 0, True),
        ("Cut p99 latency from 900 ms to 120 ms", 0, True),
        ("Education", 3, False),
        ("[Technical University of Munich](https://www.tum.example.edu/)", 4, False),
        ("Computer Science", 0, False),
        ("Oct 2013 – Sep 2015", 0, False),
        ("Master", 0, False),
        ("Skills", 3, False),
        ("Backend: Python, Go, PostgreSQL", 0, False),
        ("Streaming: Kafka, Flink", 0, False),
        ("Languages", 3, False),
        ("German: Native speaker", 0, False),
    ]
    assert [ln.number for ln in lines] == list(range(1, 28))


def test_scripts_styles_templates_and_hidden_elements_are_never_read() -> None:
    html = """<html><head><title>T</title><style>p{color:red}</style></head>
    <body onload="alert(1)"><script>document.write('<p>SCRIPT</p>')</script>
    <noscript>NOSCRIPT</noscript><template><p>TEMPLATE</p></template>
    <p hidden>HIDDEN</p><p aria-hidden="true">ARIA</p><div style="color: red; display : none">NONE</div>
    <span style="visibility:hidden">INVISIBLE</span><span class="sr-only">SR</span>
    <p class="hidden-xs">Shown on desktops</p><iframe src="https://evil.example"></iframe>
    <p>Jane Example</p></body></html>"""
    assert texts(html) == ["Shown on desktops", "Jane Example"]


def test_inline_markup_links_and_line_breaks() -> None:
    html = """<p><b>Senior Engineer</b>, <em>Acme</em><br>Berlin &amp; remote</p>
    <p><a href="https://x.example">site</a> <a href="javascript:alert(1)">click</a> <a href="#top">top</a></p>
    <h2>Skills</h2>"""
    assert lines_of(html) == [
        ("**Senior Engineer**, *Acme*", 0, False, False, False, 0.0, ""),
        ("Berlin & remote", 0, False, False, False, 0.0, ""),
        ("[site](https://x.example) click top", 0, False, False, False, 0.0, ""),
        ("Skills", 2, True, False, False, 0.0, ""),
    ]


def test_a_subtitle_under_a_heading_is_a_plain_line() -> None:
    html = "<hgroup><h1>Jane</h1><h2>Engineer</h2></hgroup><h2>Work</h2><p>x</p><h3>Acme</h3><h4>Lead</h4>"
    assert [(t, h, b) for t, h, b, *_ in lines_of(html)] == [
        ("Jane", 1, True), ("Engineer", 0, False), ("Work", 2, True), ("x", 0, False), ("Acme", 3, True),
        ("Lead", 0, False)]


def test_nested_lists_indent_by_depth() -> None:
    html = "<ul><li>Python<ul><li>Django</li></ul></li><li>Go</li></ul><ol><li><p>First</p></li></ol>"
    assert [(t, b, i) for t, _, _, _, b, i, _ in lines_of(html)] == [
        ("Python", True, 2.5), ("Django", True, 5.0), ("Go", True, 2.5), ("First", True, 2.5)]


def test_table_rows_read_as_lines_with_the_date_cell_flush_right() -> None:
    html = """<table><tr><th>Role</th><th>Where</th></tr>
    <tr><td><b>Engineer</b></td><td>Acme</td><td>2019 – 2021</td></tr>
    <tr><td>2015</td><td>Intern at Globex</td></tr>
    <tr><td><p>Long cell</p><p>two paragraphs</p></td><td>2012</td></tr></table>"""
    assert [(t, r) for t, *_, r in lines_of(html)] == [
        ("Role Where", ""), ("**Engineer** Acme", "2019 – 2021"), ("2015 Intern at Globex", ""),
        ("Long cell", ""), ("two paragraphs", ""), ("2012", "")]


def test_preformatted_text_keeps_its_lines() -> None:
    assert texts("<pre>Jane Example\n  jane@example.com</pre>") == ["Jane Example", "jane@example.com"]


def test_windows_1252_page_and_odd_spaces() -> None:
    data = "<p>Caf\xe9\xa0Owner \u2013 2019</p>".encode("cp1252")
    assert [ln.text for ln in html_lines(data)] == ["Café Owner – 2019"]


def test_xml_declaration_and_entities_in_xhtml() -> None:
    page = '<?xml version="1.0" encoding="utf-8"?><html><body><p>Ann &amp; Bo &#8211; Lead</p></body></html>'
    assert texts(page) == ["Ann & Bo – Lead"]


@pytest.mark.parametrize(("data", "message"), [
    (b"", "not a readable HTML page (Document is empty)"),
    (b"<html><body><script>x()</script></body></html>", "the HTML page has no visible text"),
    (b"<p>x</p>" + b" " * MAX_INPUT_BYTES, "is 20.0 MB; the limit is 20 MB"),
])
def test_bad_pages_are_refused_in_one_plain_line(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as caught:
        html_lines(data)
    assert str(caught.value) == message


def test_page_nested_beyond_the_parser_limit_says_so() -> None:
    """libxml2 stops at 256 levels: the page was reported as having "no visible text"."""
    page = b"<html><body>" + b"<div>" * 300 + b"Ada Lovelace" + b"</div>" * 300 + b"</body></html>"
    with pytest.raises(InputError) as caught:
        html_lines(page)
    assert str(caught.value) == "the HTML page nests elements over 255 levels deep; the rest of it cannot be read"
    assert html_lines(b"<html><body>" + b"<div>" * 200 + b"Ada" + b"</div>" * 200 + b"</body></html>")[0].text == "Ada"


def test_a_tag_list_reads_as_a_dotted_row_or_as_its_heading_s_value() -> None:
    html = ("<h4>Tidepool</h4><ul><li>Resizes pools</li></ul><ul class='keywords'><li>Go</li><li>PostgreSQL</li></ul>"
            "<h4>Programming</h4><ul class='tag-list'><li>Python</li><li>SQL</li></ul>")
    assert texts(html) == ["Tidepool", "Resizes pools", "Go · PostgreSQL", "Programming: Python, SQL"]
