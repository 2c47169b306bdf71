"""Round 46 (evmodel46): a learned recall layer, off by default (``[events] model``, settings.toml).

Eleven rounds of hand rules left most real-news misses at verbs and nouns no pattern knows. This
module proposes an event for a pair of actors of one sentence that the rules printed nothing for: a
multinomial logistic regression (numpy only, written here) over sparse features of the pair's
linking word (the lowest verb or noun that governs both actors), the dependency path between them,
their roles, the clause's negation, modality and conditions, and whether a quotation holds it.

It is trained on the project's own invented dispatches only (``tests/data/events_news``, dev split):
``benchmarks/train_event_model.py`` rebuilds ``data/events/model.json`` byte for byte, and its
header records the training set (dispatch count, the sha256 of ``dispatches.txt``) and the feature
set. Every event it prints is marked: its provenance is ``model > model`` (``Coder.provenance``) and
its confidence is the model's probability for the root it printed.

Example (invented): "Velmora's navy shadowed a Drenvaldian frigate" names no pattern word; the
layer reads "shadow" with a subject and an object, both states, and may print an event for the pair.
"""

from __future__ import annotations

import base64
import hashlib
import json
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from spacy.tokens import Span, Token

DATA = Path(__file__).resolve().parent.parent / "data" / "events" / "model.json"
FEATURE_SET = "v3: link lemma/pos/suffix, path, roles, voice, negation, modal, condition, quote, kind/sector, order"
BITS = 15  # features hash into 2**BITS rows (zlib.crc32: the same in every process)
NONE = "none"
# the words that mark a clause as unreal or unsure: no deed (GUIDE.md: hypotheticals, questions)
_CONDITIONS = frozenset({"if", "whether", "unless"})
_LINK_POS = frozenset({"VERB", "NOUN", "AUX"})
_MAX_PATH = 6  # a longer path is named by its length only
# a pair whose actors hang further than this below their link word is neither trained on nor scored:
# far from its verb, an actor is rarely its doer or the one it is done to
MAX_HOPS = 3


@dataclass(frozen=True)
class Candidate:
    """An ordered pair of the sentence's political actors and the word that links them."""

    source: str
    target: str
    link: Token
    features: tuple[str, ...]
    hops: int  # the longer of the two chains from an actor up to the link


def _hash(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) & ((1 << BITS) - 1)


def sentence_actors(token_actor: dict[int, str], political: Callable[[str], str | None], sent: Span) -> dict[str, Token]:
    """Each political actor of the sentence with the head of its first mention there."""
    found: dict[str, Token] = {}
    doc = sent.doc
    for i in range(sent.start, sent.end):
        raw = token_actor.get(i)
        if raw is None:
            continue
        actor = political(raw)
        if actor is None or actor in found:
            continue
        tok = doc[i]
        # climb to the head of the mention: the first word whose head lies outside it
        while tok.head.i != tok.i and token_actor.get(tok.head.i) == raw:
            tok = tok.head
        found[actor] = tok
    return found


def _ancestors(tok: Token) -> list[Token]:
    chain = [tok]
    while chain[-1].head.i != chain[-1].i and len(chain) < 40:
        chain.append(chain[-1].head)
    return chain


def link_of(a: Token, b: Token) -> tuple[Token, list[Token], list[Token]] | None:
    """The lowest common governor of ``a`` and ``b`` (climbed to a verb or noun), with the chains
    from each up to it; None where the parse joins them in no tree or one governs the other."""
    up_a, up_b = _ancestors(a), _ancestors(b)
    on_b = {t.i: n for n, t in enumerate(up_b)}
    for n, t in enumerate(up_a):
        if t.i in on_b:
            if t.i in (a.i, b.i):
                return None  # one actor hangs on the other ("Chile and Peru", "Kenya's minister"): no act joins them
            chain_a, chain_b = up_a[:n + 1], up_b[:on_b[t.i] + 1]
            link = t
            while link.pos_ not in _LINK_POS and link.head.i != link.i:
                link = link.head
                chain_a.append(link)
                chain_b.append(link)
            return link, chain_a, chain_b
    return None


