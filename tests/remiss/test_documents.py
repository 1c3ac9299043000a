"""The documents of the Jämtland example: what the missiv, svarsmall and tjänsteskrivelse say."""

from __future__ import annotations

import importlib
import io
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from assembler.remiss.model import POSITIONS
from assembler.remiss.workflow import Prepared, prepare, render_letters

from .conftest import EXAMPLE_RESPONSES, EXAMPLE_SOURCES, TEMPLATES

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def remiss() -> Prepared:
    return prepare("remiss", EXAMPLE_SOURCES, "remiss-2023", TEMPLATES)


@pytest.fixture(scope="module")
def beslut() -> Prepared:
    return prepare("beslut", EXAMPLE_SOURCES, "remiss-2023", TEMPLATES, EXAMPLE_RESPONSES)


def part(docx: bytes, name: str = "word/document.xml") -> etree._Element:
    return etree.fromstring(zipfile.ZipFile(io.BytesIO(docx)).read(name))


def paragraphs(root: etree._Element) -> list[tuple[str, str]]:
    """(style, text) of every paragraph."""
    out = []
    for p in root.iter(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        out.append((style.get(f"{W}val") if style is not None else "",
                    "".join(t.text or "" for t in p.iter(f"{W}t"))))
    return out


def test_missiv_says_what_is_asked_and_when(remiss: Prepared) -> None:
    docx = render_letters(remiss, "krokom")["missiv-krokom.docx"]
    text = [t for _, t in paragraphs(part(docx))]
    assert "Till: Krokoms kommun" in text
    assert ("Den 26 maj 2023 beslutade SVOM att Gemensam plan för primärvårdsnivå i Jämtland "
            "Härjedalen skickas på remiss till länets kommuner och Region Jämtland Härjedalen."
            ) in text
    assert "Svar senast 31 augusti 2023. Remisstiden är 29 maj – 31 augusti 2023." in text
    attachments = [t for s, t in paragraphs(part(docx)) if s == "ListBullet"]
    title = "Gemensam plan för hälso- och sjukvård på primärvårdsnivå"
    assert attachments == [f"{title} – länsgemensam version (Word)",
                           f"{title} – lokal version för Lokal samverkansarena Krokom (Word)",
                           f"{title} – lokal version för Barnarenan (Word)", "Svarsmall (Word)"]
    assert ".docx" not in " ".join(attachments)  # titles, never file names
    assert f"Remiss: {title} i Jämtland Härjedalen" in text  # one title across the pack
    assert any("Remissvar Gemensam plan för primärvårdsnivå, dnr RS/1057/2021" in t
               for t in text)
    assert any(t.startswith("Helena Ivansson, Projektledare länets kommuner") for t in text)


def test_region_gets_every_arena_edition(remiss: Prepared) -> None:
    docx = render_letters(remiss, "region")["missiv-region.docx"]
    bullets = [t for s, t in paragraphs(part(docx)) if s == "ListBullet"]
    assert len(bullets) == 1 + 9 + 1


def test_svarsmall_has_a_dropdown_and_comment_box_per_section(remiss: Prepared) -> None:
    docx = render_letters(remiss, "krokom")["svarsmall-krokom.docx"]
    root = part(docx)
    sdts = list(root.iter(f"{W}sdt"))
    tags = [s.find(f"{W}sdtPr/{W}tag").get(f"{W}val") for s in sdts]
    assert tags[0] == "svarsmall|remiss-2023|krokom"
    sections = remiss.catalogue.form_sections()
    assert [t for t in tags if t.startswith("position|")] == [f"position|{s.id}"
                                                              for s in sections]
    assert [t for t in tags if t.startswith("comments|")] == [f"comments|{s.id}"
                                                              for s in sections]
    ids = [s.find(f"{W}sdtPr/{W}id").get(f"{W}val") for s in sdts]
    assert len(ids) == len(set(ids))
    for dropdown in root.iter(f"{W}dropDownList"):
        items = [(i.get(f"{W}value"), i.get(f"{W}displayText"))
                 for i in dropdown.iter(f"{W}listItem")]
        assert items[1:] == list(POSITIONS.items())
    headings = [t for s, t in paragraphs(root) if s == "FormHeading"]
    assert headings[0] == "Planen i sin helhet"
    assert "Strategi 7.3 Ökad tillgänglighet" in headings


def test_tjansteskrivelse_like_the_seed(beslut: Prepared) -> None:
    docx = render_letters(beslut, "krokom")["tjansteskrivelse-krokom.docx"]
    paras = paragraphs(part(docx))
    text = [t for _, t in paras]
    headings = [t for s, t in paras if s.startswith("Heading")]
    assert headings == ["Sammanfattning", "Bakgrund", "Ändringar i planen efter remissen",
                        "Ärendet", "Förslag till beslut", "Beslutsunderlag",
                        "Beslutet skickas till"]
    assert "Till: Kommunstyrelsen i Krokoms kommun" in text
    assert ("Svar har inkommit från sex av nio huvudmän: Region Jämtland Härjedalen, Bergs "
            "kommun, Krokoms kommun, Ragunda kommun, Strömsunds kommun och Östersunds kommun. "
            "Svar har inte inkommit från Bräcke kommun, Härjedalens kommun och Åre kommun."
            ) in text
    assert any("med sammanlagt tio synpunkter. Av synpunkterna har fyra beaktats, en beaktats "
               "delvis, tre inte beaktats och två noterats." in t for t in text)
    assert "Följande synpunkter gällande strategi ökad tillgänglighet har inkommit:" in text
    assert "Följande synpunkt gällande strategi ökad samordning och samverkan har inkommit:" \
        in text
    # the deciding body in lower case mid-sentence, capital on the address line
    assert ("Fredagsgruppen och SamReKo HSI föreslår att kommunstyrelsen i Krokoms kommun "
            "fattar följande beslut:") in text
    after = paras[paras.index(("Heading2", "Förslag till beslut")):]  # Bakgrund numbers too
    proposals = [t for s, t in after if s == "ListNumber"]
    assert proposals[0].startswith("Krokoms kommun ställer sig bakom strategier")
    assert proposals[1] == ("Gemensam plan för primärvårdsnivå i Jämtland Härjedalen gäller för "
                            "Krokoms kommun från och med 1 januari 2024.")
    assert ("Den 20 oktober 2023 beslutade SVOM att rekommendera länets kommuner och Region "
            "Jämtland Härjedalen att ställa sig bakom strategier och prioriterade aktiviteter i "
            "Gemensam plan för primärvårdsnivå i Jämtland Härjedalen.") in text
    # the municipality's own dnr; the region's case number is not printed on its document
    assert "Dnr: KS 2023/487" in text and "Datum: 23 oktober 2023" in text
    assert "RS/1057/2021" not in "".join(text)
    header = "".join(t.text or "" for t in part(docx, "word/header1.xml").iter(f"{W}t"))
    assert "dnr KS 2023/487" in header and "RS/1057/2021" not in header
    basis = text[text.index("Beslutsunderlag") + 1:text.index("Beslutet skickas till")]
    assert basis[:3] == ["Tjänsteskrivelse, 23 oktober 2023",
                         "Tjänsteskrivelse till SVOM, 6 oktober 2023",
                         "Protokollsutdrag SVOM, rekommendation, 20 oktober 2023"]
    assert ("Gemensam plan för hälso- och sjukvård på primärvårdsnivå – lokal version för Lokal "
            "samverkansarena Krokom, beslutsversion med ändringarna sedan remissversionen "
            "markerade, 6 oktober 2023") in basis
    assert "Remissvar från Östersunds kommun" in basis
    assert text[text.index("Beslutet skickas till") + 1:text.index("I tjänsten")] == [
        "Fredagsgruppen", "SamReKo HSI", "Lokala samverkansarenor"]
    assert "I tjänsten" in text
    assert "Maria Höög, projektledare regionen, Hälso- och sjukvårdspolitiska avdelningen" in text


def test_signature_is_kept_with_the_last_section(beslut: Prepared) -> None:
    root = part(render_letters(beslut, "krokom")["tjansteskrivelse-krokom.docx"])
    body = [p for p in root.iter(f"{W}p")]
    texts = ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in body]
    first = texts.index("Beslutet skickas till")
    for p in body[first:-1]:  # heading, every line after it, "I tjänsten" and the names
        style = p.find(f"{W}pPr/{W}pStyle")
        keep = p.find(f"{W}pPr/{W}keepNext") is not None or (
            style is not None and style.get(f"{W}val").startswith("Heading"))
        assert keep, "".join(t.text or "" for t in p.iter(f"{W}t"))


