"""Temporal expressions resolved against a publication date (ONTOLOGY.md §5).

Sentences are written for these tests in the style of wire and local reports. Unless a test
says otherwise the paper is dated Friday 7 February 2025.
"""

import datetime as dt

import pytest

from dateline.analyse._dates import (
    find_time_expressions,
    infer_year,
    range_pairs,
    resolve_weekday,
    week_middle,
)

D = dt.date
FRI = D(2025, 2, 7)


def only(text, pub=FRI, **kw):
    times = find_time_expressions(text, pub, **kw)
    assert len(times) == 1, [(t.span.text, t.date) for t in times]
    return times[0]


def pick(text, span_text, pub=FRI, **kw):
    times = find_time_expressions(text, pub, **kw)
    hits = [t for t in times if t.span.text == span_text]
    assert hits, [(t.span.text, t.date) for t in times]
    return hits[0]


# --- weekdays ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span, date", [
    ("Gunmen on motorbikes attacked a market in Djibo early Thursday, residents said.",
     "early Thursday", D(2025, 2, 6)),
    ("The drone struck a fuel depot near Dnipro late on Tuesday.", "late on Tuesday",
     D(2025, 2, 4)),
    ("Heavy fighting was reported around El Fasher on Thursday night.", "Thursday night",
     D(2025, 2, 6)),
    ("Shelling hit the outskirts of Kharkiv overnight Wednesday, the governor said.",
     "overnight Wednesday", D(2025, 2, 5)),
    ("Russia launched 80 drones during the Wednesday-Thursday night, the air force said.",
     "Wednesday-Thursday night", D(2025, 2, 5)),
    ("Air defences were active on the night of Wednesday to Thursday.",
     "on the night of Wednesday to Thursday", D(2025, 2, 5)),
    ("Strikes continued overnight into Thursday across the south.", "overnight into Thursday",
     D(2025, 2, 5)),
    ("Police in Karachi said the blast happened in the early hours of Sunday.",
     "in the early hours of Sunday", D(2025, 2, 2)),
    ("The convoy was ambushed on Monday last week near Beni.", "Monday last week",
     D(2025, 1, 27)),
    ("Militants stormed the checkpoint last Friday.", "last Friday", D(2025, 1, 31)),
    ("Clashes erupted in Sittwe on Saturday morning.", "Saturday morning", D(2025, 2, 1)),
])
def test_weekday_is_the_latest_such_day_up_to_publication(text, span, date):
    t = pick(text, span)
    assert (t.date, t.precision, t.kind, t.relation) == (date, 1, "weekday", "past")


def test_weekday_on_the_publication_day_is_that_day():
    t = pick("Protesters marched through Nairobi on Friday, police said.", "Friday")
    assert (t.date, t.relation) == (FRI, "present")
    sunday = D(2025, 2, 9)
    t = pick("Two shells fell on a school in Khan Younis on Sunday.", "Sunday", pub=sunday)
    assert t.date == sunday


def test_weekday_across_the_new_year():
    t = pick("Gunmen attacked a bus near Kaduna on Tuesday.", "Tuesday", pub=D(2025, 1, 2))
    assert t.date == D(2024, 12, 31)


def test_possessive_weekday_is_a_date():
    t = pick("Thursday's raid on the camp left the town without power.", "Thursday's")
    assert t.date == D(2025, 2, 6)


# --- future ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span, date", [
    ("Parliament will vote on the ceasefire deal on Sunday.", "Sunday", D(2025, 2, 9)),
    ("Opposition leaders called for calm ahead of Sunday's vote.", "Sunday's", D(2025, 2, 9)),
    ("Peace talks in Doha are scheduled for Tuesday.", "Tuesday", D(2025, 2, 11)),
    ("Mediators expect a new round of talks next week.", "next week", D(2025, 2, 13)),
    ("The African Union summit is due to open on 12 February.", "12 February",
     D(2025, 2, 12)),
    ("Residents fear fresh attacks next month.", "next month", D(2025, 3, 15)),
])
def test_future_expressions(text, span, date):
    t = pick(text, span)
    assert (t.date, t.relation) == (date, "future")


