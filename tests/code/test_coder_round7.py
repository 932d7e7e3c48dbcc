"""Seventh round (issue #6): general rules found on fresh text (`events_dev3`).

Each article is written for these tests (fictional incidents at real places); none is taken from
a fixture set. Every test runs the whole pipeline (``code_text``).
"""

from __future__ import annotations

from dateline import code_text


def _events(text: str, published: str) -> list[tuple[str, str]]:
    return [(e.sub_event_type, str(e.event_date)) for e in code_text(text, published=published)]


# --- hard negatives: articles that report no political violence -------------------------------

def test_an_anniversary_feature_codes_no_event():
    # "N years ago today" dates the attack and its toll to the anniversary's year (history)
    text = """Lakeside Herald — Feature

Two years ago today, gunmen stormed the weekly market in Mopti and opened fire on traders. Forty-two people were killed.

On Saturday, families laid wreaths at the market gate. "We still count the empty stalls," said one trader.
"""
    assert _events(text, "2025-09-14") == []


def test_a_flood_report_with_troops_and_recovered_bodies_codes_no_event():
    text = ("GILGIT, Aug 4 (Mountain Wire) - Flash floods swept through three valleys of "
            "Ghizer district on Sunday, killing at least 18 people, officials said.\n\n"
            "The army said it had deployed troops and helicopters to reach stranded villagers and "
            "that soldiers had recovered nine bodies from the debris. Rescue teams were still "
            "searching for the missing.\n\n"
            "Farmers said most of their livestock and the maize harvest had been lost in the mud.")
    assert _events(text, "2025-08-04") == []


def test_an_opinion_column_labelled_before_the_outlet_codes_no_event():
    # the section label shares its line with the outlet's name; a comment count closes it
    text = """Opinion | The Valley Courier

The budget war nobody wins

By a guest columnist | 3 March 2025

Yesterday the chamber in Lusaka was a war zone. Backbenchers opened fire on the finance minister, his deputies were shot down one by one, and by midnight the reform bill had been killed by its own authors. I call it a massacre of good sense.

The views expressed are the author's own.
Share | Comments (48)
"""
    assert _events(text, "2025-03-03") == []


def test_attacks_that_officials_fear_are_no_event():
    text = ("MAIDUGURI, 10 June 2025 (Sahel Desk) - Traders in Gwoza said on Monday they feared "
            "attacks on the cattle market once the rains begin, and officials warned of raids on "
            "farms along the Mandara hills.")
    assert _events(text, "2025-06-10") == []


def test_a_raid_told_beside_feared_attacks_is_still_coded():
    # the guard: the fear is about more attacks; the raid itself is reported
    text = ("MAIDUGURI, 10 June 2025 (Sahel Desk) - Gunmen raided the cattle market in Gwoza on "
            "Monday and killed four traders, residents said. Traders said they feared more "
            "attacks once the rains begin.")
    assert [t for t, _ in _events(text, "2025-06-10")] == ["Attack"]


# --- violence against civilians that is not -----------------------------------------------------

def _labels(text: str, published: str) -> list[tuple[str, str, str]]:
    return [(e.sub_event_type, str(e.event_date), e.certainty)
            for e in code_text(text, published=published)]


def test_renewed_gunfire_between_the_two_communities_is_a_clash():
    # shooting "between" two sides is a fight (ONTOLOGY §2.1), not an attack on civilians; the
    # two sides are those of the fight told before
    text = ("WAJIR, 12 May 2025 (Northern Desk) - Three people were killed on Saturday when Degodia "
            "and Ajuran militiamen clashed near Wajir over a water pan, police said.\n\n"
            "A local chief said shooting between the two sides flared again near Wajir on Sunday "
            "evening; there was no word of casualties.")
    events = code_text(text, published="2025-05-12")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Armed clash", "Degodia Ethnic Militia (Kenya)", "Ajuran Ethnic Militia (Kenya)")] * 2


def test_an_inquiry_into_a_mob_killing_is_the_same_mob_killing():
    # "the killing" is the mob's, and police opening an inquiry do not claim it
    text = ("ELDORET, 9 April 2025 (Rift Wire) - A crowd stoned to death a man suspected of "
            "stealing a motorcycle in Eldoret on Tuesday, witnesses said. Police said the victim "
            "was a boda boda rider and that they had opened an inquiry into the killing.")
    assert _labels(text, "2025-04-09") == [("Mob violence", "2025-04-08", "reported")]


