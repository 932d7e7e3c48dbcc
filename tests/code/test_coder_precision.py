"""Precision rules of the third round (issue #6): what a report tells that is not a new event.

Each article is written for these tests (fictional incidents at real places). Every test runs
the whole pipeline (``code_text``) and names the ONTOLOGY rule it checks.
"""

from __future__ import annotations

import datetime as dt

from dateline import code_text
from dateline.code._discourse import non_event_genre


def _summary(events) -> list[tuple]:
    return [(e.event_date.isoformat(), e.sub_event_type, e.actor1, e.actor2, e.location,
             e.fatalities) for e in events]


FLOOD = """Floods kill 11 in northern valley; troops join rescue

GILGIT — At least 11 people died when flash floods swept through villages near Gilgit on Tuesday after two days of torrential rain, officials said.

Rescue teams recovered six bodies from the river by nightfall. The provincial disaster management authority said troops had been called in to help evacuate families from the river banks.

"The water attacked us in the dark," said a farmer whose house was washed away.
"""


def test_a_flood_report_is_no_political_violence():
    # ONTOLOGY §1: natural disasters are not ACLED events, whatever their verbs
    assert non_event_genre(FLOOD) == "natural disaster"
    assert code_text(FLOOD, published="2025-07-09") == []


def test_a_strike_report_with_rescuers_is_not_a_disaster():
    text = ("GAZA (Meridian) — An Israeli air strike hit a house in Khan Yunis on Monday, killing "
            "six people, the civil defence said. Rescuers searched the rubble for survivors and "
            "families sheltered in a nearby school.")
    assert non_event_genre(text) is None
    events = code_text(text, published="2025-04-15")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


GARRISON = """JUBA, South Sudan (Meridian) — Armed youth of the so-called White Army overran an army garrison in the north-eastern town of Renk on Tuesday after two days of fighting, the government said.

On Tuesday the garrison fell and the surviving soldiers withdrew towards Malakal, an army spokesman said.
"""


def test_a_retreat_and_a_fallen_garrison_are_the_capture_told():
    # §2.1: only the decisive clash counts; the retreat is its outcome, not a change of posture
    # (§2.6), and a garrison that falls is not a base set up
    events = code_text(GARRISON, published="2025-03-07")
    kinds = {e.sub_event_type for e in events}
    assert "Change to group/activity" not in kinds, _summary(events)
    assert "Headquarters or base established" not in kinds, _summary(events)


def test_clinics_sent_to_shelters_are_no_change_of_posture():
    # §2.6 Change to group/activity is what armed groups do, not aid teams
    text = ("RAQQA (Meridian) — Two mobile clinics were deployed to collective shelters in Raqqa "
            "on Monday after families arrived from the countryside, the health directorate said.")
    assert code_text(text, published="2025-02-18") == []


SETTLERS = """RAMALLAH (Meridian) — On 6 April, around 30 Israeli settlers entered the village of Sinjil in the late afternoon and set fire to four homes and two cars. A 19-year-old Palestinian man was shot dead and six other residents were injured, medics said.
"""


def test_an_entry_with_arson_and_a_killing_is_one_attack():
    # a bare "entered" opens the act told (no transfer of territory, §2.6); the killing outranks
    # the arson for the same pair, place and day (§1 ladder; §2.6 "with no fight involved")
    events = code_text(SETTLERS, published="2025-04-08")
    assert len(events) == 1, _summary(events)
    assert events[0].sub_event_type == "Attack"
    assert events[0].actor1 == "Settlers (Israel)"
    assert events[0].fatalities == 1


LYNCHING = """Posted on 18 February 2025

Yesterday morning (Monday) traffic stopped near the market in Petion-Ville. A crowd had caught two young men accused of stealing a motorbike. By the time the police came, they had been beaten, and the crowd had set them on fire. Both died.
"""


