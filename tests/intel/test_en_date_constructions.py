"""English date constructions: passives and infinitives, bounds with "at least", holidays, weekends gone or coming,
wire abbreviations, a year opening the sentence, ranges with hours (docs/annotation-guide.md, Dates)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.intel.helpers import en

LONDON = ZoneInfo("Europe/London")
WEDNESDAY = datetime(2025, 4, 16, 9, 0, tzinfo=LONDON)
FRIDAY = datetime(2025, 4, 18, 9, 0, tzinfo=LONDON)
ADVENT_MONDAY = datetime(2024, 12, 16, 9, 0, tzinfo=LONDON)
NOVEMBER = datetime(2024, 11, 20, 9, 0, tzinfo=LONDON)


def dates(text: str, published: datetime | None = None) -> list[tuple[str, str]]:
    """The (text, date) pairs of an English post, published on Monday 14 April 2025 unless told."""
    out = en(text, published=published) if published else en(text)
    return [(d["text"], d["date"]) for d in out["dates"]]


def date_of(text: str, part: str, published: datetime | None = None) -> str | None:
    """The date found on the expression that holds `part`, or None."""
    return next((value for found, value in dates(text, published) if part in found), None)


def test_this_lunchtime_is_today():
    assert date_of("Queues at the passport office were shorter this lunchtime.", "lunchtime") == "2025-04-14"


def test_days_earlier_than_compares_and_dates_nothing():
    text = "The swallows came back on 2 April, three days earlier than last year."
    assert not any("earlier" in found for found, _ in dates(text))


def test_the_nth_takes_an_abbreviated_month_named_before():
    text = "The library will close on Apr. 21 and reopen on the 28th."
    assert date_of(text, "28th") == "2025-04-28"


def test_a_day_before_a_holiday():
    text = "Crews expect to finish the repairs before Christmas Eve."
    assert date_of(text, "Christmas", ADVENT_MONDAY) == "2024-12-24"


def test_between_a_holiday_and_a_weekday_is_a_range():
    text = "Ferry crossings will be reduced between Christmas Day and Saturday."
    assert date_of(text, "Christmas", ADVENT_MONDAY) == "2024-12-25/2024-12-28"


def test_the_past_fortnight_gives_its_start():
    assert date_of("Prices have risen sharply over the past fortnight.", "fortnight") == "2025-03-31"


def test_since_the_weekend_is_the_weekend_gone():
    assert date_of("Bookings have slowed since the weekend.", "weekend", WEDNESDAY) == "2025-04-12/2025-04-13"


def test_a_state_that_stays_in_force_somewhere_until_at_least_a_day():
    text = "The hosepipe ban has been lifted in the north but stays in force in Kent until at least Saturday."
    assert date_of(text, "Saturday") == "2025-04-19"


def test_until_at_least_a_day_bounds_ahead():
    assert date_of("The bridge is closed until at least Saturday.", "Saturday") == "2025-04-19"


def test_a_range_told_in_the_past_keeps_months_ahead_out():
    text = "The festival was held from 10 to 12 April."
    assert date_of(text, "12 April", NOVEMBER) == "2024-04-10/2024-04-12"


def test_a_progressive_passive_is_a_present():
    text = "Drivers heading north this weekend are being told to expect delays."
    assert date_of(text, "weekend", WEDNESDAY) == "2025-04-19/2025-04-20"


def test_a_passive_infinitive_takes_the_time_of_its_verb():
    text = "The mayor will ask for the council to be reconvened on Thursday."
    assert date_of(text, "Thursday") == "2025-04-17"


def test_a_possessive_day_subject_of_what_is_ahead():
    text = "Lawyers will ask for Saturday's hearing to be moved."
    assert date_of(text, "Saturday") == "2025-04-19"


def test_starting_with_a_possessive_day():
    text = "The squad face a busy run of games, starting with Saturday's derby."
    assert date_of(text, "Saturday") == "2025-04-19"


@pytest.mark.parametrize(
    ("text", "part", "expected"),
    [
        ("In the 2019 final, played on 14 July, the hosts won.", "14 July", "2019-07-14"),
        ("Last year, the U.S. team arrived on 2 April.", "2 April", "2024-04-02"),
    ],
)
def test_a_year_opening_the_sentence(text, part, expected):
    assert date_of(text, part) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The warning runs from 6 p.m. Monday until 9 a.m. Wednesday, forecasters said.",
        # "runs" read as a plural noun: the clause would borrow the past of "said".
        "The advisory runs from 6 p.m. Monday until 9 a.m. Wednesday, the agency said.",
    ],
)
def test_a_range_with_an_hour_at_each_end_is_one_stretch(text):
    assert date_of(text, "Monday") == "2025-04-14/2025-04-16"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bureau expects showers from Tuesday to Thursday.", "2025-04-15/2025-04-17"),
        ("Nurses plan walkouts from Thursday to Saturday.", "2025-04-17/2025-04-19"),
    ],
)
def test_a_present_of_expecting_or_planning_looks_ahead(text, expected):
    assert date_of(text, "from") == expected


def test_what_is_next_in_a_present_lies_ahead():
    text = "The club's next fixture is a friendly in early October."
    assert date_of(text, "October") == "2025-10-01/2025-10-10"


def test_a_gerund_after_with_takes_the_time_of_its_sentence():
    text = "The final is set for Sunday, though with Saturday looking stormy, organisers expect delays."
    assert date_of(text, "Saturday") == "2025-04-19"


def test_has_an_appointment_on_a_day():
    assert date_of("The striker has a scan on Saturday morning.", "Saturday") == "2025-04-19"


SATURDAY = datetime(2025, 4, 19, 9, 0, tzinfo=LONDON)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The operator has again issued a supply notice for Saturday.", None, "2025-04-19"),
        ("The grid operator has nonetheless issued a low reserve notice for Monday.", SATURDAY, "2025-04-21"),
    ],
)
def test_a_notice_just_issued_for_a_day(text, published, expected):
    day = "Monday" if "Monday" in text else "Saturday"
    assert date_of(text, day, published) == expected


def test_sent_home_for_the_weekend_in_the_present_perfect():
    text = "The players have been sent home for the weekend."
    assert date_of(text, "weekend", FRIDAY) == "2025-04-19/2025-04-20"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The coach said on Friday he hoped to name his squad by Wednesday.", "2025-04-16"),
        ("The inquiry closed its hearings on Friday, with a report to follow on Thursday.", "2025-04-17"),
        ("The talks ended on Friday, with a deal to be signed on Thursday.", "2025-04-17"),
    ],
)
def test_what_was_hoped_for_or_is_to_follow_lies_ahead(text, expected):
    day = "Wednesday" if "Wednesday" in text else "Thursday"
    assert date_of(text, day) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council will vote on the bypass plan a week on Friday.", "2025-04-25"),
        ("Ticket sales for the summer tour open a fortnight on Tuesday.", "2025-04-29"),
    ],
)
def test_a_week_on_a_weekday_counts_from_the_coming_one(text, expected):
    assert date_of(text, " on ") == expected


@pytest.mark.parametrize(
    ("text", "part", "expected"),
    [
        ("The airline will refund all trips between Thursday and May 3.", "between", "2025-04-17/2025-05-03"),
        ("Up to 200mm of rain could fall between today and Saturday.", "between", "2025-04-14/2025-04-19"),
    ],
)
def test_between_two_days_of_different_forms_is_one_range(text, part, expected):
    assert date_of(text, part) == expected


@pytest.mark.parametrize(
    ("text", "part", "expected"),
    [
        ("Union leaders said on Monday that a settlement was unlikely before Thursday.", "Thursday", "2025-04-17"),
        ("Doctors said more infections were likely before the end of the month.", "end", "2025-04-21/2025-04-30"),
    ],
)
def test_what_is_judged_likely_lies_ahead(text, part, expected):
    assert date_of(text, part) == expected


def test_the_last_week_of_an_event_is_no_week_before_publication():
    text = "The fair returns in the last week of the school holidays."
    assert not any("week" in found for found, _ in dates(text))


def test_a_day_and_month_something_is_postponed_until_lies_ahead():
    assert date_of("The sentencing hearing has been postponed until September 10.", "September") == "2025-09-10"


def test_the_nth_an_event_is_set_for_takes_the_month_named_before():
    text = "Lectures resume on 22 April. The exams set for the 28th have been cancelled."
    assert date_of(text, "28th") == "2025-04-28"


@pytest.mark.parametrize(("text", "part", "expected"), [
    # English does not pair the present perfect with a day gone: the day it governs lies ahead.
    ("The council has cancelled the market on Thursday.", "Thursday", "2025-04-17"),
    ("The council has cancelled the market on Thursday morning.", "Thursday", "2025-04-17"),
    ("The inspector has asked the builders to return on Friday.", "Friday", "2025-04-18"),
    ("Forecasters have tracked a storm front reaching the coast on Saturday.", "Saturday", "2025-04-19"),
    ("The exchange has suspended the company, with its shares frozen until Sunday.", "Sunday", "2025-04-20"),
    # The day of another verb, of another event or named by its event stays gone.
    ("A bridge that collapsed on Saturday has been reopened.", "Saturday", "2025-04-12"),
    ("The gallery has added a show after the first one sold out on Friday.", "Friday", "2025-04-11"),
    ("Police have arrested a driver after a crash on Friday.", "Friday", "2025-04-11"),
    ("Police have found a man with injuries sustained on Saturday.", "Saturday", "2025-04-12"),
    ("Officials have condemned Saturday's attack.", "Saturday", "2025-04-12"),
    ("The mayor has confirmed on Friday that the pool will stay shut.", "Friday", "2025-04-11"),
    ("Crews have restored power on Saturday following the gale.", "Saturday", "2025-04-12"),
])
def test_a_weekday_of_a_present_perfect_lies_ahead(text, part, expected):
    assert date_of(text, part) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The judge told lawyers on Friday she wanted the jury chosen by Wednesday.", "2025-04-16"),
    ("The mayor wanted the report finished by Thursday.", "2025-04-17"),
    # Not a deadline: the day of what was wanted.
    ("The mayor wanted the roads cleared on Thursday.", "2025-04-10"),
])
def test_what_someone_wants_done_by_a_day_lies_ahead(text, expected):
    assert dates(text)[-1][1] == expected
