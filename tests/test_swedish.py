import datetime as dt

import pytest

from assembler.swedish import date_range, join_names, long_date, value_text


@pytest.mark.parametrize(("day", "text"), [
    (dt.date(2023, 10, 6), "6 oktober 2023"),
    (dt.date(2023, 1, 1), "1 januari 2023"),
    (dt.date(2024, 12, 31), "31 december 2024"),
])
def test_long_date(day: dt.date, text: str) -> None:
    assert long_date(day) == text


def test_date_range_uses_en_dash_and_one_year() -> None:
    assert date_range(dt.date(2023, 5, 29), dt.date(2023, 8, 31)) == "29 maj – 31 augusti 2023"
    assert date_range(dt.date(2023, 5, 2), dt.date(2023, 5, 9)) == "2 – 9 maj 2023"
    assert date_range(dt.date(2023, 12, 1), dt.date(2024, 1, 31)) == \
        "1 december 2023 – 31 januari 2024"


def test_join_names_swedish_och() -> None:
    assert join_names([]) == ""
    assert join_names(["Berg"]) == "Berg"
    assert join_names(["Berg", "Bräcke", "Åre"]) == "Berg, Bräcke och Åre"


def test_value_text_formats_dates_in_lists() -> None:
    assert value_text([dt.date(2023, 10, 1), "x"]) == "1 oktober 2023 och x"