def test_a_lynching_is_mob_violence_on_the_paragraph_day():
    # §2.5 Mob violence: the crowd is "Rioters (X)", its victims civilians; the police who
    # arrived afterwards are no side; the page's "Posted on" date is not the event's (§5)
    events = code_text(LYNCHING, published="2025-02-18")
    assert len(events) == 1, _summary(events)
    event = events[0]
    assert event.sub_event_type == "Mob violence"
    assert (event.actor1, event.actor2) == ("Rioters (Haiti)", "Civilians (Haiti)")
    assert event.event_date == dt.date(2025, 2, 17)
    assert event.fatalities == 2


TWO_DAYS = """MARIB, Yemen (Meridian) — Government forces repelled Houthi attacks on their positions in the Sirwah district, west of Marib city, on Saturday and Sunday, a military source said.

Seven government soldiers were killed over the two days of fighting, the army said, without giving a figure for each day.
"""


def test_two_days_of_fighting_are_two_events_sharing_the_toll():
    # §1: one event per reported day; §6.8: one total over several days is split evenly,
    # the remainder on the first day
    events = code_text(TWO_DAYS, published="2025-02-03")
    assert [(e.event_date, e.sub_event_type, e.fatalities) for e in events] == [
        (dt.date(2025, 2, 1), "Armed clash", 4), (dt.date(2025, 2, 2), "Armed clash", 3)]


ABYAN = """ADEN, Yemen, 9 January 2025 (Meridian) — A roadside bomb struck a vehicle carrying members of the Security Belt forces in Yemen's southern Abyan province on Thursday, killing two of them, local officials said.

The explosion hit the vehicle on a road in Mudiyah district as it returned from a patrol, a security official said.

Al Qaeda in the Arabian Peninsula (AQAP) claimed responsibility for the attack in a statement.
"""


def test_a_province_lead_and_its_district_detail_are_one_event():
    # §1 one event per day and place, §4 the finest place; the claimant planted the bomb and
    # the force hit is the victim (§2.2)
    events = code_text(ABYAN)
    assert len(events) == 1, _summary(events)
    event = events[0]
    assert event.location == "Mudiyah"
    assert event.actor1.startswith("AQAP")
    assert event.actor2 == "Security Belt Forces"
    assert event.fatalities == 2


BASE_BOMB = """MOGADISHU (Meridian) — A suicide bomber drove a car packed with explosives into the gate of a military base in Mogadishu on Tuesday, killing at least six soldiers, police said.

Al Shabaab said in a statement on its radio station that it had carried out the attack and claimed to have killed 25 soldiers.

The group has fought Somalia's government for more than 15 years.
"""


def test_a_groups_statement_names_the_bomber_and_its_higher_toll_is_not_used():
    # fixtures convention: a group claiming the attack is named; a party's higher claim is not
    # the lowest credible figure (§6.3); "for more than 15 years" is history
    events = code_text(BASE_BOMB, published="2025-03-18")
    assert len(events) == 1, _summary(events)
    event = events[0]
    assert event.sub_event_type == "Suicide bomb"
    assert event.actor1 == "Al Shabaab"
    assert event.fatalities < 25


def test_a_nationwide_total_has_no_place():
    # §4: no event located only at country level; the dateline's town is not its place
    text = ("KYIV (Meridian) — Ukraine's air force said Russia had launched 48 drones across the "
            "country overnight, of which 30 were shot down.")
    assert code_text(text, published="2025-04-08") == []


def test_a_forecast_and_an_allegation_are_not_events():
    text = ("KHARTOUM (Meridian) — Analysts warn that fighting in North Kordofan could intensify "
            "before the rainy season. Rights groups have accused the army of killing civilians in "
            "the region, and at least 40 people have been killed in the state this month.")
    assert code_text(text, published="2025-03-02") == []


def test_a_domestic_killing_is_no_political_violence():
    text = ("MAIDUGURI, Nigeria (Meridian) — Police said a woman killed her husband in Maiduguri "
            "on Monday after a quarrel over money.")
    assert code_text(text, published="2025-03-06") == []


