"""The one OOXML layer: namespaces (ns), the hardened parser and safe zip reader (parse), and
the package of parts, relationships and content types with deterministic zip bytes (package).
"""