def test_joint_recommendation_to_svom(beslut: Prepared) -> None:
    assert beslut.units[0] == "svom"
    docx = render_letters(beslut, "svom")["tjansteskrivelse-svom.docx"]
    text = [t for _, t in paragraphs(part(docx))]
    assert "Till: SVOM" in text and "Datum: 6 oktober 2023" in text
    assert "Fredagsgruppen och SamReKo HSI föreslår att SVOM beslutar att:" in text
    paras = paragraphs(part(docx))
    after = paras[paras.index(("Heading2", "Förslag till beslut")):]  # Bakgrund numbers too
    proposals = [t for s, t in after if s == "ListNumber"]
    assert proposals == ["Rekommendera länets kommuner och Region Jämtland Härjedalen att ställa "
                         "sig bakom strategier och prioriterade aktiviteter i Gemensam plan för "
                         "primärvårdsnivå i Jämtland Härjedalen."]
    assert not any(t.startswith("Den 20 oktober 2023 beslutade SVOM") for t in text)
    assert text[text.index("Beslutet skickas till") + 1:text.index("I tjänsten")] == [
        "Länets kommuner", "Region Jämtland Härjedalen", "Fredagsgruppen", "SamReKo HSI"]
    basis = text[text.index("Beslutsunderlag") + 1:text.index("Beslutet skickas till")]
    assert basis[0] == "Tjänsteskrivelse, 6 oktober 2023"
    assert not any("lokal version" in t for t in basis)  # SVOM gets the county-wide plan
    assert "Dnr: RS/1057/2021" in text


