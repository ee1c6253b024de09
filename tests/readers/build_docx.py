"""Small DOCX résumés made with python-docx for the DOCX reader's tests and benchmark.

Why built in code: each document shows one Word habit a reader must undo
(the contact block in the page header, a right tab stop before the date, a
table used for layout, a text box, a hyperlink) and the code says which.
Parts python-docx has no API for (hyperlinks, text boxes, fields) are
written as the XML Word itself writes.
"""
from __future__ import annotations

import io
import zipfile

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

_MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
_WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
_VML = 'xmlns:v="urn:schemas-microsoft-com:vml"'


def hyperlink(paragraph, text: str, url: str) -> None:
    """Append a hyperlink run the way Word writes it (a relationship + w:hyperlink)."""
    rid = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    paragraph._p.append(parse_xml(
        f'<w:hyperlink {nsdecls("w", "r")} r:id="{rid}"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>'
        f"<w:t>{text}</w:t></w:r></w:hyperlink>"))


def field(paragraph, instruction: str, result: str) -> None:
    """A complex field (``HYPERLINK "url"``, ``PAGE``) with its cached result, as Word writes it."""
    for xml in ('<w:fldChar w:fldCharType="begin"/>',
                f'<w:instrText xml:space="preserve"> {instruction} </w:instrText>',
                '<w:fldChar w:fldCharType="separate"/>', f"<w:t>{result}</w:t>", '<w:fldChar w:fldCharType="end"/>'):
        paragraph._p.append(parse_xml(f"<w:r {nsdecls('w')}>{xml}</w:r>"))


def text_box(paragraph, lines: list[str]) -> None:
    """A floating text box (DrawingML with its VML fallback, as Word saves it)."""
    body = "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in lines)
    paragraph._p.append(parse_xml(
        f'<w:r {nsdecls("w")} {_MC} {_WPS} {_VML}><mc:AlternateContent>'
        f'<mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>{body}</w:txbxContent>'
        f"</wps:txbx></wps:wsp></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox>"
        f"</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"))


def dated(document, title: str, date: str, *, style: str | None = None):
    """``Title<TAB>Date`` with a right tab stop at the text edge: Word's usual dated line."""
    p = document.add_paragraph(style=style)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    p.add_run(title).bold = True
    p.add_run("\t" + date)
    return p


def resume() -> bytes:
    """A one-page Word résumé using every feature the DOCX reader handles."""
    document = docx.Document()
    section = document.sections[0]
    head = section.header.paragraphs[0]
    head.text = "jane@example.com · +1 555 0100 · "
    hyperlink(head, "janeexample.dev", "https://janeexample.dev")
    footer = section.footer.paragraphs[0]
    footer.add_run("Page ")
    field(footer, "PAGE", "1")

    document.add_paragraph("Jane Example", style="Title")
    label = document.add_paragraph("Backend Engineer")
    label.runs[0].italic = True
    document.add_heading("Summary", level=1)
    summary = document.add_paragraph("Ten years in finance and logistics.")
    summary.add_run("\u00a0Builds reliable ")
    summary.add_run("payment").bold = True
    summary.add_run(" systems.")

    document.add_heading("Experience", level=1)
    dated(document, "Senior Engineer, Acme Corp", "Jan 2019 – Present")
    document.add_paragraph("Berlin, Germany").runs[0].italic = True
    document.add_paragraph("Led the migration of the ledger to event sourcing.", style="List Bullet")
    document.add_paragraph("Cut p99 latency from 900 ms to 120 ms.", style="List Bullet")

    table = document.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = table.rows[0].cells
    left.paragraphs[0].add_run("Software Engineer, Globex").bold = True
    right.paragraphs[0].text = "Mar 2015 – Dec 2018"
    right.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    detail = document.add_table(rows=1, cols=1).rows[0].cells[0]
    detail.paragraphs[0].text = "Hamburg, Germany"
    nested = detail.add_table(rows=2, cols=1)
    nested.rows[0].cells[0].paragraphs[0].text = "Built the fleet tracking service."
    nested.rows[1].cells[0].paragraphs[0].text = "Introduced contract tests."

    document.add_heading("Projects", level=1)
    project = document.add_paragraph("ledgerlite: ")
    field(project, 'HYPERLINK "https://github.com/jane/ledgerlite"', "github.com/jane/ledgerlite")
    document.add_heading("Skills", level=1)
    skills = document.add_paragraph()
    skills.add_run("Languages:").bold = True
    skills.add_run(" Python, Go")
    skills.add_run().add_break()
    skills.add_run("Data:").bold = True
    skills.add_run(" PostgreSQL, Kafka")
    text_box(document.add_paragraph("Interests"), ["Climbing", "Chess"])
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def styled_heading_resume() -> bytes:
    """Headings made with a custom style based on Heading 2, bold from the style only."""
    document = docx.Document()
    style = document.styles.add_style("Section Title", WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Heading 2"]
    style.font.size = Pt(14)
    document.add_paragraph("Education", style="Section Title")
    document.add_paragraph("MSc Computer Science")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def with_part(name: str, content: bytes, base: bytes | None = None) -> bytes:
    """A copy of a DOCX (the minimal résumé by default) with one part replaced or added."""
    src = zipfile.ZipFile(io.BytesIO(base or styled_heading_resume()))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            if item.filename != name:
                out.writestr(item, src.read(item))
        out.writestr(name, content)
    return buf.getvalue()
