"""Names the renderer relies on in the house template (assembler/templates/plan.docx).

A template edited in Word must keep these style ids and numbering ids.
"""

NORMAL = "Normal"
HEADING_STYLES = ("Heading1", "Heading2", "Heading3", "Heading4")
TOC_STYLES = ("TOC1", "TOC2", "TOC3")
TOC_LEVELS = 2  # chapters and sections; deeper headings would crowd the TOC
LIST_BULLET = "ListBullet"
LIST_NUMBER = "ListNumber"
LOCAL = "LocalAddition"
ATTRIBUTION = "Attribution"
QUOTE = "Quote"
TABLE_TEXT = "TableText"
FOOTNOTE_TEXT = "FootnoteText"
REQUIRED_STYLES = (NORMAL, *HEADING_STYLES, *TOC_STYLES, LIST_BULLET, LIST_NUMBER, LOCAL,
                   ATTRIBUTION, QUOTE, TABLE_TEXT, FOOTNOTE_TEXT, "FootnoteReference",
                   "Hyperlink", "CrossReference", "Code", "PlanTable")

BULLET_NUM_ID = 2  # w:num of the bullet list in the template
ABSTRACT_NUMBERED = 2  # w:abstractNum of ordered lists; each list gets its own w:num
TEXT_WIDTH = 9072  # twips between the margins of an A4 page with 25 mm margins
BODY_MARKER = "⟦body⟧"
TOC_MARKER = "⟦toc⟧"

# Layout the renderer repeats as direct formatting; keep in step with the template's styles.
LOCAL_INDENT = 227  # twips: w:ind of the LocalAddition style (text right of the side bar)
LIST_INDENT = 360  # twips per list level (w:ind left of level i is 360 × (i + 1), hanging 360)
PARA_SPACING = 120  # twips: the document default spacing after a paragraph

