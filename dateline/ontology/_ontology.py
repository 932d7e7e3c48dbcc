"""Event types, sub-types and actor codes, in ONTOLOGY.md's order (which is also precedence).

Source: ../shared/ONTOLOGY.md §2 (types and sub-types, precedence), §3 (inter and interaction).
"""

from __future__ import annotations

# Event types, highest precedence first (ONTOLOGY §1). Riots rank above Protests for a protest
# that turns violent, which the ontology's own example asks for; the two never share an actor
# pair on one day otherwise.
EVENT_TYPES: tuple[str, ...] = (
    "Battles",
    "Riots",
    "Protests",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Strategic developments",
)

# Sub-event types per type, highest precedence first within the type (ONTOLOGY §2).
SUB_EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Government regains territory",
        "Non-state actor overtakes territory",
        "Armed clash",
    ),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    "Protests": (
        "Excessive force against protesters",
        "Protest with intervention",
        "Peaceful protest",
    ),
    "Riots": (
        "Violent demonstration",
        "Mob violence",
    ),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}

_TYPE_OF = {sub: t for t, subs in SUB_EVENT_TYPES.items() for sub in subs}

# Types that may leave actor2 empty (ONTOLOGY §1, one-sided events).
ONE_SIDED_TYPES = frozenset(
    {"Explosions/Remote violence", "Riots", "Protests", "Strategic developments"})

INTER_LABELS: dict[int, str] = {
    1: "State forces",
    2: "Rebel group",
    3: "Political militia",
    4: "Identity militia",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/Other forces",
}


def event_type_of(sub_event_type: str) -> str:
    try:
        return _TYPE_OF[sub_event_type]
    except KeyError:
        raise ValueError(f"unknown sub-event type {sub_event_type!r}") from None


def precedence_key(sub_event_type: str) -> tuple[int, int]:
    """Sort key: smaller wins when tactics combine for one actor pair, place and day."""
    event_type = event_type_of(sub_event_type)
    return EVENT_TYPES.index(event_type), SUB_EVENT_TYPES[event_type].index(sub_event_type)


def disorder_type(sub_event_type: str) -> str:
    event_type = event_type_of(sub_event_type)
    if sub_event_type == "Excessive force against protesters":
        return "Political violence; Demonstrations"
    if event_type == "Protests" or sub_event_type == "Violent demonstration":
        return "Demonstrations"
    if event_type == "Strategic developments":
        return "Strategic developments"
    return "Political violence"


def civilian_targeting(sub_event_type: str, target_is_civilian: bool) -> str:
    """ONTOLOGY §2: all VAC events; ERV, Riots and excessive force when civilians were the target."""
    event_type = event_type_of(sub_event_type)
    if event_type == "Violence against civilians":
        return "Civilians targeted"
    if target_is_civilian and (
        event_type in ("Explosions/Remote violence", "Riots")
        or sub_event_type == "Excessive force against protesters"
    ):
        return "Civilians targeted"
    return ""


def interaction(inter1: int, inter2: int | None) -> int:
    """Two inter digits, smaller first; a missing actor2 counts as 0 (ONTOLOGY §3.2)."""
    a, b = inter1, inter2 or 0
    if b == 0:
        return a * 10
    lo, hi = sorted((a, b))
    return lo * 10 + hi


def interaction_text(inter1: int, inter2: int | None) -> str:
    if not inter2:
        return f"{INTER_LABELS[inter1]} only"
    lo, hi = sorted((inter1, inter2))
    return f"{INTER_LABELS[lo]}-{INTER_LABELS[hi]}"