def test_past_vote_on_a_weekday_stays_past():
    t = pick("Sunday's vote was marred by violence in several polling stations.", "Sunday's")
    assert (t.date, t.relation) == (D(2025, 2, 2), "past")


def test_nearest_cue_decides_the_tense():
    t = pick("Officials said on Tuesday that they will hold talks with the rebels.", "Tuesday")
    assert t.date == D(2025, 2, 4)
    t = pick("The army will deploy to the border on Tuesday, officials said.", "Tuesday")
    assert t.date == D(2025, 2, 11)


def test_future_year_less_date_crosses_the_new_year():
    t = pick("The court will rule on January 3, lawyers said.", "January 3", pub=D(2024, 12, 30))
    assert (t.date, t.relation) == (D(2025, 1, 3), "future")


# --- relative days -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, span, date, relation", [
    ("Security forces fired tear gas at students in Dhaka today.", "today", FRI, "present"),
    ("A roadside bomb killed two soldiers in Waziristan yesterday.", "yesterday",
     D(2025, 2, 6), "past"),
    ("Explosions were heard across Port Sudan last night.", "last night", D(2025, 2, 6),
     "past"),
    ("Overnight, drones hit an energy facility in Odesa.", "Overnight", D(2025, 2, 6), "past"),
    ("This morning the army said it had retaken the crossing.", "This morning", FRI,
     "present"),
    ("Two days ago gang members set fire to houses in Croix-des-Bouquets.", "Two days ago",
     D(2025, 2, 5), "past"),
    ("The clinic was looted the day before yesterday.", "the day before yesterday",
     D(2025, 2, 5), "past"),
    ("Aid convoys are expected to cross tomorrow.", "tomorrow", D(2025, 2, 8), "future"),
])
def test_relative_days(text, span, date, relation):
    t = pick(text, span)
    assert (t.date, t.precision, t.relation) == (date, 1, relation)


def test_relative_day_across_month_and_leap_day():
    assert only("Clashes broke out in Goma yesterday.", pub=D(2024, 3, 1)).date == D(2024, 2, 29)
    assert only("Clashes broke out in Goma yesterday.", pub=D(2025, 1, 1)).date == D(2024, 12, 31)


def test_overnight_as_an_adjective_is_not_a_date():
    assert find_time_expressions("The governor imposed an overnight curfew.", FRI) == []


def test_weeks_ago_is_week_precision():
    t = pick("The village was burned three weeks ago, survivors said.", "three weeks ago")
    assert (t.date, t.precision) == (D(2025, 1, 17), 2)


def test_anaphoric_days_follow_the_previous_date():
    text = ("Rebels entered Kalehe on Tuesday. The following day they looted the market, "
            "and two days later the army returned.")
    times = find_time_expressions(text, FRI)
    assert [(t.span.text, t.date) for t in times] == [
        ("Tuesday", D(2025, 2, 4)), ("The following day", D(2025, 2, 5)),
        ("two days later", D(2025, 2, 7))]


def test_previous_day_with_nothing_before_it_counts_from_publication():
    assert pick("The previous day, militants had shelled the base.",
                "The previous day").date == D(2025, 2, 6)


def test_on_the_nth():
    assert pick("Fighters overran the post on the 5th, a local official said.",
                "the 5th").date == D(2025, 2, 5)
    # no 30 February: the most recent 30th is in January
    assert pick("The airport was shelled on the 30th.", "the 30th",
                pub=D(2025, 3, 5)).date == D(2025, 1, 30)
    assert find_time_expressions("She lives on the 5th floor.", FRI) == []


