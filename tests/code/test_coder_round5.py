"""Fifth round (issue #6): genre rules, sides and types on new text.

Each article is written for these tests (fictional incidents at real places); none is taken from
a fixture set. Every test runs the whole pipeline (``code_text``) or the one rule it names.
"""

from __future__ import annotations

from dateline import code_text
from dateline.code._discourse import non_event_genre


def _summary(events) -> list[tuple]:
    return [(e.event_date.isoformat(), e.sub_event_type, e.actor1, e.actor2, e.location,
             e.fatalities) for e in events]


COLUMN = """COMMENT

Dhaka's endless siege

By our guest columnist | March 3, 2025

The ruling party launched another attack on its rivals this week, and the rivals shot back with a volley of statements. One minister called the new tax a bomb dropped on the middle class.

It is time for both sides to stop treating every vote as a battle.

The author is a retired diplomat. The views expressed are her own.
"""


def test_an_opinion_column_reports_no_event():
    # ONTOLOGY §1 codes reports of events; a column's "attack" and "bomb" are rhetoric
    assert non_event_genre(COLUMN) == "opinion"
    assert code_text(COLUMN, published="2025-03-03") == []


def test_a_news_report_quoting_a_columnist_keeps_its_event():
    text = ("QUETTA (Meridian) — Gunmen shot dead four labourers near Turbat on Sunday, police "
            "said. Troops sealed off the area. A columnist for a local paper said the killings "
            "showed that the government must act.")
    assert non_event_genre(text) is None
    assert [e.sub_event_type for e in code_text(text, published="2025-03-03")] == ["Attack"]


STORM = """Storm leaves 6 dead along the coast; soldiers deployed for rescue

CHITTAGONG — Six people were killed and hundreds of huts destroyed when a storm made landfall near Cox's Bazar on Monday, officials said.

Soldiers were deployed to help with the evacuation of 40,000 villagers to shelters, and the navy carried food to islands cut off by the storm surge.

The weather office warned of another low-pressure area later in the week.
"""


def test_a_storm_with_soldiers_deployed_for_rescue_is_no_event():
    # ONTOLOGY §1: a natural disaster; troops sent to help are no security measure (§2.6)
    assert non_event_genre(STORM) == "natural disaster"
    assert code_text(STORM, published="2025-05-27") == []


ANNIVERSARY = """Ten years on, Kunduz hospital survivors ask for answers

3 October 2025

Ten years ago today, on 3 October 2015, an air strike destroyed the trauma hospital in Kunduz. Forty-two people were killed, among them patients and staff.

Relatives laid flowers at the rebuilt gate on Friday.
"""


def test_sentences_after_a_dated_past_attack_keep_its_date():
    # ONTOLOGY §5: an undated sentence continues its paragraph's day; "ten years ago today, on
    # 3 October 2015" is 2015, so the toll after it is history, not an event of the week
    events = code_text(ANNIVERSARY, published="2025-10-03")
    assert events == [], _summary(events)


SHELLED_CAMP = """NGO update, 9 June 2025

On Saturday, mortar rounds fired from Al Shabaab positions south of the town struck a displacement camp on the edge of Baidoa. Aid workers said four people were killed.

On Sunday a drone struck a livestock market in the centre of Baidoa. Nine people were killed, the hospital said.

On Saturday the group's spokesman denied shelling the camp.
"""


