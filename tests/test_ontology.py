"""The ontology data: ONTOLOGY.md's 6 types, 25 sub-types, precedence and actor codes."""

import pytest

from dateline.ontology import (
    EVENT_TYPES,
    SUB_EVENT_TYPES,
    civilian_targeting,
    disorder_type,
    event_type_of,
    interaction,
    interaction_text,
    precedence_key,
)


def test_six_types_and_twenty_five_sub_types():
    assert len(EVENT_TYPES) == 6
    assert set(EVENT_TYPES) == set(SUB_EVENT_TYPES)
    assert sum(len(subs) for subs in SUB_EVENT_TYPES.values()) == 25


def test_every_sub_type_maps_back_to_its_type():
    assert event_type_of("Air/drone strike") == "Explosions/Remote violence"
    assert event_type_of("Arrests") == "Strategic developments"
    with pytest.raises(ValueError):
        event_type_of("Drive-by shooting")


@pytest.mark.parametrize("winner, loser", [
    ("Armed clash", "Air/drone strike"),          # airstrike during a ground fight
    ("Violent demonstration", "Peaceful protest"),  # protest that turns violent
    ("Air/drone strike", "Shelling/artillery/missile attack"),
    ("Attack", "Abduction/forced disappearance"),  # abducted then killed
    ("Attack", "Looting/property destruction"),
])
def test_precedence_ladder(winner, loser):
    assert precedence_key(winner) < precedence_key(loser)


def test_disorder_type():
    assert disorder_type("Armed clash") == "Political violence"
    assert disorder_type("Peaceful protest") == "Demonstrations"
    assert disorder_type("Violent demonstration") == "Demonstrations"
    assert disorder_type("Mob violence") == "Political violence"
    assert disorder_type("Excessive force against protesters") == "Political violence; Demonstrations"
    assert disorder_type("Agreement") == "Strategic developments"


def test_civilian_targeting():
    assert civilian_targeting("Attack", False) == "Civilians targeted"
    assert civilian_targeting("Air/drone strike", True) == "Civilians targeted"
    assert civilian_targeting("Air/drone strike", False) == ""
    assert civilian_targeting("Armed clash", True) == ""  # incidental harm in a battle


def test_interaction_is_order_free_with_smaller_digit_first():
    assert interaction(2, 1) == interaction(1, 2) == 12
    assert interaction(7, 3) == 37
    assert interaction(6, None) == 60
    assert interaction_text(2, 1) == "State forces-Rebel group"
    assert interaction_text(6, None) == "Protesters only"