# --- explicit dates ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("The attack on Kidal took place on 6 February 2025.", "6 February 2025"),
    ("The attack on Kidal took place on February 6.", "February 6"),
    ("The attack on Kidal took place on Feb. 6, 2025.", "Feb. 6, 2025"),
    ("The attack on Kidal took place on 2025-02-06.", "2025-02-06"),
    ("The attack on Kidal took place on 06/02/2025.", "06/02/2025"),
    ("The attack on Kidal took place on 6.2.2025.", "6.2.2025"),
    ("The attack on Kidal took place on the 6th of February.", "the 6th of February"),
    ("KIDAL, Thursday 6 February 2025 - Gunmen attacked.", "Thursday 6 February 2025"),
    ("The attack took place on Thursday, February 6, 2025.", "Thursday, February 6, 2025"),
])
def test_explicit_formats(text, span):
    t = pick(text, span)
    assert (t.date, t.precision, t.kind, t.relation) == (D(2025, 2, 6), 1, "explicit", "past")


def test_numeric_dates_are_day_first_unless_told_or_impossible():
    assert only("Reported on 02/06/2025.").date == D(2025, 6, 2)
    assert only("Reported on 02/06/2025.", day_first=False).date == D(2025, 2, 6)
    assert only("Reported on 13/02/2025.", day_first=False).date == D(2025, 2, 13)
    assert only("Reported on 02/13/2025.").date == D(2025, 2, 13)
    assert find_time_expressions("Reported on 31/02/2025.", FRI) == []


def test_year_less_date_across_the_new_year():
    t = only("Militiamen torched the village on December 30.", pub=D(2025, 1, 2))
    assert (t.date, t.relation) == (D(2024, 12, 30), "past")


def test_explicit_dates_resolve_without_a_publication_date():
    times = find_time_expressions(
        "On 6 February 2025 troops shelled the town; yesterday they withdrew on Thursday.",
        None)
    got = {t.span.text: (t.date, t.relation) for t in times}
    assert got["6 February 2025"] == (D(2025, 2, 6), "past")
    assert got["yesterday"] == (None, "past")
    assert got["Thursday"][0] is None


def test_non_english_month_goes_through_dateparser():
    t = only("Le 6 février 2025, des hommes armés ont attaqué un poste à Ménaka.")
    assert (t.span.text, t.date) == ("6 février 2025", D(2025, 2, 6))


# --- ranges ------------------------------------------------------------------------------------

def test_range_is_first_day_then_range_end():
    pub = D(2025, 3, 10)
    times = find_time_expressions("Fighting between 3 and 5 March displaced 4,000 people.", pub)
    assert [(t.span.text, t.kind, t.date) for t in times] == [
        ("between 3 and 5 March", "range", D(2025, 3, 3)),
        ("5 March", "range_end", D(2025, 3, 5))]
    assert [(a.date, b.date if b else None) for a, b in range_pairs(times)] == [
        (D(2025, 3, 3), D(2025, 3, 5))]


@pytest.mark.parametrize("text, first, last", [
    ("Sit-ins were held from 28 February to 2 March 2025.", D(2025, 2, 28), D(2025, 3, 2)),
    ("Sit-ins were held March 3-5.", D(2025, 3, 3), D(2025, 3, 5)),
    ("Sit-ins were held between March 3 and March 5.", D(2025, 3, 3), D(2025, 3, 5)),
    ("Sit-ins were held from Monday to Wednesday.", D(2025, 3, 3), D(2025, 3, 5)),
])
def test_range_forms(text, first, last):
    pairs = range_pairs(find_time_expressions(text, D(2025, 3, 10)))
    assert len(pairs) == 1
    start, end = pairs[0]
    assert (start.kind, start.date, end.date) == ("range", first, last)


def test_and_between_days_is_two_days_not_a_range():
    times = find_time_expressions("Clashes were reported on 3 and 5 March.", D(2025, 3, 10))
    assert [(t.kind, t.date) for t in times] == [
        ("explicit", D(2025, 3, 3)), ("explicit", D(2025, 3, 5))]


