"""Rules of the fourth round (issue #6): who could defend themselves, one change of control per
clause, and what a later sentence says about an event's certainty.

Each article is written for these tests (fictional incidents at real places). Every test runs
the whole pipeline (``code_text``) and names the ONTOLOGY rule or fixture convention it checks.
"""

from __future__ import annotations

from dateline import code_text


def _summary(events) -> list[tuple]:
    return [(e.event_date.isoformat(), e.sub_event_type, e.actor1, e.actor2, e.location,
             e.fatalities, e.certainty) for e in events]


RAID = ("JUBA (Meridian) — Armed youth attacked a cattle camp near Rumbek on Sunday, killing six "
        "people, local officials said.\n\n{follow_up}")


def test_keepers_who_fought_back_make_the_raid_a_clash():
    # ONTOLOGY §2.3 is harm to people "who cannot defend themselves"; armed keepers who fought
    # back are a second armed side (§2.1), an unnamed communal militia (§3.1, code 4)
    text = RAID.format(follow_up="The herders fought back and the exchange of fire lasted for "
                                 "about an hour, a county official said.")
    events = code_text(text, published="2025-04-08")
    assert [(e.sub_event_type, e.actor2, e.fatalities) for e in events] == [
        ("Armed clash", "Unidentified Communal Militia (South Sudan)", 6)], _summary(events)
    assert events[0].civilian_targeting == ""


def test_a_raid_nobody_resisted_stays_an_attack_on_civilians():
    text = RAID.format(follow_up="The attackers drove away hundreds of cattle, a county official said.")
    events = code_text(text, published="2025-04-08")
    assert [(e.sub_event_type, e.actor2) for e in events] == [
        ("Attack", "Civilians (South Sudan)")], _summary(events)


def test_a_capture_after_fighting_and_an_entry_without_a_fight_are_two_changes():
    # §2.1 (captured after fighting) and §2.6 (entered without a fight), told in two clauses
    # of one sentence with a day each
    text = ("GOMA (Meridian) — M23 rebels captured the town of Sake on Friday after heavy "
            "fighting with the Congolese army, and on Saturday entered Uvira without a fight "
            "after government troops pulled out, residents said.")
    events = code_text(text, published="2025-02-17")
    assert sorted((e.event_date.isoformat(), e.sub_event_type) for e in events) == [
        ("2025-02-14", "Non-state actor overtakes territory"),
        ("2025-02-15", "Non-violent transfer of territory")], _summary(events)
    assert "Armed clash" not in {e.sub_event_type for e in events}


def test_an_entry_without_a_fight_alone_is_a_transfer():
    text = ("GOMA (Meridian) — M23 rebels entered Uvira on Saturday without a fight after "
            "government troops pulled out, residents said.")
    events = code_text(text, published="2025-02-17")
    assert [e.sub_event_type for e in events] == ["Non-violent transfer of territory"], _summary(events)


def test_the_doer_telling_its_own_action_is_a_claim():
    # docs/fixtures.md certainty: "claimed" when the only source is a party speaking of its own
    # action; the same report from residents is "reported"
    claimed = code_text("KADUNA, Nigeria (Meridian) — Police officers killed three bandits in a "
                        "gunfight near Zaria on Monday, the police said in a statement.",
                        published="2025-05-14")
    reported = code_text("KADUNA, Nigeria (Meridian) — Police officers killed three bandits in a "
                         "gunfight near Zaria on Monday, residents said.", published="2025-05-14")
    assert [e.certainty for e in claimed] == ["claimed"], _summary(claimed)
    assert [e.certainty for e in reported] == ["reported"], _summary(reported)


def test_the_accused_denying_it_later_makes_the_event_denied():
    # docs/fixtures.md certainty: "denied" when the accused actor denies it
    text = ("BAMAKO (Meridian) — Gunmen killed 12 villagers near Djenne on Sunday, local officials "
            "said, blaming JNIM.\n\nA JNIM spokesman denied any involvement in the killings.")
    events = code_text(text, published="2025-04-15")
    assert [(e.sub_event_type, e.certainty) for e in events] == [("Attack", "denied")], _summary(events)


def test_an_authority_confirming_the_attack_later_makes_it_confirmed():
    text = ("KIRKUK, Iraq (Meridian) — Islamic State militants attacked an army post near Tuz "
            "Khurmatu on Monday, killing two soldiers, security sources said.\n\n"
            "The Joint Operations Command confirmed the attack in a statement.")
    events = code_text(text, published="2025-03-05")
    assert [(e.sub_event_type, e.certainty) for e in events] == [
        ("Armed clash", "confirmed")], _summary(events)


def test_a_car_bomb_that_opens_an_assault_is_part_of_the_battle():
    # ONTOLOGY §1 ladder: one pair's tactics at one place on one day are one event, labelled
    # by the highest type (an airstrike during a ground fight is an armed clash)
    text = ("MOGADISHU (Meridian) — Al-Shabaab fighters attacked a military base near Afgoye on "
            "Thursday, sparking hours of fighting with Somali troops, officials said.\n\n"
            "The militants detonated a car bomb at the gate of the base near Afgoye before "
            "storming it, a military officer said. At least 10 soldiers and 15 militants were "
            "killed, he said.")
    events = code_text(text, published="2025-03-08")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 25)], _summary(events)


CHILDREN = "The four children were taken by the attackers as they withdrew, the commissioner said."


def test_children_taken_in_a_raid_fought_back_are_an_abduction_of_their_own():
    # docs/fixtures.md unit: the abduction of children in a raid fought by armed herders is
    # another pair's event (civilians) beside the clash
    text = RAID.format(follow_up="The herders fought back and the exchange of fire lasted for "
                                 "about an hour, a county official said. " + CHILDREN)
    events = code_text(text, published="2025-04-08")
    assert sorted((e.sub_event_type, e.actor2) for e in events) == [
        ("Abduction/forced disappearance", "Civilians (South Sudan)"),
        ("Armed clash", "Unidentified Communal Militia (South Sudan)")], _summary(events)


def test_children_taken_in_a_raid_nobody_resisted_are_part_of_the_attack():
    # ONTOLOGY §1 ladder inside Violence against civilians: one pair, one raid, one Attack
    text = RAID.format(follow_up=CHILDREN)
    events = code_text(text, published="2025-04-08")
    assert [e.sub_event_type for e in events] == ["Attack"], _summary(events)


def test_an_armys_allies_are_not_its_side_and_vehicles_destroyed_are_the_fight():
    # §1: the main confrontation is the army's; §2.6 property destruction has "no fight involved"
    text = ("KHARTOUM (Meridian) — Rapid Support Forces fighters attacked army positions in El "
            "Fasher on Sunday and were pushed back after hours of fighting, residents said.\n\n"
            "The army said its troops and allied Joint Forces had killed dozens of RSF fighters "
            "in the fighting and destroyed 12 combat vehicles.")
    events = code_text(text, published="2025-01-20")
    assert [(e.sub_event_type, {e.actor1, e.actor2}) for e in events] == [
        ("Armed clash", {"Rapid Support Forces", "Military Forces of Sudan (2019-)"})], _summary(events)