def test_officers_sent_to_prevent_reprisal_attacks_make_no_attack():
    text = ("JOS, 3 July 2025 (Plateau Desk) - Gunmen killed six farmers in a village near Bokkos "
            "on Wednesday, residents said. The state government said it had sent more police "
            "officers to the area to prevent reprisal attacks.")
    assert [t for t, _, _ in _labels(text, "2025-07-03")] == ["Attack"]


def test_a_raid_that_finds_a_weapons_haul_is_the_seizure_only():
    # the raid is the search that found the haul (ONTOLOGY §2.6 Disrupted weapons use)
    text = ("PESHAWAR, 21 May 2025 (Frontier Wire) - Counter-terrorism police raided a compound "
            "near Bannu on Tuesday and seized a large stockpile of arms, including 30 rifles, two "
            "mortar tubes and 4,000 rounds of ammunition, a police spokesman said.")
    assert [t for t, _, _ in _labels(text, "2025-05-21")] == ["Disrupted weapons use"]


def test_a_raid_with_shooting_is_more_than_the_seizure():
    text = ("PESHAWAR, 21 May 2025 (Frontier Wire) - Counter-terrorism police raided a compound "
            "near Bannu on Tuesday, shot dead two suspected militants and seized 30 rifles, a "
            "police spokesman said.")
    assert [t for t, _, _ in _labels(text, "2025-05-21")] == ["Armed clash"]


def test_the_dead_of_a_police_operation_against_a_gang_are_a_clash_toll():
    # a force's operation against an armed group is a fight between the two (§2.1); the
    # suspects and the officer of the follow-up add up to the lead's four (§6)
    text = ("RIO DE JANEIRO, July 2 (Brazil Wire) - Four people were killed on Tuesday during a "
            "Civil Police operation against the Red Command gang in the Jacarezinho favela in Rio "
            "de Janeiro, the state government said.\n\n"
            "Officials said three suspects and one officer died in gunfights that lasted several "
            "hours.")
    [event] = code_text(text, published="2025-07-02")
    assert (event.sub_event_type, {event.actor1, event.actor2}, event.fatalities) == (
        "Armed clash", {"Police Forces of Brazil (2023-)", "CV: Red Command"}, 4)


# --- sides and places ---------------------------------------------------------------------------

def test_a_states_auxiliaries_killed_beside_its_soldiers_are_its_own_side():
    # VDP are pro-government auxiliaries (dictionary notes): associated with the army (§1), and
    # the town of the source ("a security source in Kaya") is not where the ambush was
    text = ("OUAGADOUGOU, May 8 (Sahel Wire) - Gunmen ambushed an army patrol near Djibo on "
            "Wednesday, killing eight members of the security forces, two security sources said."
            "\n\nA security source in Kaya said five soldiers and three VDP volunteers were killed "
            "and several others wounded.\n")
    [event] = code_text(text, published="2025-05-08")
    assert (event.location, event.actor1, event.actor2, event.assoc_actor_2, event.fatalities) == (
        "Djibo", "Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso (2022-)",
        "VDP: Volunteers for the Defense of the Homeland", 8)


def test_a_town_named_for_the_source_and_for_the_event_stays_the_events():
    text = ("BANGUI, 20 May 2025 (Radio Centre) - A women's group in Bria said that on Monday "
            "armed men raped four women in a village near Bria.")
    [event] = code_text(text, published="2025-05-20")
    assert (event.sub_event_type, event.location) == ("Sexual violence", "Bria")


def test_marchers_an_official_calls_rioters_in_quotes_are_still_protesters():
    # ONTOLOGY §3.1: actors are classified by what they did; the quoted label is the
    # official's framing, not a report of a riot
    text = ("QUETTA, 14 March 2025 (Border Desk) - Police fired live rounds at hundreds of people "
            "marching peacefully through Turbat on Thursday, killing three, witnesses said. The "
            "district commissioner described the marchers as \"rioters\".")
    assert [t for t, _, _ in _labels(text, "2025-03-14")] == ["Excessive force against protesters"]


# --- dates, tolls and certainty -----------------------------------------------------------------

def test_a_day_that_opens_the_sentence_dates_the_report_inside_it():
    # "On Monday, the army said its drones had struck ...": Monday, not the day of the shelling
    # told before; the quoted "dozens" is 12 (§6.4); only the army's account: claimed
    text = ("Sahel Daily — 16 April 2025\n\nAl-Shabaab fighters shelled the town of Baidoa on "
            "Sunday, killing three civilians, a local official said.\n\nOn Monday, the Somali army "
            "said its drones had struck al-Shabaab positions in Baidoa, killing \"dozens\" of "
            "militants. The claim could not be verified.")
    assert [(e.sub_event_type, str(e.event_date), e.fatalities, e.certainty)
            for e in code_text(text, published="2025-04-16")] == [
        ("Shelling/artillery/missile attack", "2025-04-13", 3, "reported"),
        ("Air/drone strike", "2025-04-14", 12, "claimed")]