def test_night_of_two_dates_is_the_first_day():
    t = only("Drones hit Kyiv on the night of 5 to 6 February.")
    assert (t.kind, t.date, t.precision) == ("explicit", D(2025, 2, 5), 1)


# --- weeks and months --------------------------------------------------------------------------

@pytest.mark.parametrize("text, span, date, relation", [
    ("Troops clashed with herders last week.", "last week", D(2025, 1, 30), "past"),
    ("Troops clashed with herders earlier this week.", "earlier this week", D(2025, 2, 4),
     "past"),
    ("Troops clashed with herders over the weekend.", "the weekend", D(2025, 2, 1), "past"),
    ("Troops have clashed with herders this week.", "this week", D(2025, 2, 6), "present"),
    ("Troops clashed with herders late last week.", "late last week", D(2025, 1, 31), "past"),
])
def test_week_spans_are_precision_2(text, span, date, relation):
    t = pick(text, span)
    assert (t.date, t.precision, t.relation) == (date, 2, relation)


def test_last_week_across_the_new_year_is_its_thursday():
    # ONTOLOGY §5 "its Wednesday or Thursday"; the fixtures record a week on its Thursday
    t = only("Armed men abducted 20 passengers last week.", pub=D(2025, 1, 2))
    assert t.date == D(2024, 12, 26)
    assert week_middle(D(2024, 12, 29)) == D(2024, 12, 26)


def test_this_week_is_never_after_publication():
    t = only("Troops have clashed with herders this week.", pub=D(2025, 2, 4))
    assert (t.date, t.precision) == (D(2025, 2, 4), 2)


@pytest.mark.parametrize("text, span, date", [
    ("Dozens of farmers were killed in March.", "March", D(2024, 3, 15)),
    ("Dozens of farmers were killed in early March.", "early March", D(2024, 3, 1)),
    ("Dozens of farmers were killed in late March.", "late March", D(2024, 3, 31)),
    ("Dozens of farmers were killed in mid-March.", "mid-March", D(2024, 3, 15)),
    ("Dozens of farmers were killed in March 2023.", "March 2023", D(2023, 3, 15)),
    ("Dozens of farmers were killed earlier this month.", "earlier this month", D(2025, 2, 1)),
    ("Dozens of farmers were killed last month.", "last month", D(2025, 1, 15)),
    ("Dozens of farmers were killed at the end of last month.", "the end of last month",
     D(2025, 1, 31)),
    ("Dozens of farmers have been killed in recent weeks.", "in recent weeks",
     D(2025, 1, 15)),
])
def test_month_spans_are_precision_3(text, span, date):
    t = pick(text, span)
    assert (t.date, t.precision, t.relation) == (date, 3, "past")


def test_earlier_this_month_late_in_the_month_is_the_15th():
    t = only("Looting was reported earlier this month.", pub=D(2025, 2, 20))
    assert t.date == D(2025, 2, 15)


def test_month_names_across_the_new_year():
    assert only("Houthi forces fired missiles in December.", pub=D(2025, 1, 9)).date == \
        D(2024, 12, 15)
    assert only("Houthi forces fired missiles last month.", pub=D(2025, 1, 9)).date == \
        D(2024, 12, 15)


def test_since_a_past_month_is_background():
    t = only("Looting has spread since the December 2024 collapse of the government.")
    assert (t.kind, t.date, t.precision, t.relation) == ("month", D(2024, 12, 15), 3, "past")


# --- years -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span, year, relation", [
    ("The group was founded in 2019 in Cabo Delgado.", "2019", 2019, "past"),
    ("More than 500,000 people have died since 2011.", "2011", 2011, "past"),
    ("Gangs have grown stronger since the 2021 assassination.", "2021", 2021, "past"),
    ("The region saw famine in the 1990s.", "1990s", 1990, "past"),
    ("Displacement doubled in 2019-2020.", "2019-2020", 2019, "past"),
    ("Attacks rose sharply last year.", "last year", 2024, "past"),
    ("The government promises elections by 2027.", "2027", 2027, "future"),
])
def test_years_have_no_precision(text, span, year, relation):
    t = pick(text, span)
    assert (t.kind, t.precision, t.date.year, t.relation) == ("year", None, year, relation)