def test_a_mass_grave_counts_no_new_deaths():
    # §2.6 Other: the remains are of people killed earlier, not deaths of the day (§6)
    text = ("DAMASCUS (Meridian) — On 17 February, teams from the Ministry of Interior uncovered a "
            "mass grave in farmland on the outskirts of Sahnaya containing the remains of at least "
            "19 people.")
    events = code_text(text, published="2025-02-18")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Other", 0)]


def test_a_battles_second_side_is_armed():
    # §2.1: "residents who fled" are never a side of a recapture
    text = ("MOGADISHU (Meridian) — Somali troops on Sunday retook the town of Tiyeglow from Al "
            "Shabaab after heavy fighting, the defence ministry said. The commander said the army "
            "was now in full control of the town and that residents who fled could return.")
    events = code_text(text, published="2025-02-24")
    assert [(e.sub_event_type, e.actor2) for e in events] == [
        ("Government regains territory", "Al Shabaab")], _summary(events)


def test_the_day_in_the_triggers_clause_dates_it_and_a_before_clause_is_no_event():
    # §5: "in mid-January" dates the rapes, not the day the witnesses arrived; "before the army
    # retook the town" names the recapture only as a time mark
    text = ("KHARTOUM (Meridian) — Women who reached Rufaa over the weekend told volunteers that RSF "
            "fighters had raped at least seven women in Al Hasaheisa in mid-January, before the "
            "army retook the town.")
    events = code_text(text, published="2025-01-20")
    assert [(e.sub_event_type, e.event_date, e.time_precision) for e in events] == [
        ("Sexual violence", dt.date(2025, 1, 15), 3)], _summary(events)


BASE_RAID = ("MAIDUGURI, Nigeria (Meridian) — Boko Haram fighters attacked a military base in "
             "Monguno on Tuesday, killing six soldiers, the army said. ")


def test_what_follows_an_attack_is_not_another_attack():
    # §1: the dead buried, funerals for "Tuesday's attack", a count among others, a habit
    follow_ups = (
        "The soldiers killed were buried in Maiduguri on Wednesday. "
        "Funerals were held in Maiduguri for the victims of Tuesday's attack. "
        "It was the second attack on the base this week. "
        "ISWAP has carried out frequent attacks on army posts in the region.")
    events = code_text(BASE_RAID + follow_ups, published="2025-03-06")
    assert [(e.sub_event_type, e.location, e.event_date) for e in events] == [
        ("Armed clash", "Monguno", dt.date(2025, 3, 4))], _summary(events)


def test_a_second_sources_higher_toll_does_not_replace_the_first():
    # §6.3: sources disagree, the lowest credible figure stands; a toll that "rose to" revises
    lead = ("JUBA, South Sudan (Meridian) — Armed youth of the White Army overran an army garrison "
            "in the town of Renk on Tuesday, the government said.\n\n"
            "At least 10 soldiers were killed on Tuesday, an army spokesman said. ")
    disagree = code_text(lead + "A local official put the number of dead at 17.", published="2025-03-07")
    revised = code_text(lead + "The death toll later rose to 17, the army said.", published="2025-03-07")
    assert [e.fatalities for e in disagree] == [10], _summary(disagree)
    assert [e.fatalities for e in revised] == [17], _summary(revised)


def test_a_state_named_as_the_striker_is_its_foreign_military():
    # §3.1: a state's forces acting abroad are inter 8, and the strike is theirs, not the
    # struck country's
    text = ("KYIV (Meridian) — Russia struck the north-eastern city of Kharkiv with a ballistic "
            "missile early on Tuesday, killing three people, regional officials said.")
    events = code_text(text, published="2025-04-08")
    assert [(e.actor1, e.inter1) for e in events] == [("Military Forces of Russia (2000-)", 8)]
