"""Who stands where: actor kinds and order per event type, and sides carried across sentences.

Every article here is written for these tests (fictional incidents at real places). Each runs
the whole pipeline (``code_text``): the sides of an event depend on the actor matcher, the
classifier's roles and the coder's reading across sentences together (ONTOLOGY §1, §3).
"""

from __future__ import annotations

from dateline import code_text


def _events(text: str, published: str):
    return code_text(text, published=published)


def _by_type(events, sub):
    found = [e for e in events if e.sub_event_type == sub]
    assert found, [(e.sub_event_type, e.actor1, e.actor2) for e in events]
    return found[0]


def test_a_named_group_behind_a_wire_dateline_is_the_attacker():
    # the parser makes "MAIDUGURI" the subject and the group its apposition
    text = ("MAIDUGURI, Nigeria (Horn Wire) — Boko Haram fighters killed seven farmers in a raid "
            "on a village near Gwoza on Wednesday night, local officials said.\n")
    event = _by_type(_events(text, "2025-06-13"), "Attack")
    assert event.actor1.startswith("Boko Haram")
    assert event.actor2 == "Civilians (Nigeria)"


def test_a_passive_agent_is_named_not_unidentified():
    text = ("Four farmers were killed by RSF fighters near Wad Madani in Sudan's Gezira state "
            "on Sunday, a local resistance committee said.\n")
    event = _by_type(_events(text, "2025-06-10"), "Attack")
    assert event.actor1 == "Rapid Support Forces"
    assert event.actor2 == "Civilians (Sudan)"  # civilians are always actor2 (§1)


def test_blame_in_the_same_sentence_names_the_gunmen():
    text = ("NIAMEY (Horn Wire) — Gunmen killed at least 12 people at a cattle market near "
            "Tera in western Niger on Thursday, the government said, blaming the Islamic "
            "State group's Sahel branch.\n")
    event = _by_type(_events(text, "2025-06-14"), "Attack")
    assert event.actor1 == "Islamic State Sahel Province"


def test_a_group_linked_to_another_is_not_the_blamed_group():
    text = ("Two soldiers were killed in a gunfight with smugglers near Qusayr on Monday, "
            "Syria's defence ministry said. The ministry blamed smuggling gangs linked to "
            "Hezbollah for the attack.\n")
    events = _events(text, "2025-06-17")
    assert not any("Hezbollah" in (e.actor1, e.actor2) for e in events), [
        (e.sub_event_type, e.actor1, e.actor2) for e in events]


def test_the_other_side_of_the_fight_is_carried_to_follow_ups():
    text = ("Fighting between the Kachin Independence Army (KIA) and the military raged in "
            "Bhamo on Tuesday, residents said.\n\n"
            "Military jets bombed positions held by the rebels during the fighting, they said.\n")
    clash = _by_type(_events(text, "2025-06-18"), "Armed clash")
    assert {clash.actor1, clash.actor2} == {
        "KIO/KIA: Kachin Independence Organization/Kachin Independence Army",
        "Military Forces of Myanmar (2021-)"}


def test_an_attack_on_a_base_is_a_fight_with_the_army():
    text = ("Islamic State West Africa Province (ISWAP) fighters overran an army base in Marte "
            "in Borno state on Monday, killing five soldiers, military sources said.\n")
    event = [e for e in _events(text, "2025-06-17") if e.event_type == "Battles"][0]
    assert {event.actor1, event.actor2} == {"Islamic State West Africa Province",
                                            "Military Forces of Nigeria (2023-)"}


def test_protest_roles_protesters_rioters_and_the_police():
    text = ("NAIROBI — Police fired tear gas to disperse hundreds of students protesting "
            "outside parliament in Nairobi on Tuesday, witnesses said.\n\n"
            "In Mombasa on Tuesday, demonstrators burned tyres and threw stones at police "
            "officers, who responded with tear gas.\n")
    events = _events(text, "2025-06-18")
    intervention = _by_type(events, "Protest with intervention")
    assert intervention.actor1 == "Protesters (Kenya)"
    assert intervention.actor2.startswith("Police Forces of Kenya")  # not "Civilians (Kenya)"
    riot = _by_type(events, "Violent demonstration")
    assert riot.actor1 == "Rioters (Kenya)"


def test_a_peaceful_protest_has_the_protesters_only():
    text = ("BAMAKO — Several hundred traders marched through central Bamako on Monday to "
            "protest against power cuts, witnesses said.\n")
    event = _by_type(_events(text, "2025-06-17"), "Peaceful protest")
    assert (event.actor1, event.actor2) == ("Protesters (Mali)", "")


def test_arrests_have_the_arresting_force_and_no_anonymous_detainees():
    text = ("ADDIS ABABA — Federal police arrested 35 people in Ambo on Friday on suspicion of "
            "links to the armed group, a police statement said.\n")
    event = _by_type(_events(text, "2025-06-21"), "Arrests")
    assert event.actor1.startswith("Police Forces of Ethiopia")
    assert event.actor2 == ""


def test_the_victims_of_a_landmine_are_actor2():
    text = ("MORELIA, Mexico — Three Mexican soldiers were killed on Friday when their vehicle "
            "hit a landmine on a dirt road near Cotija, the defence ministry said.\n")
    event = _by_type(_events(text, "2025-06-21"), "Remote explosive/landmine/IED")
    assert event.actor1.startswith("Unidentified Armed Group")
    assert event.actor2.startswith("Military Forces of Mexico")


def test_the_force_that_intercepts_is_actor1():
    text = ("METULA, Israel — Israel's military said it intercepted two rockets fired towards "
            "Metula on Sunday.\n")
    event = _by_type(_events(text, "2025-06-23"), "Disrupted weapons use")
    assert event.actor1.startswith("Military Forces of Israel")


def test_a_second_drone_is_the_air_force_that_struck_before():
    text = ("An Israeli drone strike on a motorcycle in the town of Bint Jbeil killed one man on "
            "Monday, Lebanon's health ministry said.\n\n"
            "Hours later, a second drone fired a missile at a bulldozer on the outskirts of Kfar "
            "Kila, wounding its driver, the town's mayor said.\n")
    events = _events(text, "2025-06-17")
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 2
    assert all(e.actor1 == "Military Forces of Israel (2022-)" for e in strikes)


def test_unidentified_groups_are_unified_only_within_one_country():
    text = ("BAMAKO — Gunmen killed four villagers near Mopti in central Mali on Monday, "
            "officials said.\n\n"
            "Separately, gunmen killed three herders near Tera in western Niger on Monday, "
            "Nigerien officials said.\n")
    events = _events(text, "2025-06-17")
    countries = {e.actor1 for e in events if e.sub_event_type == "Attack"}
    assert "Unidentified Armed Group (Mali)" in countries
    assert "Unidentified Armed Group (Niger)" in countries
