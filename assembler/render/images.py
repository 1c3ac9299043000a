"""Pictures: an `Image` inline → an inline DrawingML picture with its alternative text.

The alternative text goes where Word's "Alternativ text" and LibreOffice's tagged-PDF export
read it: `wp:docPr/@descr` (and `@title`), repeated on `pic:cNvPr`. The picture is as large as
its own size (pixels at its resolution) and at most the width of the text; ids are the body's
deterministic counter and the media part is named by python-docx in document order, so the same
sources give the same bytes.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Callable

from docx.image.image import Image as ImageInfo
from lxml import etree

from ..model import Image
from ..ooxml.ns import NS, qn
from . import oxml

EMU_PER_INCH = 914400
EMU_PER_TWIP = 635
PICTURE_URI = NS["pic"]

ImageRel = Callable[[bytes], str]  # the picture's bytes → relationship id of its media part


def extent(data: bytes, max_width_twips: int) -> tuple[int, int]:
    """Width and height in EMU: the picture's own size, scaled down to fit the width."""
    info = ImageInfo.from_blob(data)
    width = info.px_width * EMU_PER_INCH // max(info.horz_dpi or 96, 1)
    height = info.px_height * EMU_PER_INCH // max(info.vert_dpi or 96, 1)
    limit = max_width_twips * EMU_PER_TWIP
    if width > limit:
        height, width = height * limit // width, limit
    return max(width, 1), max(height, 1)


def _sub(parent: etree._Element, tag: str, **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, qn(tag))
    for key, value in attrs.items():
        element.set(qn(key) if ":" in key else key, value)
    return element


def picture(parent: etree._Element, image: Image, rel_id: str, pid: int,
            max_width_twips: int) -> etree._Element:
    """A w:r holding the picture inline (wp:inline), appended to `parent`."""
    data = base64.b64decode(image.data)
    cx, cy = (str(v) for v in extent(data, max_width_twips))
    run = oxml.el("r", parent)
    drawing = oxml.el("drawing", run)
    inline = etree.SubElement(drawing, qn("wp:inline"), nsmap={"wp": NS["wp"]})
    for side in ("distT", "distB", "distL", "distR"):
        inline.set(side, "0")
    _sub(inline, "wp:extent", cx=cx, cy=cy)
    _sub(inline, "wp:effectExtent", l="0", t="0", r="0", b="0")
    name = f"Bild {pid}"
    alt = {"descr": image.alt, **({"title": image.title} if image.title else {})}
    _sub(inline, "wp:docPr", id=str(pid), name=name, **alt)
    frame = _sub(inline, "wp:cNvGraphicFramePr")
    locks = etree.SubElement(frame, qn("a:graphicFrameLocks"), nsmap={"a": NS["a"]})
    locks.set("noChangeAspect", "1")
    graphic = etree.SubElement(inline, qn("a:graphic"), nsmap={"a": NS["a"]})
    graphic_data = _sub(graphic, "a:graphicData", uri=PICTURE_URI)
    pic = etree.SubElement(graphic_data, qn("pic:pic"), nsmap={"pic": NS["pic"]})
    nv = _sub(pic, "pic:nvPicPr")
    _sub(nv, "pic:cNvPr", id="0", name=f"bild{pid}.{'png' if image.media == 'png' else 'jpg'}",
         **alt)
    _sub(nv, "pic:cNvPicPr")
    fill = _sub(pic, "pic:blipFill")
    _sub(fill, "a:blip", **{"r:embed": rel_id})
    _sub(_sub(fill, "a:stretch"), "a:fillRect")
    shape = _sub(pic, "pic:spPr")
    xfrm = _sub(shape, "a:xfrm")
    _sub(xfrm, "a:off", x="0", y="0")
    _sub(xfrm, "a:ext", cx=cx, cy=cy)
    _sub(_sub(shape, "a:prstGeom", prst="rect"), "a:avLst")
    return run


def add_media(part: object) -> ImageRel:
    """An ImageRel adding pictures to a python-docx story part (one media part per content)."""
    def rel(data: bytes) -> str:
        rel_id, _ = part.get_or_add_image(io.BytesIO(data))  # type: ignore[attr-defined]
        return str(rel_id)

    return rel
