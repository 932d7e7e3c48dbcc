"""Eighth round (issue #6): demonstrations on fresh text (`events_dev4`).

Each article is written for these tests (fictional incidents at real places); none is taken from
a fixture set. Every test runs the whole pipeline (``code_text``).
"""

from __future__ import annotations

from dateline import code_text


def _labels(text: str, published: str) -> list[tuple[str, str, str]]:
    return sorted((e.sub_event_type, str(e.event_date), e.actor1)
                  for e in code_text(text, published=published))


def test_marchers_detained_after_tear_gas_at_the_gates_are_the_protests_intervention():
    # §2.4: protesters "physically dispersed, blocked or arrested" -> one Protest with intervention
    text = """Harbour Tribune

Fishermen march on port authority in Mombasa

Friday 14 March 2025

MOMBASA — About 600 fishermen marched through Mombasa on Thursday to demand compensation for the loss of fishing grounds to a harbour extension.

The march had reached the gates of the port authority when riot police formed a line across the road. Officers fired tear gas at the front rows. Nine fishermen were briefly detained, union officials said.
"""
    events = _labels(text, "2025-03-14")
    assert [e[0] for e in events] == ["Protest with intervention"]
    assert events[0][1] == "2025-03-13"


def test_students_occupying_a_road_take_no_territory():
    # a crowd's hold on a road has no monopoly of force: no Battles type (§2.1 needs armed sides)
    text = """Delta Daily

Students block highway in Khulna

Monday 13 October 2025

Khulna, Oct 13 — Police fired tear gas to disperse hundreds of students who blocked the Khulna-Jessore highway in Khulna on Sunday to demand a cut in tuition fees.

The students occupied the road from around 9am, halting traffic for several hours.
"""
    events = code_text(text, published="2025-10-13")
    assert [e.event_type for e in events] == ["Protests"]
    assert all(e.sub_event_type != "Non-state actor overtakes territory" for e in events)


def test_protesters_burning_a_gate_while_police_fire_are_one_violent_demonstration():
    # §1: a protest that turns violent the same day is one Riots event; the crowd is Rioters
    text = """MOSUL, Aug 5, 2025 (Northern Wire) — A protester was killed and six people were wounded in Mosul on Monday when police opened fire during a protest over unpaid salaries outside the provincial council, a medical source said.

Some of the protesters set fire to tyres at the council's gate and smashed its windows, witnesses said.
"""
    events = code_text(text, published="2025-08-05")
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Violent demonstration", "Rioters (Iraq)")]
    assert events[0].fatalities == 1
    assert events[0].civilian_targeting == ""


def test_tear_gas_to_stop_a_counted_body_of_fishermen_is_a_protest_with_intervention():
    # "several hundred fishermen" kept from reaching an office are a crowd (§2.4), and the
    # afternoon's weekday dates it
    text = """Harbour Tribune

Friday 14 March 2025

Police fired tear gas on Thursday afternoon to stop several hundred fishermen from reaching the port authority offices in Mombasa, where they wanted to hand in a petition over lost fishing grounds.
"""
    assert _labels(text, "2025-03-14") == [
        ("Protest with intervention", "2025-03-13", "Protesters (Kenya)")]


def test_a_counted_body_of_workers_at_a_dinner_is_no_crowd_event():
    # a counted body of people is only a crowd where something happens to it
    text = """Harbour Tribune

Friday 14 March 2025

About 300 workers attended the port authority's annual dinner in Mombasa on Thursday, where the director thanked them for a record year.
"""
    assert _labels(text, "2025-03-14") == []


# --- hard negatives ------------------------------------------------------------------------------

def test_a_march_called_off_and_one_that_did_not_take_place_code_no_event():
    text = """Lagoon Courier

Saturday 12 July 2025

A coalition of civic groups on Friday called off a march that had been planned in Cotonou for Saturday, saying it would meet ministers on Monday. "The march is postponed, not cancelled," a spokesman said. A second march planned for Porto-Novo did not take place after the prefect asked the organisers to wait. The nurses' union has not called any demonstrations.
"""
    assert _labels(text, "2025-07-12") == []


def test_a_march_that_went_ahead_after_an_earlier_one_was_called_off_is_still_coded():
    text = """Lagoon Courier

Sunday 13 July 2025

Hundreds of traders marched through Cotonou on Saturday to protest against new market fees, a week after an earlier march was called off.
"""
    assert _labels(text, "2025-07-13") == [("Peaceful protest", "2025-07-12", "Protesters (Benin)")]


def test_a_crush_at_stadium_gates_is_an_accident_not_an_attack():
    text = """Coast Sports Daily

Monday 18 August 2025

Seven people died and more than 30 were injured on Sunday evening in a crush at the gates of the national stadium in Mombasa, where thousands of fans were queueing for a cup final.
"""
    assert _labels(text, "2025-08-18") == []