def test_handlings_are_in_italics(beslut: Prepared) -> None:
    root = part(render_letters(beslut, "region")["tjansteskrivelse-region.docx"])
    italic = [t.text for r in root.iter(f"{W}r")
              if r.find(f"{W}rPr/{W}rStyle[@{W}val='Handling']") is not None
              for t in r.iter(f"{W}t") if (t.text or "").strip()]
    assert any("Denna aktivitet kommer att kvarstå" in t for t in italic)
    assert any("Ändrat efter synpunkt från Krokoms kommun." in t for t in italic)
    assert not any("Otydlig beskrivning av relevanta" in t for t in italic)
    text = [t for _, t in paragraphs(root)]
    assert "Till: Regionstyrelsen" in text


def test_footer_counts_pages(beslut: Prepared) -> None:
    docx = render_letters(beslut, "krokom")["tjansteskrivelse-krokom.docx"]
    footer = part(docx, "word/footer1.xml")
    instr = " ".join(t.text for t in footer.iter(f"{W}instrText"))
    assert "PAGE" in instr and "NUMPAGES" in instr
    assert "Sida " in "".join(t.text or "" for t in footer.iter(f"{W}t"))
    styles = part(docx, "word/styles.xml")
    assert styles.find(f".//{W}rPrDefault//{W}lang").get(f"{W}val") == "sv-SE"


def test_libreoffice_lays_out_the_tjansteskrivelse(beslut: Prepared, soffice,
                                                   tmp_path: Path) -> None:
    source = tmp_path / "tjansteskrivelse-krokom.docx"
    source.write_bytes(render_letters(beslut, "krokom")["tjansteskrivelse-krokom.docx"])
    (pdf,) = soffice([source], tmp_path)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Sida 1(" in text and "Sida 2(" in text
    assert "Förslag till beslut" in text


def test_templates_match_their_generator(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(TEMPLATES))
    module = importlib.import_module("make_letters")
    assert dict(module.POSITIONS[1:]) == POSITIONS
    for name, (title, body) in module.TEMPLATES.items():
        stored = zipfile.ZipFile(TEMPLATES / name)
        for part_name, xml in module.parts(title, body).items():
            assert stored.read(part_name) == xml.encode("utf-8"), (name, part_name)


def test_decision_package_documents_open_in_libreoffice(beslut: Prepared, soffice,
                                                        tmp_path: Path) -> None:
    """The joint recommendation and the tracked-changes edition of a decision package (the
    example has a frozen remiss round), through the OOXML check and LibreOffice."""
    from assembler.remiss.workflow import edition_file, render_edition

    from ..ooxml_check import check_docx

    files = {"tjansteskrivelse-svom.docx":
             render_letters(beslut, "svom")["tjansteskrivelse-svom.docx"],
             edition_file(beslut, "berg", True): render_edition(beslut, "berg", True)}
    sources = []
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        assert check_docx(str(tmp_path / name)) == [], name
        sources.append(tmp_path / name)
    for pdf in soffice(sources, tmp_path / "pdf"):
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert len(text.split()) > 100, pdf


def test_changes_after_the_remiss_carry_a_word_comment(beslut: Prepared, soffice,
                                                       tmp_path: Path) -> None:
    from assembler.remiss.workflow import render_edition

    from ..ooxml_check import check_docx

    data = render_edition(beslut, "krokom", True)
    package = zipfile.ZipFile(io.BytesIO(data))
    notes = [t.text for t in etree.fromstring(package.read("word/comments.xml")).iter(f"{W}t")]
    assert notes == [
        "Ändrat efter synpunkt från Region Jämtland Härjedalen.",  # nara-vard (changed_in)
        "Ändrat efter synpunkt från Region Jämtland Härjedalen, Krokoms kommun och Östersunds "
        "kommun.",  # strategi-tillganglighet
        "Ändrat efter synpunkt från Bergs kommun."]  # the new section on anhöriga
    body = etree.fromstring(package.read("word/document.xml"))
    for start in body.iter(f"{W}commentRangeStart"):
        anchored = start.getnext()
        assert anchored is not None and anchored.tag in (f"{W}ins", f"{W}del")  # on a revision
    path = tmp_path / "plan-krokom-andringar.docx"
    path.write_bytes(data)
    assert check_docx(str(path)) == []
    (saved,) = soffice([path], tmp_path / "lo", "docx:MS Word 2007 XML")
    kept = zipfile.ZipFile(saved).read("word/comments.xml").decode()
    assert "Ändrat efter synpunkt från Bergs kommun." in kept  # LibreOffice reads the comments
