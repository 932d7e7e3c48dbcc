"""Stage: resolve. Places (gazetteer, recognition, resolution, event location) and actors."""

from ._actors import ActorDictionary, raw_actor
from ._dump_import import import_geonames_dump
from ._gazetteer import Gazetteer
from ._gazetteer_build import build_default_gazetteer
from ._event_location import event_location
from ._places import find_place_mentions

__all__ = [
    "ActorDictionary",
    "Gazetteer",
    "build_default_gazetteer",
    "event_location",
    "find_place_mentions",
    "import_geonames_dump",
    "raw_actor",
]
