"""Ninth round (issue #6): demonstrations and crowd violence on `events_dev4`.

Each article is written for these tests (fictional incidents at real places); none is taken from
a fixture set. Every test runs the whole pipeline (``code_text``).
"""

from __future__ import annotations

from dateline import code_text
from dateline.code import classify_sentence


def _labels(text: str, published: str) -> list[tuple[str, str]]:
    return sorted((e.sub_event_type, str(e.event_date))
                  for e in code_text(text, published=published))


def test_a_headline_town_tagged_as_an_organisation_still_places_the_story():
    # a small town the tagger reads as an organisation is still the headline's place; without it
    # no sentence of an article whose lead is background had a place
    text = """Doab Courier

Curfew stays in Bijnor after clash at fair; 14 held

Curfew remained in place in parts of the town on Tuesday, a day after a clash at a village fair.

Police said two groups of young men threw stones at each other near the fairground on Monday evening and set fire to four stalls.

On Tuesday morning, police arrested 14 people from both groups, an officer said.
"""
    events = code_text(text, published="2025-02-11")
    assert events, "the article's events need the headline's town"
    assert {e.location for e in events} == {"Bijnor"}


def test_charges_listed_after_arrests_are_no_events_of_their_own():
    # "on charges including rioting and murder": what the arrested are accused of, not a riot
    # or a killing that day
    text = """KANPUR, March 4, 2025 (Plains Wire) — Police in Kanpur on Monday arrested 31 people on charges including rioting, arson and attempted murder, a senior officer said.
"""
    events = code_text(text, published="2025-03-04")
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_students_and_policemen_hurt_in_a_clash_are_a_violent_demonstration():
    # §2.5: a crowd that clashes with police and hurts officers is a riot, not repression
    text = """Khulna Today

Students clash with police over fee rise

Khulna, Feb 10 — Dozens of students and at least six policemen were injured on Sunday when students of two colleges blocked a road in Khulna and clashed with police.
"""
    events = code_text(text, published="2025-02-10")
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Violent demonstration", "Rioters (Bangladesh)")]


def test_protesters_hurt_by_a_police_charge_stay_excessive_force():
    # guard: without the force's own men hurt, a serious injury by police is still §2.4
    text = """Cordoba Herald

Retired teacher's arm broken as police charge march in Cordoba

Thursday, June 12, 2025

A 70-year-old retired teacher was left with a broken arm and a head wound on Wednesday when police charged a march of retirees in Cordoba, her family said.
"""
    events = code_text(text, published="2025-06-12")
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]


def test_tear_gas_shells_are_no_shelling(nlp):
    # riot-control munitions fired at a crowd are no artillery (§2.4 intervention, not §2.2)
    for text in (("Police responded with tear gas shells and sound grenades and chased the "
                  "students into the side streets."),
                 "Officers fired teargas canisters and rubber rounds at the marchers."):
        decisions = classify_sentence(nlp(text))
        assert decisions, text
        assert all(d.sub_event_type != "Shelling/artillery/missile attack" for d in decisions)


def test_a_sentence_without_a_place_is_in_the_one_town_of_the_story():
    # a country kicker in the headline gives no town; every event told so far was in Tegucigalpa
    text = """Isthmus Report

Honduras: police clear teachers' protest camp, teachers march again

Friday 7 March 2025

Police in Tegucigalpa tore down an empty protest camp of teachers outside the education ministry early on Wednesday, removing tents and banners.

On Thursday, about 2,000 teachers marched to the ministry to protest the removal. The march was peaceful.
"""
    events = _labels(text, "2025-03-07")
    assert events == [("Looting/property destruction", "2025-03-05"),
                      ("Peaceful protest", "2025-03-06")]


def test_a_crowd_stoning_a_convoy_and_hurting_its_passengers_is_mob_violence():
    # §2.5: a crowd attacking people outside any demonstration, no force facing it
    text = """Mindanao Courier

Convoy of candidate stoned in Dumaguete

Tuesday, May 6, 2025

Three campaign volunteers were injured when a crowd threw stones at the convoy of a mayoral candidate in Dumaguete on Sunday evening, police said.

A group of about 40 people threw stones and bottles at the vehicles as they passed a market.
"""
    events = code_text(text, published="2025-05-06")
    assert [(e.sub_event_type, str(e.event_date)) for e in events] == [
        ("Mob violence", "2025-05-04")]


def test_a_crowd_stoning_police_is_still_a_violent_demonstration():
    # guard: with the police facing the crowd it stays a demonstration
    text = """Mindanao Courier

Protesters stone police in Dumaguete

Tuesday, May 6, 2025

Protesters threw stones at police outside city hall in Dumaguete on Sunday, and two officers were injured, police said.
"""
    events = code_text(text, published="2025-05-06")
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


def test_brick_chunks_thrown_by_students_are_crowd_violence(nlp):
    decisions = classify_sentence(nlp(
        "When police moved in, some of the protesters hurled brick chunks at the officers."))
    assert [d.sub_event_type for d in decisions] == ["Violent demonstration"]


def test_two_groups_stoning_each_other_is_mob_violence():
    # §2.5: two crowds fighting each other, no demonstration and no force between them
    text = """Doab Courier

Stone-pelting in Moradabad after wedding dispute

Moradabad, August 12, 2025

Groups from both sides threw stones and bottles at each other in a lane of Moradabad's old city on Sunday night after a dispute at a wedding, and two carts were set on fire, residents said.
"""
    events = code_text(text, published="2025-08-12")
    assert [e.sub_event_type for e in events] == ["Mob violence"]