def test_shells_fired_from_a_groups_positions_are_its_attack_on_the_camp():
    # ONTOLOGY §3.1: who fired is the doer, not the target; a camp for the displaced is
    # civilians (§2.2 with civilian targeting)
    events = code_text(SHELLED_CAMP, published="2025-06-09")
    shelling = [e for e in events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert len(shelling) == 1, _summary(events)
    assert (shelling[0].actor1, shelling[0].actor2) == ("Al Shabaab", "Civilians (Somalia)")
    assert shelling[0].civilian_targeting == "Civilians targeted"


def test_a_toll_after_a_strike_is_not_an_older_incidents_groups():
    # the toll continues the drone strike just told, not Saturday's shelling; the Saturday
    # denial speaks of Saturday's shelling and makes no event of its own (§1)
    events = code_text(SHELLED_CAMP, published="2025-06-09")
    assert len(events) == 2, _summary(events)
    drone = next(e for e in events if e.sub_event_type == "Air/drone strike")
    assert drone.fatalities == 9 and drone.actor1 != "Al Shabaab", _summary(events)


def test_the_dead_of_a_clash_are_not_one_of_its_sides():
    # ONTOLOGY §2.1: a battle is between armed sides; "people, including a child" are its dead
    text = ("BENI, DR Congo (Meridian) — At least five people, including a child, were killed on "
            "Tuesday in clashes between ADF and Wazalendo fighters near Oicha, local officials said.")
    events = code_text(text, published="2025-05-07")
    assert len(events) == 1, _summary(events)
    assert "Civilians (Democratic Republic of Congo)" not in (events[0].actor1, events[0].actor2)


def test_a_force_deployed_is_the_actor_of_its_deployment():
    # §2.6 Change to group/activity: "units have been deployed" changes the units' posture
    text = ("LATAKIA (Meridian) — The defence ministry said on Monday that army units had been "
            "deployed to the outskirts of Jableh to prevent the fighting from spreading.")
    events = code_text(text, published="2025-03-11")
    changes = [e for e in events if e.sub_event_type == "Change to group/activity"]
    assert changes and changes[0].actor1.startswith("Military Forces of Syria"), _summary(events)


def test_troops_who_encountered_rebels_fought_them():
    # §2.1: in military press releases "encountered" a group is a firefight with it
    text = ("BUTUAN, Philippines (Meridian) — Troops of the 29th Infantry Battalion encountered "
            "some twenty NPA rebels in the hinterlands of Butuan on Tuesday, the army said. "
            "The firefight lasted 15 minutes.")
    events = code_text(text, published="2025-04-10")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Armed clash", "Military Forces of the Philippines (2022-)", "NPA: New People's Army")]


COMMUNIQUE = """NIAMEY (Meridian) — Gunmen of the Islamic State Sahel Province killed eleven villagers near Filingue on Saturday, the government said.

On Sunday the army launched a sweep operation around Filingue. According to the general staff, seven terrorists were neutralised and several motorcycles destroyed.
"""


def test_an_operation_with_fighters_neutralised_is_a_clash_with_the_group_told():
    # §2.1: the army's operation and its kills are one armed clash; "terrorists" are the group
    # the report named (a dictionary row of another country placed here by the report); a
    # staff's comma is no list (§6: nine, not nine plus a bare plural)
    events = code_text(COMMUNIQUE, published="2025-06-16")
    clash = [e for e in events if e.event_date.isoformat() == "2025-06-15"]
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in clash] == [
        ("Armed clash", "Islamic State Sahel Province", 7)], _summary(events)


RAID = """JOS, Nigeria (Meridian) — At least nine people were killed when gunmen raided two villages in Mangu on Sunday night, the Red Cross said.

Local leaders gave a higher toll of 19, saying more bodies were recovered from the bush on Monday. Houses were burned.

The state government blamed "armed Fulani herders" for the attack and said security had been reinforced. Herders' leaders said their members had lost cattle to rustlers in recent weeks.
"""


def test_a_higher_toll_and_bodies_recovered_are_the_raid_told():
    # §6.3 the lowest of disagreeing sources; bodies recovered in a toll update are no mass
    # grave (§2.6 Other); burned houses are the raid's; a blame names its doer; losses "in
    # recent weeks" are no event
    events = code_text(RAID, published="2025-04-08")
    violent = [e for e in events if e.sub_event_type != "Change to group/activity"]
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in violent] == [
        ("Attack", "Fulani Ethnic Militia (Nigeria)", 9)], _summary(events)
    # the herders blamed are not the ones who reinforced security
    assert all(e.actor1 != "Fulani Ethnic Militia (Nigeria)" for e in events
               if e.sub_event_type == "Change to group/activity")


