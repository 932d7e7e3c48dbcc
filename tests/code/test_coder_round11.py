"""Eleventh round (issue #6): the actors of matched events, and a document that is a headline.

Each article is written for these tests (fictional incidents at real places); none is taken from
a fixture set. Every test runs the whole pipeline (``code_text``) unless it tests one reader.
"""

from __future__ import annotations

import datetime as dt

from dateline.analyse import find_fatality_mentions
from dateline.resolve import ActorDictionary

from tests.code.test_coder_round10 import _rows


def test_a_foreign_command_that_says_it_struck_is_the_striker():
    # §3.1: "the command said it had carried out an airstrike": the speaker owns the deed it
    # reports, so the strike is the foreign force's, not the host state's military
    text = """Sahel Desk

French strike near Menaka

14 March 2024

On 12 March, the French military command said it had carried out an airstrike against Islamic State Sahel Province fighters near Menaka. It gave no toll.
"""
    rows = _rows(text, "2024-03-14")
    assert [(r[0], r[2], r[3]) for r in rows] == [
        ("Air/drone strike", "Military Forces of France (2017-)", "Islamic State Sahel Province")]


def test_a_speaker_who_only_reports_stays_out_of_the_sides():
    # guard: "the army said the gunmen had killed" is the gunmen's deed; "it" as the subject of
    # something other than the deed ("it was not clear") gives the speaker no side either
    text = """Lake Desk

Gunmen kill herders near Mopti

2 May 2025

Gunmen killed four herders near Mopti on Wednesday, the Malian army said. The army said it was not clear who the attackers were.
"""
    rows = _rows(text, "2025-05-02")
    assert [(r[0], r[2], r[3]) for r in rows] == [
        ("Attack", "Unidentified Armed Group (Mali)", "Civilians (Mali)")]


def test_a_civilian_intelligence_service_is_the_police():
    # ACLED codes a state's civilian intelligence service as its police; military intelligence
    # stays the military
    actors = ActorDictionary.load()
    day = dt.date(2025, 6, 1)
    found = actors.find("Taliban intelligence officers detained two journalists in Herat.",
                        country="AF", date=day)
    assert found[0].name == "Police Forces of Afghanistan (2021-)"
    found = actors.find("Iranian intelligence agents arrested a lawyer in Tabriz.", country="IR",
                        date=day)
    assert found[0].name.startswith("Police Forces of Iran")
    found = actors.find("Sudanese military intelligence detained a trader.", country="SD",
                        date=day)
    assert found[0].name.startswith("Military Forces of Sudan")


def test_the_same_group_is_the_group_named_before():
    # §3: "the same group" refers back to the group the report named; it is not an unknown one
    text = """Lake Desk

Attack on post near Bol; fishermen seized

4 June 2025

Boko Haram fighters attacked an army post near Bol on Monday, killing three soldiers, the army said.

On Tuesday, the same group kidnapped five fishermen near Bol, local officials said.
"""
    rows = _rows(text, "2025-06-04")
    abductions = [r for r in rows if r[0] == "Abduction/forced disappearance"]
    assert abductions and abductions[0][2].startswith("Boko Haram")


def test_a_document_that_is_only_a_headline_is_the_report():
    # a headline tells a past event in the present tense; alone, it summarises nothing below it
    for text in ("Gunmen kill 5 in Kidal.", "Gunmen kill 5 in Kidal"):
        rows = _rows(text, "2025-03-10")
        assert [(r[0], r[2], r[4]) for r in rows] == [
            ("Attack", "Unidentified Armed Group (Mali)", 5)], text


def test_a_headline_above_a_report_still_codes_nothing_itself():
    # guard: a headline over an article summarises it and is not a second event, and a
    # present-tense statement inside an article stays a habit
    text = """Gunmen kill 5 in Kidal

Kidal, 10 March 2025

Gunmen killed five traders on the road north of Kidal on Sunday, local officials said. Bandits raid the road every week, they said.
"""
    rows = _rows(text, "2025-03-10")
    assert [(r[0], r[1], r[4]) for r in rows] == [("Attack", "2025-03-09", 5)]


def test_a_headline_present_kill_counts_but_a_vow_to_kill_does_not():
    assert find_fatality_mentions("Gunmen kill 7 villagers in Zamfara")[0][1].count == 7
    assert not any(m.count for _, m in find_fatality_mentions("The group vowed to kill 20 hostages."))


def test_a_counter_rally_held_apart_is_its_own_event():
    # §1: a counter-rally held the same day in the same town "at a different time and place"
    # is another actor pair's event, not part of the march that was attacked
    text = """Danube Weekly

Marchers pelted in Kragujevac

12 October 2025

About twenty young men threw eggs and bottles at a march of several hundred teachers in Kragujevac on Saturday before police separated the two groups. Three teachers were slightly hurt.

A counter-rally by supporters of the mayor was also held in Kragujevac on Saturday, at a different time and place, and ended without incident.
"""
    rows = _rows(text, "2025-10-12")
    assert [(r[0], r[1]) for r in rows] == [("Peaceful protest", "2025-10-11"),
                                            ("Protest with intervention", "2025-10-11")]


def test_marchers_who_go_on_peacefully_stay_one_event():
    # guard: the attacked march "continued peacefully" is the same march, not a second protest
    text = """Danube Weekly

Marchers pelted in Kragujevac

12 October 2025

About twenty young men threw eggs and bottles at a march of several hundred teachers in Kragujevac on Saturday before police separated the two groups. The march then continued to the town square and ended peacefully.
"""
    rows = _rows(text, "2025-10-12")
    assert [r[0] for r in rows] == ["Protest with intervention"]
