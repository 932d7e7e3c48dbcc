"""Sixth round (issue #6): a party's own account of its operation is a claim.

Each article is written for these tests (fictional incidents at real places); none is taken from
a fixture set. Every test runs the whole pipeline (``code_text``). docs/fixtures.md, certainty:
``claimed`` when the only source is a party speaking of its own action or its result.
"""

from __future__ import annotations

from dateline import code_text


def _certainties(text: str, published: str) -> list[tuple[str, str]]:
    return [(e.sub_event_type, "claimed" if "certainty: claimed" in e.tags else "reported")
            for e in code_text(text, published=published)]


def test_a_military_source_on_the_armys_own_fight_is_a_claim():
    text = ("MOGADISHU, March 8 (Horn Desk) - Somali army troops repelled an attack by al-Shabaab "
            "fighters on a base near Beledweyne on Thursday, a military commander said. The "
            "commander said 15 militants were killed in the fighting.")
    assert _certainties(text, "2025-03-08") == [("Armed clash", "claimed")]


def test_a_force_telling_its_own_losses_is_no_claim():
    # the army is the side attacked (actor 2) and speaks of its dead: the outlet's report
    text = ("MOGADISHU, March 8 (Horn Desk) - Six soldiers were killed on Thursday when al-Shabaab "
            "fighters attacked an army base near Beledweyne, a military commander said.")
    assert _certainties(text, "2025-03-08") == [("Armed clash", "reported")]


def test_an_operation_launched_then_the_general_staffs_kills_is_a_claim():
    # the unsourced "launched a sweep operation" is a step of the army's own account
    text = ("NIAMEY, 12 June 2025 - Gunmen killed eleven villagers near Tera on Sunday. In "
            "response, the armed forces launched a sweep operation in the Tera area on Monday. "
            "According to the army general staff, twenty terrorists were neutralised.")
    assert _certainties(text, "2025-06-12") == [("Attack", "reported"), ("Armed clash", "claimed")]


def test_a_rebel_kill_count_the_outlet_could_not_verify_is_a_claim():
    text = ("MYITKYINA (Frontier Post) - Kachin Independence Army fighters ambushed a military "
            "convoy near Bhamo on Tuesday. A KIA spokesman said eight soldiers were killed. The "
            "claim could not be independently verified.")
    assert _certainties(text, "2025-06-12") == [("Armed clash", "claimed")]


def test_residents_telling_the_ambush_make_it_reported():
    # an independent source beside the party's own count
    text = ("MYITKYINA (Frontier Post) - Kachin Independence Army fighters ambushed a military "
            "convoy near Bhamo on Tuesday, residents said. A KIA spokesman said eight soldiers "
            "were killed.")
    assert _certainties(text, "2025-06-12") == [("Armed clash", "reported")]


def test_a_reposted_army_statement_the_outlet_could_not_verify_is_a_claim():
    text = """Posted by Mindanao Daily | 14 May 2025

The following statement was released by the 6th Infantry Division, Philippine Army:

Troops of the 33rd Infantry Battalion clashed with about twenty Abu Sayyaf gunmen near Patikul on Tuesday. Three enemy bodies and four rifles were recovered.

(Mindanao Daily could not independently verify the army's account.)
"""
    assert _certainties(text, "2025-05-14") == [("Armed clash", "claimed")]


def _doers(text: str, published: str) -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.actor1) for e in code_text(text, published=published)]


def test_a_drone_from_the_direction_of_rsf_held_areas_is_the_rsfs():
    # no source names the doer; witnesses place its launch on the RSF's ground, so the
    # default striker (the army, which flies) is not the doer
    text = ("KOSTI, 9 March 2025 (Nile Desk) - A drone struck a crowded bus station in Kosti on "
            "Friday, killing nine people, the local health ministry said. Residents said the drone "
            "came from the direction of RSF-held areas west of the city.")
    assert _doers(text, "2025-03-09") == [("Air/drone strike", "Rapid Support Forces")]


def test_a_drone_with_no_launch_ground_keeps_the_default_striker():
    text = ("KOSTI, 9 March 2025 (Nile Desk) - A drone struck a crowded bus station in Kosti on "
            "Friday, killing nine people, the local health ministry said. Residents said the drone "
            "flew over the river before it hit the station.")
    assert _doers(text, "2025-03-09") == [("Air/drone strike", "Military Forces of Sudan (2019-)")]