def test_a_commanders_figure_for_his_own_fighters_is_a_claim_the_lower_toll_stands():
    # "his fighters had killed 'more than forty'": the commander's own side, a claim, so the
    # residents' five stand (§6.3)
    text = ("GONDAR, 7 June 2025 (Highland Wire) - Fano fighters and federal troops clashed on the "
            "outskirts of Debark on Thursday, residents said, and five soldiers were killed. A Fano "
            "commander told the paper his fighters had killed \"more than forty\" soldiers.")
    [event] = code_text(text, published="2025-06-07")
    assert (event.sub_event_type, event.fatalities, event.certainty) == (
        "Armed clash", 5, "reported")


def test_an_air_raid_alert_is_no_strike():
    text = ("KYIV, 3 May 2025 (Capital Desk) - Air raid alerts sounded in Kharkiv for most of the "
            "night, and residents spent hours in shelters, the city council said.")
    assert _labels(text, "2025-05-03") == []


def test_bombs_hitting_an_apartment_block_target_civilians():
    # what the bombs hit, told in a participle after the trigger: civilians targeted (§2)
    text = ("ODESA, 3 May 2025 (Black Sea Desk) - Russian aircraft dropped guided bombs on Kharkiv "
            "on Friday evening, hitting a nine-storey apartment block in the Saltivka district. "
            "Four people were killed, the regional governor said.")
    [event] = code_text(text, published="2025-05-03")
    assert (event.sub_event_type, event.actor2, event.civilian_targeting) == (
        "Air/drone strike", "Civilians (Ukraine)", "Civilians targeted")


def test_an_unverified_claim_is_the_partys_not_the_fights_the_outlet_told():
    # "the claim" is the group's claim just told; the clash near Ayorou, told by the outlet
    # itself, stays reported
    text = ("NIAMEY, 9 May 2025 (Sahel Wire) - Gunmen ambushed an army patrol near Tillaberi on "
            "Thursday, killing seven soldiers, two security sources said.\n\nSeparately, soldiers "
            "clashed with gunmen near Ayorou on Thursday.\n\nThe Islamic State Sahel Province "
            "claimed the ambush, saying its fighters had killed 30 soldiers. The claim could not be "
            "verified.")
    assert sorted((e.location, e.certainty) for e in code_text(text, published="2025-05-09")) == [
        ("Ayorou", "reported"), ("Tillabéri", "reported")]


def test_the_accused_air_force_denying_the_strike_makes_it_denied():
    text = ("JUBA, 12 June 2025 (Nile Desk) - An air strike hit a cattle camp near Bentiu on "
            "Tuesday, killing four herders, local officials said. Residents blamed army aircraft. "
            "An SSPDF spokesman denied that the army had carried out any air strike near Bentiu.")
    [event] = code_text(text, published="2025-06-12")
    assert (event.sub_event_type, event.certainty) == ("Air/drone strike", "denied")


def test_a_denied_claim_about_the_fight_leaves_the_fight_reported():
    # "which the army denies" denies the rebels' claim of success, not the fighting; the
    # instructors "supporting" the army are not its opponent
    text = ("BANGUI, 20 May 2025 (Radio Centre) - Fighting broke out on Saturday near Bria between "
            "the FACA, supported by Russian instructors of the Wagner Group, and fighters of the "
            "UPC, residents said. The UPC said it had seized two army trucks, which the army "
            "denies.")
    events = code_text(text, published="2025-05-20")
    clash = next(e for e in events if e.sub_event_type == "Armed clash")
    assert (clash.certainty, clash.actor2) == (
        "reported", "UPC: Union for Peace in the Central African Republic")


def test_a_communique_with_no_independent_account_is_a_claim_of_its_quoted_kills():
    # 'nine insurgents were "neutralised"' is nine dead (§6); the army's word is all there is
    text = ("MAIDUGURI, Jan. 14 (Lake Desk) - Troops repelled an attack by ISWAP fighters on a "
            "base in Damasak on Sunday, the army said, adding that seven insurgents were "
            "\"neutralised\". There was no independent account of the fighting.")
    [event] = code_text(text, published="2025-01-14")
    assert (event.sub_event_type, event.fatalities, event.certainty) == (
        "Armed clash", 7, "claimed")