def test_an_army_speaking_of_its_forces_is_their_doer():
    text = ("MOGADISHU (Meridian) — The Somali National Army says its forces recaptured the town "
            "of Afgooye from Al Shabaab early this morning after heavy fighting.")
    events = code_text(text, published="2025-10-10")
    assert [(e.sub_event_type, e.actor1, e.actor2, e.certainty) for e in events] == [
        ("Government regains territory", "Military Forces of Somalia (2022-)", "Al Shabaab", "claimed")]



def test_the_group_that_planted_a_device_is_its_doer():
    # §2.2 Remote explosive: who laid the device is actor 1, whatever the parse of the sentence
    text = ("DANTEWADA, India (Meridian) — On Sunday, a patrol of CRPF jawans returning to camp "
            "was targeted by a pressure IED planted by Maoists near Dantewada. Three jawans lost "
            "their lives, police said.")
    events = code_text(text, published="2025-05-06")
    assert [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in events] == [
        ("Remote explosive/landmine/IED", "CPI (Maoist): Communist Party of India (Maoist)",
         "Police Forces of India (2014-)", 3)], _summary(events)


CARTELS = """CULIACAN (Meridian) — Four men were killed on Tuesday in a shootout between gunmen in a Culiacan neighbourhood, prosecutors said. Officials attributed the gunfight to the conflict between Los Chapitos and La Mayiza.

On Wednesday morning, the bodies of three men were found on a road near Navolato. Late on Wednesday, unknown attackers threw a grenade at a National Guard post in Navolato.
"""


def test_a_follow_up_naming_both_sides_names_the_fight_and_not_the_next_days_killings():
    # §3.1: the attribution names the clash's two sides; the next day's bodies and the grenade
    # of "unknown attackers" stay unidentified (no one named them)
    events = code_text(CARTELS, published="2025-10-16")
    by_type = {e.sub_event_type: (e.actor1, e.actor2) for e in events}
    assert set(by_type["Armed clash"]) == {"Sinaloa Cartel - Los Chapitos", "Sinaloa Cartel - La Mayiza"}
    assert by_type["Grenade"][0] == "Unidentified Armed Group (Mexico)", _summary(events)
    assert all(e.actor1 == "Unidentified Armed Group (Mexico)" for e in events
               if e.event_date.isoformat() == "2025-10-15"), _summary(events)


def test_fighting_on_one_day_and_again_the_next_is_two_events_and_a_disputed_capture_none():
    # §1 one event per reported day, the toll "over the two days" split; §2.1 a capture the
    # report itself contradicts ("but ... were still patrolling") changes no control
    text = ("GOMA (Meridian) — Fighting pitted M23 rebels against Wazalendo militiamen on Friday "
            "and again on Saturday in villages around Sake, local sources said. At least six "
            "people were killed over the two days. A Wazalendo spokesman said his fighters had "
            "liberated two villages, but residents said M23 fighters were still patrolling the "
            "area on Sunday.")
    events = code_text(text, published="2025-03-17")
    assert [(e.event_date.isoformat(), e.sub_event_type, e.fatalities) for e in events] == [
        ("2025-03-14", "Armed clash", 3), ("2025-03-15", "Armed clash", 3)], _summary(events)


def test_a_claim_for_both_attacks_names_the_doer_of_both():
    # §3.1: the claimant of "both attacks" is the doer of each incident of that day told before
    text = ("QUETTA (Meridian) — Gunmen stopped a bus near Mastung late on Sunday and shot dead "
            "five passengers, officials said. When a Frontier Corps patrol arrived, the attackers "
            "opened fire, killing two soldiers. The Balochistan Liberation Army claimed "
            "responsibility for both attacks.")
    events = code_text(text, published="2025-09-23")
    assert {e.actor1 for e in events} == {"BLA: Balochistan Liberation Army"}, _summary(events)
    assert len(events) == 2, _summary(events)