def test_recent_months_are_coarser_than_a_month():
    t = only("Kidnappings have risen in recent months.")
    assert (t.precision, t.date, t.relation) == (None, None, "past")


# --- what is not a date ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "We condemn the attack in the strongest terms.",
    "Officials say the death toll may rise.",
    "May God have mercy on the victims, the imam said.",
    "Thousands of protesters march through Lagos.",
    "Theresa May visited the border crossing.",
    "Fighters of the March 23 Movement entered the town.",
    "Police found 7.62mm casings and a rifle.",
    "The council cited Resolution 2334 in its statement.",
    "For help call +249 912 345 678.",
    "Troops arrived at 3 pm local time.",
    "A 25-year-old shepherd was shot in the leg.",
    "Around 2,000 people fled, and a total of 2000 people registered as displaced.",
])
def test_no_false_dates(text):
    assert find_time_expressions(text, FRI) == []


def test_spans_are_offsets_into_the_text():
    text = "KABUL - A bomb hit a mosque on Friday, two days after gunmen attacked a clinic."
    for t in find_time_expressions(text, FRI):
        assert text[t.span.start:t.span.end] == t.span.text


def test_datetime_publication_dates_are_accepted():
    t = only("Gunmen attacked early Thursday.", pub=dt.datetime(2025, 2, 7, 9, 30))
    assert t.date == D(2025, 2, 6)


def test_relative_expressions_without_publication_date_have_no_date():
    times = find_time_expressions("Last week and on Thursday and two days ago.", None)
    assert times and all(t.date is None for t in times)


# --- helpers -----------------------------------------------------------------------------------

def test_resolve_weekday_directions():
    assert resolve_weekday(FRI, 4) == FRI
    assert resolve_weekday(FRI, 4, "strict_past") == D(2025, 1, 31)
    assert resolve_weekday(FRI, 0, "future") == D(2025, 2, 10)
    assert resolve_weekday(FRI, 4, "strict_future") == D(2025, 2, 14)
    with pytest.raises(ValueError):
        resolve_weekday(FRI, 4, "sideways")


def test_infer_year():
    assert infer_year(D(2025, 1, 2), 12, 30) == D(2024, 12, 30)
    assert infer_year(D(2024, 12, 30), 1, 3, "future") == D(2025, 1, 3)
    assert infer_year(D(2025, 3, 1), 2, 29) == D(2024, 2, 29)
    assert infer_year(None, 2, 6) is None


@pytest.mark.parametrize("text, date", [
    ("Three years ago today, gunmen stormed the village.", D(2022, 2, 7)),
    ("Exactly a year ago today the bridge was blown up.", D(2024, 2, 7)),
    ("Six months ago today the rebels entered the town.", D(2024, 8, 7)),
])
def test_years_ago_today_is_the_anniversary_day(text, date):
    # the anniversary's own day, not the publication day: what it dates is history
    t = only(text)
    assert (t.date, t.precision) == (date, 1)


def test_years_ago_without_today_stays_a_year():
    t = only("Three years ago, gunmen stormed the village.")
    assert t.kind == "year" and t.date.year == 2022


def test_that_morning_is_the_day_just_named():
    t = pick("In a statement on Tuesday, the group said it had taken the camp that morning.",
             "that morning")
    assert t.date == D(2025, 2, 4)


def test_the_same_morning_is_the_day_just_named():
    # "In the regional capital, 800 farmers marched the same morning": Tuesday's, not today's
    t = pick("Police dispersed the march on Tuesday. In the capital, farmers marched the same "
             "morning to the governor's office.", "the same morning")
    assert t.date == D(2025, 2, 4)
