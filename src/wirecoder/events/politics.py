"""The politics gate: an event is printed only when it is an interaction of politics, from the
classes and cue words of ``data/events/politics.yaml`` (the reasons for each class are written there).

Two layers:

1. **Actor layer** (:meth:`Politics.keeps`): at least one side is a political side: a state, an IGO,
   a person or body of a political sector (a state branch, a party, an armed group, a rights group)
   or a person the record gives no sector. Two civil sides (two companies, a gang and shopkeepers, a
   singer and a newspaper) make no event; a civil side opposite a political one does ("police fired
   on protesters", "the regulator fined the bank").
2. **Story layer** (:meth:`Politics.story`): an article about sport, markets, company results or
   entertainment, told by counting its cue words once, prints only the events whose sentence shows
   politics of its own: it names a state branch or an IGO, or uses a word of politics ("France beat
   Germany" is two teams; "the sports minister condemned the fans" and "threatened to impose tariffs"
   are politics).

Both run on events already made, so they cost one pass over the article's tokens and one look at
each event's sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import numpy as np
from spacy.tokens import Doc

from ..actors import ActorTable
from ..actors.sectors import Sectors
from ..arrays import is_in, sorted_ids, token_table
from ..record import Actor, Event
from ..rules import package_yaml
from .lexicon import word_list

_FILE = "politics"
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


@cache
def _cue_ids(topic: frozenset[str], politics: frozenset[str]) -> tuple[np.ndarray, np.ndarray]:
    """spaCy's ids of the topic cues and of the politics cues that are no topic cue (speed only;
    get_string_id: a word spaCy also knows as a symbol has that id, not its hash)."""
    return sorted_ids(topic), sorted_ids(politics - topic)


@dataclass(frozen=True)
class Politics:
    """The classes of political sides and the story cue words (``politics.yaml``)."""

    kinds: frozenset[str]
    sectors: frozenset[str]
    state_sectors: frozenset[str]
    civil_untargeted_roots: frozenset[str]
    topic_cues: frozenset[str]
    politics_cues: frozenset[str]
    story_min_topic: int
    story_ratio: float

    @classmethod
    @cache
    def load(cls) -> Politics:
        raw = package_yaml("events", f"{_FILE}.yaml")
        sectors = Sectors.load()  # the state branches: the codes sectors.yaml marks state: true
        return cls(word_list(_FILE, "political_kinds"),
                   frozenset(s.upper() for s in word_list(_FILE, "political_sectors")),
                   frozenset(code for code in sectors if sectors.is_state(code)),
                   word_list(_FILE, "civil_untargeted_roots"),
                   word_list(_FILE, "topic_cues"), word_list(_FILE, "politics_cues"),
                   int(raw["story_min_topic"]), float(raw["story_ratio"]))

    # --- actor layer ---------------------------------------------------------------------------
    def political_side(self, actor: Actor | None) -> bool:
        """Whether this actor is a political side (politics.yaml says why for each class)."""
        if actor is None:
            return False
        if actor.kind in self.kinds or actor.sector in self.sectors:
            return True
        if actor.sector is None:
            # no sector: a person the office tables do not know, or a named people or bloc
            return actor.kind in {"person", "group"}
        return False

    def _side(self, actors: ActorTable, actor_id: str) -> bool:
        actor = actors.get(actor_id)
        if actor is None:
            # an id the table lacks is a state or IGO code the coder put there itself (a minister's
            # state, the state a protest is held in: RECORD.md ids of persons and groups have a prefix)
            return ":" not in actor_id
        return self.political_side(actor)

    def keeps(self, actors: ActorTable, event: Event) -> bool:
        """At least one political side; an event with no target needs a political source, except a
        civilians' protest (addressed to power by its nature)."""
        if event.source is not None and self._side(actors, event.source):
            return True
        if event.target is None:
            return event.root in self.civil_untargeted_roots
        return self._side(actors, event.target)

    # --- story layer ---------------------------------------------------------------------------
    def story(self, doc: Doc, actors: ActorTable) -> bool:
        """Whether the article is a story of politics (True) or of sport, markets, company results or
        entertainment (False), from its cue words and its political actors other than states."""
        # Counted from the doc's array of lower-case ids, without a token object per word (speed only:
        # the same counts as reading each token's ``lower_``; a topic cue is never counted as politics).
        topic_ids, politics_ids = _cue_ids(self.topic_cues, self.politics_cues)
        lowers = token_table(doc).lower_ids  # (the doc's array, shared with the other stages)
        topic = int(is_in(lowers, topic_ids).sum())
        politics = int(is_in(lowers, politics_ids).sum())
        if topic < self.story_min_topic:
            return True
        politics += sum(1 for m in actors.mentions if self._branch_or_party(actors.get(m.actor)))
        return topic <= self.story_ratio * politics

    def _branch_or_party(self, actor: Actor | None) -> bool:
        """A political actor that is not a state: a state branch, a party, an armed group, an IGO."""
        return actor is not None and actor.kind != "state" and (
            actor.kind in self.kinds or actor.sector in self.sectors)

    def political_sentence(self, text: str, actors: ActorTable, span: tuple[int, int]) -> bool:
        """Whether the sentence shows politics of its own: it names a person or body of a state's
        branch or an IGO ("the sports minister condemned ..."), or uses a word of politics ("threatened
        to impose tariffs on Chinese goods" in a market report)."""
        for m in actors.within(*span):
            actor = actors.get(m.actor)
            if actor is not None and (actor.kind == "igo" or actor.sector in self.state_sectors
                                      or m.sector in self.state_sectors):
                return True
        return any(w in self.politics_cues for w in _WORD.findall(text[span[0]:span[1]].lower()))
