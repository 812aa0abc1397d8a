#include "coding/dependencies.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <string>

#include "text/text.h"

namespace parley::coding {

using namespace std::string_view_literals;

namespace {

// Lower case of a closed-class word (prepositions, pronouns, "to"): ASCII is enough, and much cheaper
// than the full fold of text::fold, which the matching of names needs.
std::string lower_word(const std::string& form) {
  std::string out = form;
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Nouns of a relation between two parties ("a close U.S. ally", "Russia's partner"): an actor modifying
// one is the relation's other end.
bool relation_noun(const std::string& form) {
  static constexpr std::array<std::string_view, 12> kRelationNouns = {
      "ally", "allies", "partner", "partners", "neighbor", "neighbors",
      "neighbour", "neighbours", "rival", "rivals", "foe", "backer"};
  const std::string word = lower_word(form);
  return std::find(kRelationNouns.begin(), kRelationNouns.end(), word) != kRelationNouns.end();
}

bool is_relative_pronoun(const Sentence& sentence, int t) {
  const std::string w = lower_word(sentence.tokens[t].form);
  return w == "who"sv || w == "which"sv || w == "that"sv || w == "whom"sv;
}

// Verbs whose object is also the subject of their xcomp: "urged Iran to halt", "asked the UN to send",
// "called on Israel to withdraw" (there the controller is an oblique).
bool object_control(const Sentence& sentence, int verb) {
  static constexpr std::array<std::string_view, 16> kVerbs = {
      "urge", "ask", "call", "request", "press", "push", "encourage", "invite", "persuade", "appeal",
      "demand", "tell", "order", "force", "allow", "help"};
  const std::string& lemma = sentence.tokens[verb].lemma;
  return std::find(kVerbs.begin(), kVerbs.end(), std::string_view(lemma)) != kVerbs.end();
}

// Verbs whose object is judged for what a following "of/for" gerund says it did: "accused Israel of
// killing", "praised Egypt for mediating".
bool judgement_verb(const Sentence& sentence, int verb) {
  static constexpr std::array<std::string_view, 24> kVerbs = {
      "accuse", "blame",   "charge",     "suspect", "condemn", "criticize", "criticise", "denounce", "fault", "punish",
      "sanction", "thank", "praise",     "commend", "applaud", "congratulate", "credit", "hail", "rebuke", "reprimand",
      "support", "back", "assist", "help"};
  const std::string& lemma = sentence.tokens[verb].lemma;
  return std::find(kVerbs.begin(), kVerbs.end(), std::string_view(lemma)) != kVerbs.end();
}
bool allegation_verb(const Sentence& sentence, int verb) {
  const std::string& lemma = sentence.tokens[verb].lemma;
  return lemma == "accuse"sv || lemma == "blame"sv || lemma == "charge"sv || lemma == "suspect"sv;
}

}  // namespace

bool is_parsed(const Sentence& sentence) {
  return !sentence.tokens.empty() && !sentence.tokens.front().upos.empty() && !sentence.tokens.back().deprel.empty();
}

std::string_view universal(std::string_view deprel) {
  const auto colon = deprel.find(':');
  return colon == std::string_view::npos ? deprel : deprel.substr(0, colon);
}

std::vector<int> dependents(const Sentence& sentence, int head, std::string_view rel) {
  std::vector<int> out;
  const bool full = rel.find(':') != std::string_view::npos;
  for (int t = 0; t < static_cast<int>(sentence.tokens.size()); ++t) {
    const Token& tok = sentence.tokens[t];
    if (tok.head != head) continue;
    if (rel.empty() || (full ? std::string_view(tok.deprel) == rel : universal(tok.deprel) == rel)) out.push_back(t);
  }
  return out;
}

std::string preposition_of(const Sentence& sentence, int nominal) {
  for (int t = 0; t < static_cast<int>(sentence.tokens.size()); ++t) {
    const Token& tok = sentence.tokens[t];
    if (tok.head == nominal && universal(tok.deprel) == "case"sv) return lower_word(tok.form);
  }
  return {};
}

int governing_verb(const Sentence& sentence, int p) {
  const Token& tok = sentence.tokens[p];
  if (tok.upos == "VERB"sv || tok.upos == "AUX"sv) return p;
  if ((tok.upos == "NOUN"sv || tok.upos == "PROPN"sv) && tok.head >= 0 &&
      (universal(tok.deprel) == "obj"sv || tok.deprel == "nsubj:pass"sv) &&
      sentence.tokens[tok.head].upos == "VERB"sv)
    return tok.head;
  return p;
}

SubjectOfPredicate subject_of(const Sentence& sentence, int verb) {
  SubjectOfPredicate out;
  int v = verb;
  bool through_xcomp = false;
  for (int guard = 0; guard < 8 && v >= 0; ++guard) {
    // The subject nearest the verb: a dateline's place misread as a second subject ("KYIV, June 21 -
    // Russian forces shelled ...") stands further away.
    int nearest = -1;
    for (int d : dependents(sentence, v)) {
      const std::string& rel = sentence.tokens[d].deprel;
      if ((rel == "nsubj"sv || rel == "nsubj:pass"sv) && (nearest < 0 || std::abs(d - v) < std::abs(nearest - v)))
        nearest = d;
    }
    // "spoke with President Mulino to congratulate him", read as "with X to ...": a partner met, not
    // the subject of a purpose infinitive (the speaker's own).
    if (nearest >= 0 && sentence.tokens[v].xpos == "VB"sv && universal(sentence.tokens[v].deprel) == "advcl"sv) {
      bool with = false, to = false;
      for (int d : dependents(sentence, v, "mark")) {
        with |= lower_word(sentence.tokens[d].form) == "with"sv;
        to |= lower_word(sentence.tokens[d].form) == "to"sv;
      }
      if (with && to) nearest = -1;
    }
    if (nearest >= 0) {
      const int d = nearest;
      for (int other : dependents(sentence, v))
        if (other != d && universal(sentence.tokens[other].deprel) == "nsubj"sv) out.others.push_back(other);
      const std::string& rel = sentence.tokens[d].deprel;
      {
        out.token = d;
        // A passive has its auxiliary ("was attacked", "has been struck"); a passive subject without
        // one is a mislabel ("China firmly rejected ...").
        // Only the predicate's own voice counts: in "Iraq is prepared to impose martial law" the
        // subject reached through the xcomp imposes.
        // (Or a participle with its agent named "at the hands of": "the protesters already killed at
        // the hands of the authorities".)
        const int agent = passive_agent(sentence, v);
        out.passive = rel == "nsubj:pass"sv && !through_xcomp &&
                      (!dependents(sentence, v, "aux:pass").empty() ||
                       (sentence.tokens[v].xpos == "VBN"sv && agent >= 0 && preposition_of(sentence, agent) == "of"sv));
        // "Macedonia, which is preparing ...": the relative pronoun stands for the noun modified.
        // (A relative clause the parser made a parataxis or conjunct has its antecedent right before
        // the pronoun: "condemned the attack in Mogadishu that killed dozens of civilians".)
        int antecedent = -1;
        if (is_relative_pronoun(sentence, d) && universal(sentence.tokens[v].deprel) == "acl"sv)
          antecedent = sentence.tokens[v].head;
        else if (is_relative_pronoun(sentence, d) && d > 0 && lower_word(sentence.tokens[d].form) != "that"sv) {
          const int before = sentence.tokens[d - 1].form == ","sv && d > 1 ? d - 2 : d - 1;
          if (sentence.tokens[before].upos == "NOUN"sv || sentence.tokens[before].upos == "PROPN"sv)
            antecedent = before;
        } else if (is_relative_pronoun(sentence, d) && d > 0 &&
                   (sentence.tokens[d - 1].upos == "NOUN"sv || sentence.tokens[d - 1].upos == "PROPN"sv) &&
                   sentence.tokens[d - 1].head >= 0 && sentence.tokens[sentence.tokens[d - 1].head].upos == "NOUN"sv) {
          antecedent = d - 1;  // "that" right after a noun phrase's last word
        }
        if (antecedent >= 0) {
          out.token = antecedent;
          out.controlled = true;
          out.relative = true;
          // "the bombing of a market in Baghdad, which killed twelve civilians": "which" on a place
          // is what happened there (the parser hangs the clause on the nearest noun).
          for (int guard = 0; guard < 4; ++guard) {
            const std::string prep = preposition_of(sentence, out.token);
            const int up = sentence.tokens[out.token].head;
            if ((prep != "in"sv && prep != "at"sv && prep != "near"sv && prep != "outside"sv) || up < 0 ||
                universal(sentence.tokens[out.token].deprel) != "nmod"sv)
              break;
            out.token = up;
            // (Past the place's container: "a market in Baghdad" is where, the bombing what.)
            if (const std::string of = preposition_of(sentence, up);
                (of == "of"sv || of == "on"sv) && universal(sentence.tokens[up].deprel) == "nmod"sv &&
                sentence.tokens[up].head >= 0)
              out.token = sentence.tokens[up].head;
          }
        }
        return out;
      }
    }
    const Token& tok = sentence.tokens[v];
    const std::string_view rel = universal(tok.deprel);
    if (tok.head < 0) break;
    // An infinitive the parser hung as an adverbial clause ("pressed Israel to agree", "visited
    // Kyiv to discuss") is controlled as an xcomp is.
    const bool infinitive_advcl = rel == "advcl"sv && tok.xpos == "VB"sv && [&] {
      for (int d : dependents(sentence, v, "mark"))
        if (lower_word(sentence.tokens[d].form) == "to"sv) return true;
      return false;
    }();
    // "welcomed Jordan's efforts to provide aid", "praised Egypt's role in delivering aid": an
    // infinitive or gerund right after an object with a named possessor belongs to that noun (the
    // parser often hangs it on the verb), and the possessor acts. Not after "their commitment" (the
    // subject's own), nor after nouns whose addressee acts ("accepted the Pope's invitation to visit").
    if (rel == "xcomp"sv || infinitive_advcl || (rel == "advcl"sv && tok.xpos == "VBG"sv)) {
      static constexpr std::array<std::string_view, 7> kAddresseeActs = {"invitation", "call", "request", "appeal",
                                                                          "plea", "demand", "urging"};
      auto named = [&](int possessor) {
        if (sentence.tokens[possessor].upos == "PRON"sv) return false;
        for (int p : dependents(sentence, possessor, "nmod:poss"))
          if (sentence.tokens[p].upos == "PRON"sv) return false;  // "their countries' intent"
        return true;
      };
      const std::vector<int> marks = dependents(sentence, v, "mark");
      const int start = marks.empty() ? v : marks.front();
      // A gerund's marker ties it to the noun ("role in delivering"); "while emphasizing", "by
      // providing" go with the verb.
      const std::string marker = marks.empty() ? std::string() : lower_word(sentence.tokens[start].form);
      const bool noun_marker = marker.empty() || marker == "to"sv || marker == "in"sv || marker == "of"sv ||
                               marker == "for"sv || marker == "toward"sv || marker == "towards"sv;
      for (int object : dependents(sentence, tok.head, "obj")) {
        const std::vector<int> span = subtree(sentence, object);
        const std::vector<int> possessors = dependents(sentence, object, "nmod:poss");
        if (noun_marker && *std::max_element(span.begin(), span.end()) == start - 1 && !possessors.empty() &&
            named(possessors.front()) &&
            std::find(kAddresseeActs.begin(), kAddresseeActs.end(), lower_word(sentence.tokens[object].lemma)) ==
                kAddresseeActs.end()) {
          out.token = object;
          out.controlled = true;
          return out;
        }
      }
    }
    // "accused Israel of killing", "thanked Japan for hosting", "condemned Russia for attacking
    // Ukraine": a gerund with "of" or "for" after a verb that judges its object is that object's act
    // (and only alleged after "accuse", "blame", "charge", "suspect").
    if (rel == "advcl"sv && tok.xpos == "VBG"sv && judgement_verb(sentence, tok.head)) {
      const std::vector<int> marks = dependents(sentence, v, "mark");
      const std::vector<int> objects = dependents(sentence, tok.head, "obj");
      const std::string marker = marks.empty() ? std::string() : lower_word(sentence.tokens[marks.front()].form);
      // (And "in" after support: "China supports Brazil in hosting a successful G20 summit".)
      const bool supports = sentence.tokens[tok.head].lemma == "support"sv || sentence.tokens[tok.head].lemma == "back"sv ||
                            sentence.tokens[tok.head].lemma == "assist"sv || sentence.tokens[tok.head].lemma == "help"sv;
      // (And "with" after "charge": "charging its neighbor with supporting dissidents".)
      const bool charged = allegation_verb(sentence, tok.head) && marker == "with"sv;
      if ((marker == "of"sv || marker == "for"sv || (marker == "in"sv && supports) || charged) && !objects.empty() &&
          objects.front() < v) {
        out.token = objects.front();
        out.controlled = true;
        out.by_object = true;
        out.judged = true;
        out.alleged = allegation_verb(sentence, tok.head);
        return out;
      }
    }
    if (rel == "xcomp"sv || infinitive_advcl) {
      // "urged Iran to halt": the object controls; "agreed to set up": the subject does.
      if (object_control(sentence, tok.head)) {
        // (A "call" with an object is a telephone call: "called King Mohammed VI to offer his
        // condolences" is the caller's; only "called on" someone asks them.)
        const bool phoned = sentence.tokens[tok.head].lemma == "call"sv;
        std::vector<int> objects = phoned ? std::vector<int>{} : dependents(sentence, tok.head, "obj");
        if (objects.empty() && !phoned)  // "allowed Ukraine to strike", read as an indirect object
          objects = dependents(sentence, tok.head, "iobj");
        if (objects.empty())  // "called on Israel to withdraw"
          for (int d : dependents(sentence, tok.head, "obl"))
            if (const std::string prep = preposition_of(sentence, d); prep == "on"sv || prep == "upon"sv)
              objects.push_back(d);
        if (!objects.empty()) {
          out.token = objects.front();
          out.controlled = true;
          out.by_object = true;
          return out;
        }
      }
      v = tok.head;
      out.controlled = true;
      through_xcomp = true;
      continue;
    }
    if (rel == "conj"sv) {  // "met Iran's foreign minister and discussed ...": the first conjunct's subject
      v = tok.head;
      out.controlled = true;
      continue;
    }
    if (rel == "acl"sv) {  // "forces loyal to Hadi", "the deal signed by ..."
      out.token = tok.head;
      out.controlled = true;
      // A relation an apposition names is not who acts: "Jordan, a key American partner, condemned
      // ..." read with "condemned" on "partner".
      if (relation_noun(sentence.tokens[tok.head].form) && universal(sentence.tokens[tok.head].deprel) == "appos"sv &&
          sentence.tokens[tok.head].head >= 0 && sentence.tokens[tok.head].head < tok.head) {
        out.token = sentence.tokens[tok.head].head;
        out.controlled = false;
        return out;
      }
      // A gerund with "of" or "for" on the object of a verb that judges it is that object's act, as
      // on the verb ("accused Israel of violating the truce, shelling villages", read
      // with "violating" on "Israel"): only alleged after "accuse".
      const int above = sentence.tokens[tok.head].head;
      if (tok.xpos == "VBG"sv && above >= 0 && universal(sentence.tokens[tok.head].deprel) == "obj"sv &&
          judgement_verb(sentence, above)) {
        const std::vector<int> marks = dependents(sentence, v, "mark");
        const std::string marker = marks.empty() ? std::string() : lower_word(sentence.tokens[marks.front()].form);
        if (marker == "of"sv || marker == "for"sv) {
          out.by_object = true;
          out.judged = true;
          out.alleged = allegation_verb(sentence, above);
          return out;
        }
      }
      // A participle on the sentence's root noun is its misread main verb: "Thousands of Syrians
      // protested in Sweida", "Kyiv and Moscow blamed each other".
      if (above < 0) return out;
      // The same one level down, on the noun of a quantity phrase at the root: "Thousands of
      // protesters marched in Paris", "Dozens of students rallied".
      // Or on a noun in apposition to it: "European Community foreign ministers agreed ..." read as
      // "Community" with "ministers [who were] agreed" beside it.
      // A past form right after the subject of a later verb it is coordinated with is that verb's
      // first conjunct, misread as a reduced relative: "Both sides called for a ceasefire and
      // opposed the displacement of Palestinians" ("called" an acl of "sides", "opposed" the root).
      if (v == tok.head + 1 && v > 0 && above > v && universal(sentence.tokens[tok.head].deprel) == "nsubj"sv &&
          (tok.xpos == "VBD"sv || tok.xpos == "VBN"sv))
        for (int d : dependents(sentence, above, "cc"))
          if (d > v && d < above && lower_word(sentence.tokens[d].form) == "and") {
            out.controlled = false;
            out.passive = false;
            return out;
          }
      // A verb has one subject: where the parser gave a later verb two, the first with a past form
      // right after it is that form's subject, misread as a reduced relative: "Forty miners stopped
      // work on Monday ..., the union said" ("miners" and "union" both subjects of "said").
      // (Not one with its agent: "an agency charged by Congress with investigating ...".)
      if (v == tok.head + 1 && above > v && universal(sentence.tokens[tok.head].deprel) == "nsubj"sv &&
          (tok.xpos == "VBD"sv || tok.xpos == "VBN"sv) && passive_agent(sentence, v) < 0)
        for (int d : dependents(sentence, above, "nsubj"))
          if (d > v) {
            out.controlled = false;
            out.passive = false;
            return out;
          }
      if (sentence.tokens[above].head < 0 && sentence.tokens[above].upos != "VERB"sv &&
          sentence.tokens[above].upos != "AUX"sv &&
          ((universal(sentence.tokens[tok.head].deprel) == "nmod"sv && preposition_of(sentence, tok.head) == "of"sv) ||
           universal(sentence.tokens[tok.head].deprel) == "appos"sv))
        return out;
      // A participle with an object of its own is active: "police detained seven journalists" misread
      // as a reduced relative. So is one on a quantity of people, wherever the parser put the root:
      // "Thousands of Georgians rallied in Tbilisi against the foreign agents bill".
      static constexpr std::array<std::string_view, 6> kQuantityNouns = {"thousands", "hundreds", "dozens",
                                                                         "scores",    "millions", "tens"};
      auto quantity_word = [&](int t) {
        return t >= 0 && std::find(kQuantityNouns.begin(), kQuantityNouns.end(),
                                   lower_word(sentence.tokens[t].form)) != kQuantityNouns.end();
      };
      // (Or on the people a quantity counts: "Tens of thousands of people marched in Minsk".)
      const bool counted = tok.head >= 2 && lower_word(sentence.tokens[tok.head - 1].form) == "of" &&
                           quantity_word(tok.head - 2);
      const bool quantity = (quantity_word(tok.head) || counted) && tok.head < v;
      // (A participle with its agent is passive whatever else it has: "Americans taken hostage by
      // Hamas".)
      out.passive = tok.xpos == "VBN"sv && !quantity &&
                    (dependents(sentence, v, "obj").empty() || passive_agent(sentence, v) >= 0);
      return out;
    }
    if (rel == "advcl"sv && (tok.xpos == "VBG"sv || tok.xpos == "VBN"sv)) {
      // "After meeting Xi, Biden said ...": a participle's subject is the main clause's.
      v = tok.head;
      out.controlled = true;
      continue;
    }
    break;
  }
  return out;
}

std::vector<int> referent_tokens(const Sentence& sentence, int head) {
  std::vector<int> out{head};
  // A tree reaches each token once; the bound keeps a malformed one from looping.
  for (std::size_t i = 0; i < out.size() && out.size() <= sentence.tokens.size(); ++i) {
    for (int d : dependents(sentence, out[i])) {
      const std::string& rel = sentence.tokens[d].deprel;
      const std::string_view u = universal(rel);
      // The head's own conjuncts are other actors (conjuncts_of); a modifier's are part of this one:
      // "the Turkish and Greek sides".
      bool take = u == "compound"sv || u == "amod"sv || u == "flat"sv || u == "appos"sv ||
                  (u == "conj"sv && i > 0) || rel == "nmod:poss"sv;
      // (Not the source of a report misread as an apposition: "shelled the Tamil population of the district,
      // according to the Red Cross".)
      // (Nor the other end of a relation an apposition names: "Egypt, a close U.S. ally, ...".)
      if (u == "appos"sv) {
        for (int c : dependents(sentence, d))
          if (lower_word(sentence.tokens[c].form) == "according") take = false;
        if (relation_noun(sentence.tokens[d].form)) take = false;
      }
      if (u == "nmod"sv && rel != "nmod:poss"sv && i == 0) {
        // Of the head only: "leaders of the coalition", "doctors from two US groups"; not "China, a
        // close partner of Russia".
        const std::string prep = preposition_of(sentence, d);
        take = prep == "of"sv || prep == "from"sv || prep == "for"sv;  // "a camp for Congolese refugees"
      }
      if (take) out.push_back(d);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<int> conjuncts_of(const Sentence& sentence, int head) {
  std::vector<int> out{head};
  for (std::size_t i = 0; i < out.size() && out.size() <= sentence.tokens.size(); ++i)
    for (int d : dependents(sentence, out[i], "conj")) out.push_back(d);
  return out;
}

std::vector<int> subtree(const Sentence& sentence, int head) {
  std::vector<int> out{head};
  for (std::size_t i = 0; i < out.size() && out.size() <= sentence.tokens.size(); ++i)
    for (int d : dependents(sentence, out[i])) out.push_back(d);
  return out;
}

int passive_agent(const Sentence& sentence, int verb) {
  for (int d : dependents(sentence, verb, "obl")) {
    const std::string prep = preposition_of(sentence, d);
    // (Not a measure: "shortened the curfew by one hour", "cut tariffs by 10 percent".)
    if (prep == "by"sv && (sentence.tokens[d].upos == "NUM"sv || !dependents(sentence, d, "nummod").empty()))
      continue;
    if (prep == "by"sv) return d;
    // "killed at the hands of Iranian state authorities"
    if (prep == "at"sv && lower_word(sentence.tokens[d].form) == "hands"sv)
      for (int n : dependents(sentence, d, "nmod"))
        if (preposition_of(sentence, n) == "of"sv) return n;
  }
  return -1;
}

int instrument_of(const Sentence& sentence, int verb) {
  for (int d : dependents(sentence, verb, "obl")) {
    const std::string prep = preposition_of(sentence, d);
    if (prep == "in"sv || prep == "during"sv || prep == "with"sv) return d;
  }
  return -1;
}

std::vector<int> object_heads(const Sentence& sentence, int verb, int p) {
  static constexpr std::array<std::string_view, 8> kTargetPrepositions = {"to", "with", "against", "toward",
                                                                          "towards", "at", "on", "upon"};
  std::vector<int> out;
  for (int d : dependents(sentence, verb)) {
    const std::string_view u = universal(sentence.tokens[d].deprel);
    if (u == "obj"sv || u == "iobj"sv) out.push_back(d);
  }
  auto obliques = [&](int head, std::string_view rel) {
    for (int d : dependents(sentence, head, rel)) {
      const std::string prep = preposition_of(sentence, d);
      if (std::find(kTargetPrepositions.begin(), kTargetPrepositions.end(), prep) != kTargetPrepositions.end())
        out.push_back(d);
    }
  };
  obliques(verb, "obl");
  if (p != verb) obliques(p, "nmod");
  // "met today in Washington with Prime Minister ...", the "with" phrase misread as the place's: a
  // partner hung on the place where the act happens is the act's.
  for (int d : dependents(sentence, verb, "obl")) {
    const std::string prep = preposition_of(sentence, d);
    if (prep != "in" && prep != "at") continue;
    for (int e : dependents(sentence, d, "nmod"))
      if (preposition_of(sentence, e) == "with") out.push_back(e);
  }
  // "held talks with Iran": the oblique may hang on the object noun; not on someone else's
  // ("discussed Argentina's talks with the IMF").
  for (int d : dependents(sentence, verb, "obj"))
    if (dependents(sentence, d, "nmod:poss").empty()) obliques(d, "nmod");
  return out;
}

std::vector<int> clause_tokens_by_depth(const Sentence& sentence, int verb) {
  static constexpr std::array<std::string_view, 12> kSkip = {
      "nsubj", "csubj", "ccomp", "advcl", "parataxis", "conj", "punct", "mark", "aux", "cop", "discourse", "vocative"};
  static constexpr std::array<std::string_view, 7> kTimePrepositions = {"since", "during", "after", "before",
                                                                         "until", "till", "ago"};
  std::vector<int> out{verb};
  // A tree reaches each token once; the bound keeps a malformed one from looping.
  for (std::size_t i = 0; i < out.size() && out.size() <= sentence.tokens.size(); ++i) {
    for (int d : dependents(sentence, out[i])) {
      const std::string& rel = sentence.tokens[d].deprel;
      const std::string_view u = universal(rel);
      if (std::find(kSkip.begin(), kSkip.end(), u) != kSkip.end() || rel == "acl:relcl"sv || rel == "obl:tmod"sv)
        continue;
      if ((u == "obl"sv || u == "nmod"sv) &&
          std::find(kTimePrepositions.begin(), kTimePrepositions.end(), preposition_of(sentence, d)) !=
              kTimePrepositions.end())
        continue;
      out.push_back(d);
    }
  }
  out.erase(out.begin());
  return out;
}

}  // namespace parley::coding
