"""The namespaces of OOXML in one table, and Clark-notation names built from it.

`NS` maps each prefix to its bare URI; `qn("w:t")` is the Clark name `{URI}t` that lxml uses for
tags and attributes. Every constant ending in `_NS` is a bare URI; everything made by `qn` is
Clark notation.
"""

from __future__ import annotations

import functools

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "wp14": "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "wpg": "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "pr": "http://schemas.openxmlformats.org/package/2006/relationships",
    "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "op": "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
    "vt": "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
    "ep": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
    "xml": "http://www.w3.org/XML/1998/namespace",
}
W_NS, R_NS, PR_NS, CT_NS = NS["w"], NS["r"], NS["pr"], NS["ct"]
# Relationship types are the officeDocument relationships namespace plus a kind.
RT = R_NS + "/"
OFFICE_DOCUMENT = RT + "officeDocument"
# w:compatSetting/@w:uri of Word's own settings (compatibilityMode)
WORD_SETTINGS_URI = "http://schemas.microsoft.com/office/word"
CORE_PROPERTIES = PR_NS + "/metadata/core-properties"  # the one package-level relationship type


@functools.cache
def qn(name: str) -> str:
    """`w:t` → `{http://…/main}t` (Clark notation); a name without a prefix is returned as is."""
    prefix, sep, name_local = name.partition(":")
    return f"{{{NS[prefix]}}}{name_local}" if sep else name


def local(tag: object) -> str:
    """The local part of a Clark name (`{URI}t` → `t`); comments and PIs give their str()."""
    return tag.split("}", 1)[1] if isinstance(tag, str) and "}" in tag else str(tag)


XML_SPACE = qn("xml:space")
