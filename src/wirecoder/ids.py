"""spaCy's ids of the labels and words that the rules compare a token's with (speed only).

``tok.dep == DEP_DOBJ`` is ``tok.dep_ == "dobj"``, and ``tok.lower in WORDS_A_AN`` is ``tok.lower_ in
("a", "an")``, without the string: spaCy's ``Token.dep_``, ``tag_``, ``lower_`` and ``ent_type_`` look
the id up in the StringStore and decode a new Python string on every read (~440-680 instructions by
callgrind; ``tok.dep`` and the other id reads ~100). An id is what :func:`spacy.strings.get_string_id`
gives: the string's symbol where spaCy has one (a label such as "nsubj"), else its hash, as the
StringStore gives it when the parser and the vocab store the string, so it is the same in every vocab
and the comparison holds for every token. ``string_ids(words)`` makes the id set of a module's own
word or label list (``X_IDS``, at the end of the module that compares tokens with it). Round 43
(speed25) converted only the lines that read these strings most (30 reads or more on the 20 BBC
texts of ``profile_instructions.py``). Measured and not kept: ``pos_`` read from the doc's table
through a helper function (``Token.pos`` makes an enum member too), and helpers that keep
``lower_``, ``text`` and ``lemma_.lower()`` per id: a Python call costs more than the string read
it saves.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.strings import get_string_id


def string_ids(words: Iterable[str]) -> frozenset[int]:
    """The ids of ``words``, as spaCy's tokens hold them (``tok.lower``, ``tok.dep``, ...)."""
    return frozenset(get_string_id(w) for w in words)


# Dependency labels (``tok.dep``).
DEPS_ACL_ADVCL = string_ids(("acl", "advcl"))
DEPS_ADVCL_CCOMP = string_ids(("advcl", "ccomp"))
DEPS_ADVCL_CSUBJ = string_ids(("advcl", "csubj"))
DEPS_ADVCL_XCOMP_ACL_RELCL = string_ids(("advcl", "xcomp", "acl", "relcl"))
DEPS_ADVCL_XCOMP_CONJ_PCOMP = string_ids(("advcl", "xcomp", "conj", "pcomp"))
DEPS_AMOD_ACL_PCOMP = string_ids(("amod", "acl", "pcomp"))
DEPS_AMOD_COMPOUND_POSS_NMOD = string_ids(("amod", "compound", "poss", "nmod"))
DEPS_AUX_AUXPASS = string_ids(("aux", "auxpass"))
DEPS_CCOMP_XCOMP = string_ids(("ccomp", "xcomp"))
DEPS_CC_AGENT = string_ids(("cc", "agent"))
DEPS_CC_PRECONJ = string_ids(("cc", "preconj"))
DEPS_COMPOUND_AMOD = string_ids(("compound", "amod"))
DEPS_COMPOUND_FLAT_PREP_NUMMOD_APPOS_NPADVMOD_AMOD = string_ids(("compound", "flat", "prep", "nummod", "appos", "npadvmod", "amod"))
DEPS_COMPOUND_NUMMOD_POSS = string_ids(("compound", "nummod", "poss"))
DEPS_COMPOUND_POSS = string_ids(("compound", "poss"))
DEPS_COMPOUND_POSS_AMOD_CONJ_CC_APPOS_NMOD = string_ids(("compound", "poss", "amod", "conj", "cc", "appos", "nmod"))
DEPS_CONJ_ADVCL = string_ids(("conj", "advcl"))
DEPS_CONJ_CCOMP = string_ids(("conj", "ccomp"))
DEPS_CONJ_XCOMP = string_ids(("conj", "xcomp"))
DEPS_DET_AMOD_QUANTMOD_PREDET = string_ids(("det", "amod", "quantmod", "predet"))
DEPS_DOBJ_DATIVE_IOBJ = string_ids(("dobj", "dative", "iobj"))
DEPS_DOBJ_POBJ_DATIVE = string_ids(("dobj", "pobj", "dative"))
DEPS_DOBJ_XCOMP = string_ids(("dobj", "xcomp"))
DEPS_NSUBJ_NSUBJPASS = string_ids(("nsubj", "nsubjpass"))
DEPS_OPRD_ACOMP = string_ids(("oprd", "acomp"))
DEPS_POSS_COMPOUND_AMOD = string_ids(("poss", "compound", "amod"))
DEPS_PREP_DATIVE = string_ids(("prep", "dative"))
DEPS_PREP_MARK = string_ids(("prep", "mark"))
DEPS_RELCL_ACL = string_ids(("relcl", "acl"))
DEPS_RELCL_ACL_POBJ_DOBJ = string_ids(("relcl", "acl", "pobj", "dobj"))
DEPS_XCOMP_CONJ_ADVCL_ACOMP = string_ids(("xcomp", "conj", "advcl", "acomp"))
DEPS_XCOMP_CONJ_ADVCL_ACOMP_POBJ_PCOMP = string_ids(("xcomp", "conj", "advcl", "acomp", "pobj", "pcomp"))
DEP_ACL = get_string_id("acl")
DEP_ACOMP = get_string_id("acomp")
DEP_ADVCL = get_string_id("advcl")
DEP_ADVMOD = get_string_id("advmod")
DEP_AMOD = get_string_id("amod")
DEP_APPOS = get_string_id("appos")
DEP_ATTR = get_string_id("attr")
DEP_AUX = get_string_id("aux")
DEP_AUXPASS = get_string_id("auxpass")
DEP_CASE = get_string_id("case")
DEP_CC = get_string_id("cc")
DEP_CCOMP = get_string_id("ccomp")
DEP_CONJ = get_string_id("conj")
DEP_DATIVE = get_string_id("dative")
DEP_DET = get_string_id("det")
DEP_DOBJ = get_string_id("dobj")
DEP_EXPL = get_string_id("expl")
DEP_MARK = get_string_id("mark")
DEP_NSUBJ = get_string_id("nsubj")
DEP_NSUBJPASS = get_string_id("nsubjpass")
DEP_OPRD = get_string_id("oprd")
DEP_PCOMP = get_string_id("pcomp")
DEP_POBJ = get_string_id("pobj")
DEP_POSS = get_string_id("poss")
DEP_PREP = get_string_id("prep")
DEP_PRT = get_string_id("prt")
DEP_RELCL = get_string_id("relcl")
DEP_ROOT = get_string_id("ROOT")
DEP_XCOMP = get_string_id("xcomp")

