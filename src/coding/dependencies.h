// What the coder reads off a dependency parse (Token::head / deprel / upos, filled by the syntax
// stage): the subject of a predicate, with control and coordination followed; passive agents;
// objects and oblique arguments with their preposition. Pure functions over one parsed sentence.
//
//   "China and Iran agreed to strengthen cooperation"   strengthen -> xcomp of agreed -> nsubj China (+ conj Iran)
//   "Iran was attacked by Israel"                      attacked: nsubj:pass Iran, obl "by" Israel
//   "Finland will give Tanzania a grant"               give: iobj Tanzania
//   "Macedonia, which is preparing an offensive"       preparing: acl:relcl of Macedonia
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "parley/sentence.h"

namespace parley::coding {

// True when the syntax stage has filled the sentence (every token has a tag).
bool is_parsed(const Sentence& sentence);

// The universal part of a relation: "nsubj" of "nsubj:pass", "obl" of "obl:tmod".
std::string_view universal(std::string_view deprel);

// Dependents of token `head` (in order), with relation `rel` when not empty (universal part matched,
// or the full relation when `rel` has a colon).
std::vector<int> dependents(const Sentence& sentence, int head, std::string_view rel = {});

// The lower-cased preposition ("case" dependent) of a nominal: "with" of "with Iran"; empty if none.
std::string preposition_of(const Sentence& sentence, int nominal);

// The clause head that governs predicate `p`: p itself when it is a verb; for a noun in a light-verb
// construction ("held talks with", "paid a visit to"), the verb whose object or oblique it is.
int governing_verb(const Sentence& sentence, int p);

struct SubjectOfPredicate {
  int token = -1;         // head token of the subject phrase, -1 when the parse names none
  std::vector<int> others;  // further subjects of the same verb the parser did not conjoin
  bool passive = false;   // the subject is a passive subject ("Iran was attacked")
  bool controlled = false;  // reached through control or coordination, not the verb's own subject
  bool by_object = false;   // the controller is the object of an appeal ("urged Iran to halt")
  bool relative = false;    // the antecedent of a relative pronoun ("the attack, which killed ...")
  bool judged = false;      // a gerund the object is judged for ("thanked Japan for hosting")
  bool alleged = false;     // and only alleged ("accused Israel of killing")
};

// The subject of the clause headed by `verb`: its own nsubj/nsubj:pass; else, for an xcomp, the
// controller (the object of "urge/ask/call on X to", else the subject of the governing verb); for a
// conjunct, the first conjunct's subject; for a relative clause or a participle, the noun it
// modifies ("Macedonia, which is preparing ...", "forces loyal to ...").
SubjectOfPredicate subject_of(const Sentence& sentence, int verb);

// The tokens of the phrase headed by `head` where an actor may be named as the phrase's referent:
// the head, its compounds, modifiers (with their conjuncts: "the Turkish and Greek sides"),
// possessors, appositions and flat names, in order; not the head's own conjuncts (conjuncts_of), its
// relative clauses, or prepositional modifiers other than "of"/"from" ("leaders of the opposition
// coalition").
std::vector<int> referent_tokens(const Sentence& sentence, int head);

// The conjuncts of a nominal head, itself first: "Iran" and "Iraq" of "Iran and Iraq".
std::vector<int> conjuncts_of(const Sentence& sentence, int head);

// `head` and every token below it, breadth first (bounded by the sentence's length).
std::vector<int> subtree(const Sentence& sentence, int head);

// The agent of a passive verb: the head of its "by" oblique, or -1.
int passive_agent(const Sentence& sentence, int verb);

// An act's instrument or occasion named in a passive with no agent: the head of its "in/during/with"
// oblique ("were killed in an Israeli airstrike"), or -1. Its modifiers may name who did it.
int instrument_of(const Sentence& sentence, int verb);

// Candidate target heads of `verb` (and of the noun predicate `p` in a light-verb construction): its
// objects and indirect objects, then obliques and noun modifiers with one of the given prepositions,
// in order of preference.
std::vector<int> object_heads(const Sentence& sentence, int verb, int p);

// The tokens of the clause headed by `verb` nearest first (breadth-first down the tree), without
// its subjects, other clauses (ccomp, advcl, parataxis, relative clauses, coordinated predicates) and
// time expressions: where the target of an act with no object of its own is named ("threatened to
// cut off electricity to Nakhichevan", "rejected a fresh offer from Afghanistan").
std::vector<int> clause_tokens_by_depth(const Sentence& sentence, int verb);

}  // namespace parley::coding
