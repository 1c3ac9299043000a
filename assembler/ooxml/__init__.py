"""The one OOXML layer: namespaces (ns), the hardened parser and safe zip reader (parse),
zip bytes written deterministically and parts read on demand (zipio), the package of parts,
relationships and content types (package), schema child order (schema), canonical element keys
(query), and the bridge to python-docx documents (docxparts). Nothing outside this package
parses or serializes XML or touches a zip (tests/test_ooxml_boundary.py).
"""