def test_rockets_fired_from_areas_controlled_by_the_houthis_are_theirs():
    text = ("HODEIDAH, 9 March 2025 (Red Sea Wire) - Rockets hit a fishing market in Hays on "
            "Friday, killing four people, medics said. Officials said the rockets were fired from "
            "areas controlled by the Houthis.")
    assert _doers(text, "2025-03-09") == [
        ("Shelling/artillery/missile attack", "Military Forces of Yemen (2017-) Houthi")]


LIVEBLOG = """LIVE: Fighting in Tal Afar

Nineveh Now desk | Updated 4 April 2025, 17:10

17:10 - The provincial health office {now}says nine people were killed in the clashes between Popular Mobilization Forces fighters and Islamic State militants in Tal Afar. A local monitor {now}puts the toll at 14.

12:30 - Hospital sources report three dead so far in the clashes between Popular Mobilization Forces fighters and Islamic State militants in Tal Afar.

10:05 - Clashes broke out this morning between Popular Mobilization Forces fighters and Islamic State militants on the edge of Tal Afar.
"""


def test_a_liveblogs_updated_tolls_replace_the_early_count():
    # ONTOLOGY §6.9: figures are revised when better reports arrive; the two updates disagree,
    # so the lower stands (§6.3), and the morning's three is superseded
    events = code_text(LIVEBLOG.format(now="now "), published="2025-04-04")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 9)]


def test_without_an_update_the_lowest_figure_stands():
    events = code_text(LIVEBLOG.format(now=""), published="2025-04-04")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 3)]


def test_counted_units_sent_to_secure_a_town_are_a_troop_movement():
    # ONTOLOGY §2.6 troop movements; the Assam Rifles are the force that moves (actor 1)
    text = ("IMPHAL, 12 May 2025 (Valley Times) - Gunmen shot dead two farmers near Moreh on "
            "Sunday, police said. On Monday, three additional companies of the Assam Rifles were "
            "deployed in Moreh to secure the area, officials said.")
    assert _doers(text, "2025-05-12") == [("Attack", "Unidentified Armed Group (India)"),
                                          ("Change to group/activity", "Military Forces of India (2014-)")]


def test_forces_sent_to_the_scene_are_no_event():
    text = ("IMPHAL, 12 May 2025 (Valley Times) - Gunmen shot dead two farmers near Moreh on "
            "Sunday, police said. Security forces were deployed in the area to secure it, "
            "officials said.")
    assert _doers(text, "2025-05-12") == [("Attack", "Unidentified Armed Group (India)")]


def _kinds(text: str, published: str) -> list[tuple[str, str]]:
    return [(e.event_date.isoformat(), e.sub_event_type) for e in code_text(text, published=published)]


def test_an_official_of_the_previous_government_arrested_is_news_not_history():
    # "the previous government" says who the man is; the arrest itself is Tuesday's (§2.6)
    text = ("KABUL, 6 March 2025 (Hindu Kush Post) - Taliban police on Tuesday detained a former "
            "governor of Baghlan province who had served under the previous government, his "
            "family said.")
    assert _kinds(text, "2025-03-06") == [("2025-03-04", "Arrests")]


def test_an_arrest_made_previously_stays_background():
    text = ("KABUL, 6 March 2025 (Hindu Kush Post) - Taliban police had previously detained a "
            "former governor of Baghlan province, his family said.")
    assert _kinds(text, "2025-03-06") == []


def test_moving_in_without_firing_a_shot_is_no_shooting():
    # §2.6 Non-violent transfer of territory; "a shot" is what did not happen, no Attack
    text = ("JEREMIE, 5 March 2025 (Grand'Anse Info) - Police officers left the station in Jérémie "
            "on Tuesday, and gang members took over the building without firing a shot, "
            "residents said.")
    assert _kinds(text, "2025-03-05") == [("2025-03-04", "Non-violent transfer of territory")]


RELEASE = ("MAIDUGURI, 10 June 2025 (Lake Chad Times) - On Sunday, Boko Haram handed over five "
           "soldiers it had held since March to a mediation team in Bama. The group rejected the "
           "2021 amnesty offer.")


def test_captives_held_since_march_released_on_sunday_are_an_agreement():
    # §2.6 Agreement (a release); "held since March" is how long, not when
    assert _kinds(RELEASE, "2025-06-10") == [("2025-06-08", "Agreement")]


def test_rejecting_an_old_offer_does_not_deny_the_release():
    # "rejected the 2021 amnesty offer" is about another year: the release stays `reported`
    events = code_text(RELEASE, published="2025-06-10")
    assert [(e.sub_event_type, [t for t in e.tags if t.startswith("certainty")]) for e in events] == [
        ("Agreement", [])]