def _role(chain: list[Token], link: Token) -> str:
    """How the actor hangs on the link: the label of the chain's word right under it (with the
    preposition for a prepositional object)."""
    below = [t for t in chain if t.i != link.i]
    if not below:
        return "self"
    top = below[-1]
    if top.dep_ == "prep":
        return f"prep:{top.lower_}"
    return top.dep_


def features(a: Token, b: Token, kinds: tuple[str, str],
             quoted: Callable[[int], object]) -> tuple[Token, tuple[str, ...], int] | None:
    """The link word and the sparse features of the pair (``a`` the would-be source).

    ``quoted`` finds the quote whose span holds a character offset: the link word inside a quotation is one
    feature, read once here (a pair once carried both ``quote=False`` and ``quote=True``).
    """
    joined = link_of(a, b)
    if joined is None:
        return None
    link, chain_a, chain_b = joined
    inside = quoted(link.idx) is not None
    lemma, pos = link.lemma_.lower(), link.pos_
    role_a, role_b = _role(chain_a, link), _role(chain_b, link)
    path = [f"^{t.dep_}" for t in chain_a[:-1]] + [f"v{t.dep_}" for t in reversed(chain_b[:-1])]
    kids = list(link.children)
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in kids)
    negated = any(c.dep_ == "neg" for c in kids)
    modal = next((c.lower_ for c in kids if c.tag_ == "MD"), "")
    particle = next((c.lower_ for c in kids if c.dep_ == "prt"), "")
    preps = sorted({c.lower_ for c in kids if c.dep_ == "prep"})
    clause = _ancestors(link)[:4]
    condition = any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for t in clause for c in t.children)
    feats = [
        "bias", f"lemma={lemma}", f"pos={pos}", f"lp={lemma}|{pos}", f"suf3={lemma[-3:]}", f"suf4={lemma[-4:]}",
        f"roles={role_a}|{role_b}", f"ra={role_a}", f"rb={role_b}", f"lr={lemma}|{role_a}|{role_b}",
        f"path={'/'.join(path) if len(path) <= _MAX_PATH else len(path)}", f"plen={min(len(path), 8)}",
        f"kinds={kinds[0]}|{kinds[1]}", f"ka={kinds[0]}", f"kb={kinds[1]}", f"order={a.i < b.i}",
        f"dep={link.dep_}", f"tag={link.tag_}", f"passive={passive}", f"neg={negated}", f"modal={modal}",
        f"cond={condition}", f"quote={inside}", f"prt={lemma}|{particle}",
        f"voice={lemma}|{passive}", f"self={role_a == 'self'}|{role_b == 'self'}",
    ] + [f"prep={p}" for p in preps] + [f"lprep={lemma}|{p}" for p in preps]
    return link, tuple(feats), max(len(chain_a), len(chain_b)) - 1


def candidates(token_actor: dict[int, str], political: Callable[[str], str | None], kind_of: Callable[[str], str],
               quoted: Callable[[int], object], sent: Span) -> list[Candidate]:
    """Every ordered pair of the sentence's political actors with its link and features."""
    found = sentence_actors(token_actor, political, sent)
    if len(found) < 2:
        return []
    out = []
    for source, a in found.items():
        for target, b in found.items():
            if source == target:
                continue
            made = features(a, b, (kind_of(source), kind_of(target)), quoted)
            if made is None:
                continue
            link, feats, hops = made
            out.append(Candidate(source, target, link, feats, hops))
    return out


