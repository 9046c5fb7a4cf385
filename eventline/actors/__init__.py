"""Actor dictionary: German surface forms of states, capitals, organizations, demonyms and persons,
each with its actor code (ISO 3166-1 alpha-3 or a fixed organization code)."""
from eventline.actors.dictionary import ActorKind, ActorName, actor_names, is_known_code

__all__ = ["ActorKind", "ActorName", "actor_names", "is_known_code"]