def test_a_bombers_toll_including_herself_counts_her_once():
    # ONTOLOGY §6.6: the bomber counts, once; "including herself" says she is in the figure
    text = ("MAIDUGURI, Jan. 14 (Lake Desk) - A suicide bomber blew herself up at a bus park in "
            "Gwoza on Sunday, killing six people including herself, police said.")
    [event] = code_text(text, published="2025-01-14")
    assert (event.sub_event_type, event.fatalities) == ("Suicide bomb", 6)


def test_police_and_the_party_telling_the_dispersal_together_is_no_claim():
    text = ("KAMPALA, Oct. 7 (Lakes Wire) - Police fired tear gas on Monday to break up a march of "
            "opposition supporters in Jinja, the party and police said.")
    [event] = code_text(text, published="2025-10-07")
    assert (event.sub_event_type, event.certainty) == ("Protest with intervention", "reported")


def test_both_sides_blaming_each_other_do_not_confirm_the_fight():
    text = ("ALEPPO, Nov. 4 (Levant Wire) - Government forces and the SDF clashed near Manbij on "
            "Sunday, a monitoring group said. Both sides accused each other of starting the "
            "fighting.")
    [event] = code_text(text, published="2025-11-04")
    assert (event.sub_event_type, event.certainty) == ("Armed clash", "reported")


def test_air_defences_that_down_drones_are_the_states_military():
    text = ("MOSCOW, Sept. 16 (Volga Desk) - Air defence systems destroyed nine drones over the "
            "Kursk region on Monday, the regional governor said.")
    [event] = code_text(text, published="2025-09-16")
    assert (event.sub_event_type, event.actor1) == (
        "Disrupted weapons use", "Military Forces of Russia (2000-)")


def test_drones_destroying_combat_vehicles_are_one_strike_not_a_fight():
    # "combat vehicles" are equipment: no clash beside the strike
    text = ("KHARTOUM, Aug. 12 (Nile Desk) - Army drones struck RSF positions near En Nahud on "
            "Sunday, killing at least ten RSF fighters and destroying four combat vehicles, the "
            "army said.")
    assert [t for t, _, _ in _labels(text, "2025-08-12")] == ["Air/drone strike"]


def test_that_morning_after_a_statements_day_is_that_day():
    # "In a statement on Monday evening ... captured the camp that morning": Monday
    text = ("SITTWE, 4 March 2025 (Coast Watch) - Jets bombed a village near Minbya on Sunday, "
            "killing four civilians, residents said.\n\nIn a statement on Monday evening, the "
            "Arakan Army said its fighters had captured an army camp near Ann that morning.")
    dates = {t: d for t, d, _ in _labels(text, "2025-03-04")}
    assert dates["Non-state actor overtakes territory"] == "2025-03-03"


def test_the_fight_named_after_a_truce_sentence_is_the_fights_pair_and_the_truce_has_no_dead():
    # "The clashes pitted X against Y" names the fight of the lead, not the truce told in the
    # same lead; the truce's sentence gives the fight's dead, not the truce's (§2.6)
    text = ("BENGHAZI, June 3 (Coast Wire) - Militias fought with heavy weapons in the centre of "
            "Ajdabiya late on Sunday, killing four people, before tribal elders brokered a truce on "
            "Monday. The clashes pitted the Stability Support Apparatus against the Benghazi "
            "Defense Brigades, residents said.")
    got = [(e.sub_event_type, str(e.event_date), e.actor1, e.fatalities)
           for e in code_text(text, published="2025-06-03")]
    assert [(t, d, f) for t, d, _, f in got] == [("Armed clash", "2025-06-01", 4),
                                                 ("Agreement", "2025-06-02", 0)]
    assert got[0][2] in ("Stability Support Apparatus", "Benghazi Defense Brigades")


def test_a_killing_told_beside_a_separate_gunfight_is_its_own_attack():
    # "..., while one soldier died in a separate gunfight": two incidents in one sentence
    text = ("JAYAPURA, May 6 (Highlands Wire) - Separatist fighters killed four loggers near Wamena "
            "on Sunday, police said, while a soldier died in a separate gunfight near Sugapa on "
            "Monday.")
    assert sorted(t for t, _, _ in _labels(text, "2025-05-06")) == ["Armed clash", "Attack"]


def test_strikes_a_march_protests_against_are_its_grievance():
    text = ("ERBIL, Sept. 15 (Kurdistan Desk) - Several hundred people marched through Duhok on "
            "Sunday to protest against drone strikes on villages in the border mountains, "
            "organisers said.")
    assert [t for t, _, _ in _labels(text, "2025-09-15")] == ["Peaceful protest"]