# Fine-grained tags (``tok.tag``).
TAGS_NNS_NNPS = string_ids(("NNS", "NNPS"))
TAGS_NN_NNP = string_ids(("NN", "NNP"))
TAGS_VBD_VBG_VBN = string_ids(("VBD", "VBG", "VBN"))
TAGS_VBD_VBN = string_ids(("VBD", "VBN"))
TAGS_VBD_VBZ = string_ids(("VBD", "VBZ"))
TAGS_VBN_VBD = string_ids(("VBN", "VBD"))
TAGS_VBN_VBG = string_ids(("VBN", "VBG"))
TAGS_VBP_VBZ = string_ids(("VBP", "VBZ"))
TAGS_VBZ_VBD = string_ids(("VBZ", "VBD"))
TAGS_VBZ_VBP = string_ids(("VBZ", "VBP"))
TAGS_VB_VBG = string_ids(("VB", "VBG"))
TAGS_WDT_WP = string_ids(("WDT", "WP"))
TAGS_WP_WDT = string_ids(("WP", "WDT"))
TAG_MD = get_string_id("MD")
TAG_NN = get_string_id("NN")
TAG_NNPS = get_string_id("NNPS")
TAG_TO = get_string_id("TO")
TAG_VB = get_string_id("VB")
TAG_VBD = get_string_id("VBD")
TAG_VBG = get_string_id("VBG")
TAG_VBN = get_string_id("VBN")
TAG_VBZ = get_string_id("VBZ")

# Lower-case words (``tok.lower``).
WORDS_AND_BUT_WHILE_WHO_WHICH_THAT = string_ids(("and", "but", "while", "who", "which", "that"))
WORDS_AND_OR = string_ids(("and", "or"))
WORDS_AND_THE = string_ids(("and", "the"))
WORDS_A_AN = string_ids(("a", "an"))
WORDS_IT_THEY = string_ids(("it", "they"))
WORDS_OF_FOR = string_ids(("of", "for"))
WORDS_TO_FOR_OF = string_ids(("to", "for", "of"))
WORD_AGAINST = get_string_id("against")
WORD_AGO = get_string_id("ago")
WORD_AND = get_string_id("and")
WORD_AS = get_string_id("as")
WORD_AT = get_string_id("at")
WORD_BUT = get_string_id("but")
WORD_BY = get_string_id("by")
WORD_FOR = get_string_id("for")
WORD_FORMER = get_string_id("former")
WORD_FROM = get_string_id("from")
WORD_GOVERNMENT = get_string_id("government")
WORD_HAD = get_string_id("had")
WORD_IN = get_string_id("in")
WORD_IT = get_string_id("it")
WORD_ITS = get_string_id("its")
WORD_OF = get_string_id("of")
WORD_PARTY = get_string_id("party")
WORD_THAT = get_string_id("that")
WORD_THE = get_string_id("the")
WORD_THEY = get_string_id("they")
WORD_TO = get_string_id("to")

# Entity types (``tok.ent_type``).
ENTS_DATE_TIME = string_ids(("DATE", "TIME"))
ENTS_MONEY_QUANTITY_CARDINAL = string_ids(("MONEY", "QUANTITY", "CARDINAL"))
ENTS_ORG_FAC_EVENT_LAW = string_ids(("ORG", "FAC", "EVENT", "LAW"))
ENTS_PERSON_ORG_NORP_GPE = string_ids(("PERSON", "ORG", "NORP", "GPE"))
ENT_ORG = get_string_id("ORG")
ENT_PERSON = get_string_id("PERSON")