@dataclass
class EventModel:
    """The trained weights: one row per hashed feature, one column per class (``none`` and the roots)."""

    classes: list[str]
    weights: np.ndarray  # (2**BITS, len(classes)), float32
    header: dict
    dense: np.ndarray | None = None  # (width of doc.tensor, len(classes)): the link word's tensor row, if used

    def scores(self, feats: Iterable[str], vector: np.ndarray | None = None) -> np.ndarray:
        rows = sorted({_hash(f) for f in feats})
        z = self.weights[rows].sum(axis=0)
        if self.dense is not None and vector is not None and len(vector) == len(self.dense):
            z = z + vector @ self.dense
        z = np.exp(z - z.max())
        return z / z.sum()

    def best(self, feats: Iterable[str], vector: np.ndarray | None = None) -> tuple[str, float]:
        """The likeliest root other than ``none``, with its probability."""
        p = self.scores(feats, vector)
        order = np.argsort(-p, kind="stable")
        k = next(int(k) for k in order if self.classes[int(k)] != NONE)
        return self.classes[k], float(p[k])

    @classmethod
    def load(cls, path: Path = DATA) -> EventModel:
        data = json.loads(path.read_text("utf-8"))
        q = np.frombuffer(zlib.decompress(base64.b64decode(data["weights"])), dtype=np.int8)
        q = q.reshape(1 << data["bits"], len(data["classes"])).astype(np.float32)
        dense = np.asarray(data["dense"], dtype=np.float32) if data.get("dense") else None
        return cls(data["classes"], q * np.asarray(data["scale"], dtype=np.float32), data["header"], dense)

    def dump(self, path: Path = DATA) -> None:
        scale = np.maximum(np.abs(self.weights).max(axis=0), 1e-9) / 127.0
        q = np.round(self.weights / scale).astype(np.int8)
        data = {"header": self.header, "bits": BITS, "classes": self.classes,
                "scale": [round(float(s), 8) for s in scale],
                "weights": base64.b64encode(zlib.compress(q.tobytes(), 9)).decode("ascii"),
                "dense": None if self.dense is None else [[round(float(v), 5) for v in row] for row in self.dense]}
        path.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", "utf-8")


def train(samples: Sequence[tuple[tuple[str, ...], str]], *, l2: float = 1e-4, epochs: int = 150,
          rate: float = 0.1, vectors: np.ndarray | None = None) -> tuple[list[str], np.ndarray, np.ndarray | None]:
    """Multinomial logistic regression with L2, full-batch Adam (deterministic: no sampling); ``vectors``
    (one row per sample) are dense features beside the hashed ones."""
    classes = sorted({label for _, label in samples} | {NONE})
    index = {c: k for k, c in enumerate(classes)}
    rows = [sorted({_hash(f) for f in feats}) for feats, _ in samples]
    indptr = np.cumsum([0] + [len(r) for r in rows])
    cols = np.fromiter((c for r in rows for c in r), dtype=np.int64, count=int(indptr[-1]))
    owner = np.repeat(np.arange(len(rows)), np.diff(indptr))
    y = np.array([index[label] for _, label in samples])
    n, dim, k = len(rows), 1 << BITS, len(classes)
    w = np.zeros((dim, k))
    m, v = np.zeros_like(w), np.zeros_like(w)
    onehot = np.zeros((n, k))
    onehot[np.arange(n), y] = 1.0
    d = np.zeros((0 if vectors is None else vectors.shape[1], k))
    md, vd = np.zeros_like(d), np.zeros_like(d)
    x = np.zeros((n, 0)) if vectors is None else np.asarray(vectors, dtype=np.float64)
    for step in range(1, epochs + 1):
        z = x @ d
        np.add.at(z, owner, w[cols])
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        r = (p - onehot) / n
        g = np.zeros_like(w)
        for j in range(k):
            g[:, j] = np.bincount(cols, weights=r[owner, j], minlength=dim)
        g += l2 * w
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        w -= rate * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
        if len(d):
            gd = x.T @ r + l2 * d
            md = 0.9 * md + 0.1 * gd
            vd = 0.999 * vd + 0.001 * gd * gd
            d -= rate * (md / (1 - 0.9 ** step)) / (np.sqrt(vd / (1 - 0.999 ** step)) + 1e-8)
    return classes, w.astype(np.float32), d.astype(np.float32) if len(d) else None


def dispatches_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
