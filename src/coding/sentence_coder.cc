// The sentence coder (parsed by default, or shallow). Each rule below is written for the language of
// readouts and wire news; the sentence in each comment is the case it was written for. What it reads
// off a parse is in dependencies.h.
#include "coding/sentence_coder.h"

#include <algorithm>
#include <cstring>
#include <array>
#include <string_view>

#include "coding/dependencies.h"
#include "text/text.h"

namespace parley::coding {

using namespace std::string_view_literals;

using lexicon_internal::ActorKind;
using lexicon_internal::ElementKind;
using lexicon_internal::PatternElement;
using lexicon_internal::VerbPattern;

namespace {

constexpr int kMaxGap = 2;          // words allowed between two pattern elements
constexpr int kMaxTargetLead = 3;   // words allowed before the target's actor ("the", "its", ...)
constexpr int kMaxForceTargetLead = 6;  // the same for force ("at least eight top ...")
constexpr int kMaxOpenGap = 15;     // reach of "..." within a clause
constexpr int kMaxDyadsPerPredicate = 12;

template <std::size_t N>
bool in(std::string_view word, const std::array<std::string_view, N>& set) {
  return std::find(set.begin(), set.end(), word) != set.end();
}

constexpr std::array<std::string_view, 27> kPrepositions = {
    "in", "with", "to", "of", "for", "on", "by", "from", "against", "at", "about", "between", "among",
    "toward", "towards", "during", "after", "before", "over", "under", "including", "like", "into",
    "via", "upon", "without", "than"};
// Nouns of asking that a speech verb may take as its object before a "that" clause.
constexpr std::array<std::string_view, 5> kDemandNouns = {"demand", "call", "appeal", "request", "plea"};

constexpr std::array<std::string_view, 31> kSpeechVerbs = {
    "say", "add", "state", "stress", "note", "emphasize", "emphasise", "tell", "announce", "declare",
    "affirm", "reiterate", "underline", "assert", "insist", "point", "warn", "underscore", "explain",
    "argue", "claim", "confirm", "report", "indicate", "reaffirm", "acknowledge", "highlight", "recall",
    "observe", "mention", "remark"};
constexpr std::array<std::string_view, 6> kObjectPrepositions = {"by", "to", "with", "against", "at", "toward"};
constexpr std::array<std::string_view, 14> kQuantities = {
    "thousands", "hundreds", "dozens", "scores", "millions", "tens", "some", "many", "most", "all",
    "one", "two", "several", "group"};
// Bare crowds as subjects of protest: "Thousands rallied in Belgrade", "Crowds marched in Tbilisi".
bool crowd_word(std::string_view w) {
  return in(w, kQuantities) || w == "crowd"sv || w == "crowds"sv || w == "people"sv;
}
constexpr std::array<std::string_view, 14> kDeterminers = {
    "the", "a", "an", "'s", "its", "his", "her", "their", "our", "this", "these", "those", "latest", "recent"};
// Words that open a clause after a speech verb with no "that": "said its jets struck ...".
constexpr std::array<std::string_view, 7> kClauseOpeners = {"its", "their", "his", "her", "he", "she", "they"};
constexpr std::array<std::string_view, 4> kNegations = {"not", "n't", "never", "no"};
constexpr std::array<std::string_view, 4> kFutureMarkers = {"will", "shall", "'ll", "wo"};
constexpr std::array<std::string_view, 18> kIntentMarkers = {
    "ready", "willing", "willingness", "intend", "intention", "plan", "prepared", "hope", "wish",
    "seek", "aim", "readiness", "commit", "determined", "threaten", "vow", "pledge", "promise"};
constexpr std::array<std::string_view, 11> kJointSubjects = {"sides",      "countries",  "leaders",  "ministers",
                                                             "parties",    "governments", "nations", "presidents",
                                                             "delegations", "neighbours", "neighbors"};
// Whether a pattern names its own source (`talk between $S and $T`).
bool names_own_source(const VerbPattern& pattern) {
  return std::any_of(pattern.elements.begin(), pattern.elements.end(),
                     [](const PatternElement& e) { return e.kind == ElementKind::kSource; });
}

// Whether a word after a pattern's predicate may be `word` (`talk resume` has "resume").
bool has_word(const VerbPattern& pattern, std::string_view word) {
  for (std::size_t k = 1; k < pattern.elements.size(); ++k)
    if (pattern.elements[k].kind == ElementKind::kWord)
      for (const std::string& w : pattern.elements[k].words)
        if (w == word) return true;
  return false;
}

// Whether a form of "be" stands before the predicate (adverbs skipped): "was killed", "have been
// attacked", "were reportedly shot".
bool after_be(const std::vector<std::string>& folded, int predicate) {
  if (predicate <= 0) return false;
  int b = predicate - 1;
  while (b > 0 && (folded[b] == "also"sv || folded[b].ends_with("ly"))) --b;
  const std::string& w = folded[b];
  return w == "was"sv || w == "were"sv || w == "been"sv || w == "being"sv || w == "is"sv || w == "are"sv ||
         w == "be"sv;
}

// Coercion (17), assault (18), fighting (19) and mass violence (20).
bool violent_or_coercive(std::string_view code) {
  return code.starts_with("17") || code.starts_with("18") || code.starts_with("19") || code.starts_with("20");
}

// Codes of acts that two actors do together: "China and Iran held talks" is a consultation both ways.
bool joint_code(std::string_view code) {
  // (050: "Saudi Arabia and Iran restored diplomatic relations" is each with the other.)
  return code.starts_with("03") || code.starts_with("04") || code.starts_with("06") || code == "057"sv ||
         code == "050"sv;
}
// A pattern of exchange: what joint subjects exchange or swap, each gives the other ("Russia and
// Ukraine exchanged prisoners", "Indian and Pakistani troops exchanged fire"); so is a clash ("troops
// and rebels clashed"). The predicate's words, or any of a prisoner exchange's (`conduct ... exchange
// of ... prisoner`); not an object's ("investigate ... clash").
bool exchange_pattern(const VerbPattern& pattern) {
  if (pattern.elements.empty()) return false;
  bool exchange = false, trade = false, fire = false;
  for (std::size_t k = 0; k < pattern.elements.size(); ++k)
    for (const std::string& w : pattern.elements[k].words) {
      if (k == 0 || pattern.code == "0841"sv) exchange |= w == "exchange"sv || w == "swap"sv;
      if (k == 0) exchange |= w == "clash"sv;
      if (k == 0) trade |= w == "trade"sv;  // (of fire only: "trade fire", not "refuse to trade with")
      fire |= w == "fire"sv || w == "gunfire"sv;
    }
  return exchange || (trade && fire);
}

// Participles that after "be" describe a state of mind, not a passive act: "is committed to",
// "is opposed to", "are concerned about".
constexpr std::array<std::string_view, 10> kStativeParticiples = {
    "committed", "opposed", "concerned", "interested", "pleased", "engaged", "involved", "dedicated",
    "satisfied", "disappointed"};

// Prepositions that place an event: "killed in Beirut", "a blast near Samarra".
constexpr std::array<std::string_view, 8> kPlacePrepositions = {"in",     "near",   "outside", "at",
                                                                   "around", "inside", "across",  "throughout"};

// Nouns after a pair of states written as one word ("Russia-Ukraine talks") that make the pair two
// actors rather than the name of a relationship.
constexpr std::array<std::string_view, 16> kPairNouns = {
    "talks", "talk", "negotiations", "negotiation", "dialogue", "consultations", "war", "wars",
    "conflict", "clashes", "fighting", "hostilities", "ceasefire", "truce", "border", "standoff"};

// Verbs that are protests only without an object: "demonstrated in Tehran", not "demonstrate our
// leadership"; "rallied in Nairobi", not "rallied support".
constexpr std::array<std::string_view, 4> kIntransitiveProtestVerbs = {"demonstrate", "rally", "march", "gather"};

// Nouns of weapons and blasts that, as the subject of a violent act, name how and not who: "A car
// bomb killed ...", "A minefield explosion near Samarra killed two Iraqi youths".
constexpr std::array<std::string_view, 20> kAttackNouns = {
    "explosion", "blast", "bomb", "bombing", "attack", "mine", "landmine", "shell", "shelling", "rocket",
    "missile", "airstrike", "strike", "gunfire", "ambush", "raid", "device", "explosive", "grenade", "mortar"};

// Verbs whose object names an act others did: "condemned the attacks", "discussed the shelling".
constexpr std::array<std::string_view, 24> kTalkAboutVerbs = {
    "condemn", "denounce", "deplore",  "decry",       "criticize",   "criticise", "discuss", "mourn",
    "address", "review",   "honor",    "honour",      "remember",    "commemorate", "investigate", "lament",
    "regret",  "deny",     "speak",    "talk",        "express",     "raise",     "note",    "convey"};

// Nouns of violence done to someone, besides the weapons and attacks above.
constexpr std::array<std::string_view, 8> kViolenceNouns = {"killing", "shooting", "assault", "massacre",
                                                            "violence", "aggression", "atrocity", "invasion"};

// A noun of force done to someone: an attack or weapon, or violence.
bool force_noun(std::string_view lemma) { return in(lemma, kAttackNouns) || in(lemma, kViolenceNouns); }

// A state's guns, tanks and warplanes: its armed forces ("was attacked by Russian artillery" is RUSMIL's).
constexpr std::array<std::string_view, 9> kArmsOfForces = {
    "artillery", "tank", "warplane", "jet", "helicopter", "gunship", "warship", "aircraft", "navy"};

// Verbs that deny what they frame: "denied that ...", "rejected claims that ...".
bool denial_verb(std::string_view lemma) {
  return lemma == "deny"sv || lemma == "reject"sv || lemma == "dismiss"sv || lemma == "refute"sv || lemma == "rebut"sv;
}

// Nouns of meddling in a place or its affairs.
constexpr std::array<std::string_view, 5> kInterferenceNouns = {"interference", "intervention", "meddling",
                                                                "incursion", "intrusion"};

// Nouns of what was done to their "of" complement: "the killing of protesters", "the invasion of
// Ukraine", "the loss of Afghan lives" (not "the violence of the regime").
constexpr std::array<std::string_view, 26> kPatientNouns = {
    "killing",    "murder",   "death",      "loss",       "arrest",    "detention",     "imprisonment", "abduction",
    "kidnapping", "invasion", "occupation", "annexation", "bombing",   "shelling",      "execution",    "persecution",
    "assassination", "harassment", "repression", "mistreatment", "torture", "intimidation", "displacement",
    "expulsion", "deportation", "eviction"};

// Sectors of those in authority, whom protests press: "to demand that the government resign".
bool authority_sector(std::string_view sector) {
  return sector == "GOV"sv || sector == "LEG"sv || sector == "JUD"sv || sector == "MIL"sv || sector == "COP"sv;
}

// Names of days and months, and nouns of time: "on Saturday", "in March", "on the weekend".
constexpr std::array<std::string_view, 19> kDayAndMonthNames = {
    "monday",  "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april",   "june",    "july",      "august",   "september", "october", "november", "december", "weekend"};
constexpr std::array<std::string_view, 6> kTimeNouns = {"weekend", "morning", "evening", "afternoon", "night", "day"};

// Nouns of what one party asks or offers another: what they ask "to" or "for" is no act yet ("a
// demand from the US president to release the hostages", "an appeal for deploying troops"), and a
// demonym or organisation just before one is its author ("the Egyptian call for a ceasefire").
constexpr std::array<std::string_view, 8> kAskNouns = {"offer", "request", "proposal", "appeal",
                                                       "demand", "ultimatum", "plea", "order"};

// Verbs whose negation is none for what they govern: "will never stop fighting to deliver relief",
// "will not hesitate to use force", "sanctions will not prevent providing assistance".
constexpr std::array<std::string_view, 5> kStopVerbs = {"stop", "cease", "hesitate", "quit", "prevent"};

// Verbs of a protest's purpose that name whom it presses: "rallied to demand the resignation of ...",
// "marched to the consulate to voice their anger at France".
constexpr std::array<std::string_view, 13> kPressingVerbs = {
    "demand", "press",    "call",   "urge",     "seek", "protest", "denounce",
    "oppose", "pressure", "condemn", "show", "express", "voice"};

// Verbs of hosting whose object is a guest on a visit: "hosted the Japanese prime minister".
constexpr std::array<std::string_view, 5> kHostVerbs = {"host", "receive", "welcome", "greet", "entertain"};

// Acts done together, which a "with" partner shares: consultations other than visits, hosting and
// mediation (040, 041, 044, 046), signing agreements (057), material cooperation (06x).
bool mutual_code(std::string_view code) {
  return code == "040"sv || code == "041"sv || code == "044"sv || code == "046"sv || code == "057"sv ||
         code.starts_with("06");
}
// The pattern puts its target after "with" or "between", or is a meeting: "hold talks with $T",
// "meet $T".
bool mutual_pattern(const VerbPattern& pattern) {
  const auto& elems = pattern.elements;
  for (std::size_t k = 1; k < elems.size(); ++k)
    if (elems[k].kind == ElementKind::kTarget && elems[k - 1].kind == ElementKind::kWord)
      for (const std::string& w : elems[k - 1].words)
        if (w == "with"sv || w == "between"sv) return true;
  for (const std::string& w : elems[0].words)
    if (w == "meet"sv) return true;
  return false;
}

// The pattern names both sides after "between": `fighting between $S and $T`.
bool between_pair(const VerbPattern& pattern) {
  const auto& elems = pattern.elements;
  for (std::size_t k = 1; k < elems.size(); ++k)
    if (elems[k].kind == ElementKind::kSource && elems[k - 1].kind == ElementKind::kWord)
      for (const std::string& w : elems[k - 1].words)
        if (w == "between"sv) return true;
  return false;
}

// "Crown Prince and Prime Minister Mohammed bin Salman": in a group of mentions, a role with no
// country beside named actors is a title of theirs, not another actor.
void drop_titles(const std::vector<Mention>& mentions, std::vector<int>& group) {
  bool any_named = false;
  for (int g : group) any_named |= !mentions[g].agent_only;
  if (any_named && group.size() > 1) std::erase_if(group, [&](int g) { return mentions[g].agent_only; });
}

bool is_punct(std::string_view w) {
  return !w.empty() && !std::isalnum(static_cast<unsigned char>(w[0])) && w[0] != '\'' &&
         static_cast<unsigned char>(w[0]) < 0x80;
}

constexpr std::array<std::string_view, 2> kConditionals = {"if", "unless"};
// What a clause after these describes in the present tense has not happened: "will not negotiate
// until the United States lifts sanctions" (no lifting is reported); in the past it has ("talks
// continued until Israel withdrew its delegation"). The clause before them stands as it is.
constexpr std::array<std::string_view, 2> kUntil = {"until", "till"};
// "would" is the future of reported speech ("said it would hit Iran hard") unless a condition
// goes with it ("would impose sanctions if ..."): see the modality rules in code_sentence.
constexpr std::array<std::string_view, 4> kModalHypotheticals = {"could", "might", "may", "should"};
constexpr std::array<std::string_view, 12> kSubordinators = {"if",      "unless", "when",  "whenever",
                                                             "although", "though", "because", "since",
                                                             "after",   "whether", "until", "till"};
// Nouns whose "that" opens a clause of its own: "rejected accusations by the United Kingdom that
// hackers had targeted British lawmakers" (the hackers, not China, targeted them).
constexpr std::array<std::string_view, 16> kContentNouns = {
    "accusation", "accusations", "allegation", "allegations", "claim", "claims", "report", "reports",
    "fear", "fears", "concern", "concerns", "evidence", "warning", "warnings", "news"};

// Nouns whose infinitive is their content, not an act done: "an offer to host talks", "plans to sell
// arms", "calls to halt the operation".
constexpr std::array<std::string_view, 32> kContentOfNouns = {
    "offer", "request", "proposal", "plan", "call", "appeal", "invitation", "bid", "attempt", "effort",
    "decision", "demand", "threat", "pledge", "promise", "commitment", "intention", "readiness", "willingness",
    "refusal", "order", "permission", "right", "chance", "opportunity", "move", "push", "initiative",
    "resolution", "vote", "authority", "agreement"};

// Does a new clause start at token i? At ";", ":", "but", "while", "whereas", and at ", and" /
// ", but" when what follows is a clause ("China praised Iran, and Russia criticized Ukraine") rather
// than the last item of a list ("thanked China, Russia, and Turkey for ...").
bool clause_break(const SentenceScratch& s, int i) {
  const std::vector<std::string>& folded = s.folded;
  const std::string& w = folded[i];
  const int n = static_cast<int>(folded.size());
  if (s.mention_at[i] >= 0) return false;
  if (w == ";"sv || w == ":"sv || w == "but"sv || w == "whereas"sv) return true;
  if (w == "while"sv && i > 0 && folded[i - 1] == ","sv) return false;  // the "," already broke
  if (w == "while"sv) return true;
  if (w == ","sv && i + 1 < n && (folded[i + 1] == "and"sv || folded[i + 1] == "but"sv || folded[i + 1] == "while"sv)) {
    if (folded[i + 1] != "and"sv || i + 2 >= n) return true;
    // The last comma of a list: "launched artillery, mortar, and rocket fire against ...", where the
    // item before it (one or two words after another comma) has no verb, nor has the one after "and".
    auto verb_like = [&](int t) {
      static constexpr std::array<std::string_view, 12> kAuxiliaries = {
          "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "also"};
      return (s.verb_lemma[t] != folded[t] && s.noun_lemma[t] == folded[t]) || in(std::string_view(folded[t]), kAuxiliaries);
    };
    for (int j = i - 1; j >= std::max(0, i - 3); --j) {
      if (folded[j] != ","sv) {
        if (verb_like(j) || (s.mention_at[j] >= 0 && !s.mentions[s.mention_at[j]].agent_only)) break;
        continue;
      }
      if (j < i - 1 && !verb_like(i + 2) && s.mention_at[i + 2] < 0) return false;
      break;
    }
    const int mi = s.mention_at[i + 2];
    if (mi < 0) return true;  // ", and is ready to ...": a coordinated predicate
    const int after = s.mentions[mi].end;
    if (after >= n) return false;
    const std::string& next = folded[after];
    const bool list_end = !std::isalnum(static_cast<unsigned char>(next[0])) ||
                          in(std::string_view(next), kPrepositions);
    return !list_end;
  }
  return false;
}

// Wire copy opens with a dateline: "KYIV, June 21 (Reuters) - Russian forces shelled ...". Returns
// the token after its dash, or 0 when the sentence has none. The place is not an actor of the story.
int dateline_end(const SentenceScratch& s, const Sentence& sentence) {
  const int n = static_cast<int>(s.folded.size());
  if (n < 3) return 0;
  const std::string& first = sentence.tokens[0].form;
  if (first.size() < 3) return 0;
  for (char ch : first)
    if (!(std::isupper(static_cast<unsigned char>(ch)) || ch == '-' || ch == '.' || (ch & 0x80))) return 0;
  for (int t = 1; t < std::min(n, 12); ++t) {
    const std::string& w = s.folded[t];
    if (w == "-"sv || w == "--"sv || w == "\xe2\x80\x94" || w == "\xe2\x80\x93") return t + 1;
    const std::string& form = sentence.tokens[t].form;
    const bool caps = std::all_of(form.begin(), form.end(), [](char ch) {
      return std::isupper(static_cast<unsigned char>(ch)) || ch == '.' || (ch & 0x80);
    });
    const bool ok = caps || w == ","sv || w == "("sv || w == ")"sv || std::isdigit(static_cast<unsigned char>(w[0])) ||
                    std::isupper(static_cast<unsigned char>(form[0]));  // month names, agency names
    if (!ok) return 0;
  }
  return 0;
}

std::string words(const Sentence& sentence, int begin, int end) {
  std::string out;
  for (int t = begin; t < end; ++t) out += (t > begin ? " " : "") + sentence.tokens[t].form;
  return out;
}

constexpr std::array<std::string_view, 23> kBaseFormLicensors = {
    "to", "will", "would", "can", "could", "should", "may", "might", "must", "shall", "'ll", "did", "does",
    "do", "not", "n't", "never", "and", "we", "they", "i", "you", "help"};  // "help mediate"

// See the predicate loop: may the base-form word at p be a verb here?
bool base_form_licensed(const SentenceScratch& s, int p, int clause_start) {
  int t = p - 1;
  // Skip adverbs: "to further strengthen", "will jointly implement".
  while (t >= clause_start && (s.folded[t].ends_with("ly") || s.folded[t] == "also"sv || s.folded[t] == "further"sv ||
                               s.folded[t] == "again"sv || s.folded[t] == "still"sv || s.folded[t] == "together"sv))
    --t;
  if (t < clause_start) return true;  // clause-initial: an imperative or a headline
  if (s.mention_at[t] >= 0) {  // a subject: "Russian Forces Shell Kherson", "Leaders Meet"
    // But not a modifier in an object's or a preposition's noun phrase: "discussed U.S. support for
    // Ukraine", "talked about U.S. support" (the support is a topic, not the subjects' act).
    // (Past a determiner: "discussed the U.S. support"; "the U.S. support Ukraine" is a clause.)
    // (An attack is its attacker's wherever it is named: "condemned the Houthi attack against Saudi
    // Arabia".)
    if (in(s.noun_lemma[p], kAttackNouns)) return true;
    int b = s.mentions[s.mention_at[t]].begin - 1;
    if (b >= clause_start && in(std::string_view(s.folded[b]), kDeterminers)) --b;
    if (b < clause_start) return true;
    const std::string& w = s.folded[b];
    const bool inflected_verb = s.verb_lemma[b] != w && s.noun_lemma[b] == w;
    return !(inflected_verb || in(std::string_view(w), kPrepositions));
  }
  return in(std::string_view(s.folded[t]), kBaseFormLicensors);
}

// A capitalised run that may be a person's name ("Mauro Vieira"), not an institution or a law
// ("Executive Order", "Gender Policy Council"): two to four words, none of them an institution word.
bool looks_like_person_name(const Sentence& sentence, int begin, int end) {
  static constexpr std::array<std::string_view, 30> kInstitutionWords = {
      "Administration", "Department", "Office", "Council", "Committee", "Commission", "Agency", "Bureau",
      "Act", "Order", "Law", "Plan", "Program", "Programme", "Initiative", "Summit", "Force", "Forum",
      "Group", "Alliance", "Agreement", "Fund", "Bank", "Center", "Centre", "Institute", "University",
      "Party", "Ministry", "House"};
  if (end - begin < 2 || end - begin > 4) return false;
  for (int t = begin; t < end; ++t) {
    const std::string& w = sentence.tokens[t].form;
    if (std::find(kInstitutionWords.begin(), kInstitutionWords.end(), std::string_view(w)) != kInstitutionWords.end())
      return false;
    for (char ch : w)
      if (std::isdigit(static_cast<unsigned char>(ch))) return false;
  }
  return true;
}

// --report-unmatched: person names in subject position (resolved or not), and the verb after a
// subject when no pattern knew it.
void report_clause(const Sentence& sentence, const SentenceScratch& s, int start, int end, int subject_mention,
                   int subject_end, int first_predicate, DocumentContext& context) {
  if (subject_mention >= 0) {
    const Mention& m = s.mentions[subject_mention];
    if (m.kind == ActorKind::kPerson && !m.name_tokens.empty()) {
      ++context.subject_names;
      if (!m.code.starts_with("---")) ++context.subject_names_resolved;
      else {
        ++context.subject_names_role_only;  // may take the document's country at its end
        context.unmatched_role_subjects.push_back(words(sentence, m.begin, m.end));
      }
    }
  } else {
    for (const auto& [b, e] : s.unresolved)
      if (b >= start && b <= start + 1 && (first_predicate < 0 || b < first_predicate) &&
          looks_like_person_name(sentence, b, e)) {
        ++context.subject_names;  // "Mauro Vieira said ...", with no dictionary entry
        context.unmatched_subjects.push_back(words(sentence, b, e));
        break;
      }
  }
  if (first_predicate < 0 && subject_end > 0 && subject_end < end) {
    int t = subject_end;
    while (t < end && (s.folded[t] == "also"sv || s.folded[t] == "further"sv || s.folded[t] == "then"sv)) ++t;
    if (t < end && std::islower(static_cast<unsigned char>(sentence.tokens[t].form[0])) &&
        s.verb_lemma[t] != s.folded[t] && s.mention_at[t] < 0 && !s.speech_verb[t])
      context.unmatched_predicates.push_back(s.verb_lemma[t]);
  }
}

}  // namespace

struct SentenceCoder::Match {
  int end = 0;
  int target = -1;        // mention index
  bool has_target_slot = false;
  int source = -1;        // mention index for $S
  bool reciprocal = false;  // the target is "each other" / "one another"
  int pronoun = -1;         // the target is "him"/"her"/"them": its token
  bool both_sides = false;  // the target is "both sides" / "the two countries": the document's pair
  bool passive_slot = false;  // the target slot was left to a passive's subject ("was killed in ...")
  bool positional = false;    // no target slot: the target is the actor standing after the pattern
  int gap_word = -1;  // the token matched right after a "...": "emphasized concerns about the PRC's support"
};

void SentenceCoder::split_state_pairs(Sentence& sentence) const {
  auto names_a_state = [&](const std::string& word) {
    if (word.empty() || !std::isupper(static_cast<unsigned char>(word[0]))) return false;
    Sentence one;
    Token token;
    token.form = word;
    one.tokens.push_back(std::move(token));
    const std::vector<std::string> folded{text::fold(word)};
    std::vector<lexicon_internal::PhraseHit> hits;
    lexicon_.find_phrases(one, folded, hits);
    for (const auto& hit : hits) {
      const auto& phrase = lexicon_.phrases[hit.phrase];
      if (hit.end == 1 && phrase.actor >= 0 && lexicon_.actors[phrase.actor].kind == ActorKind::kState) return true;
    }
    return false;
  };
  for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
    const Token& token = sentence.tokens[i];
    const std::string& form = token.form;
    if (form.find('-') == std::string::npos || form.size() != token.end - token.start) continue;
    // Only before a noun of talks or conflict between them ("Russia-Ukraine talks", "the Iran-Iraq
    // war"); elsewhere the pair names a relationship, a topic ("advance the U.S.-India partnership",
    // "hosting the U.S.-Russia Summit").
    // (One word may stand between: "US-China trade talks", "Russia-Ukraine Peace Talks".)
    auto pair_noun_at = [&](std::size_t k) {
      return k < sentence.tokens.size() && in(std::string_view(text::fold(sentence.tokens[k].form)), kPairNouns);
    };
    if (!pair_noun_at(i + 1) && !(i + 1 < sentence.tokens.size() &&
                                  std::isalpha(static_cast<unsigned char>(sentence.tokens[i + 1].form[0])) &&
                                  pair_noun_at(i + 2)))
      continue;
    std::vector<std::string> parts;
    for (std::size_t from = 0;;) {
      const std::size_t dash = form.find('-', from);
      parts.push_back(form.substr(from, dash == std::string::npos ? std::string::npos : dash - from));
      if (dash == std::string::npos) break;
      from = dash + 1;
    }
    if (parts.size() < 2 || parts.size() > 3 || !std::all_of(parts.begin(), parts.end(), names_a_state)) continue;
    std::vector<Token> split;
    std::uint32_t at = token.start;
    auto piece = [&](std::string form) {
      Token t;
      t.start = at;
      t.end = at + static_cast<std::uint32_t>(form.size());
      t.form = std::move(form);
      at = t.end;
      split.push_back(std::move(t));
    };
    for (std::size_t k = 0; k < parts.size(); ++k) {
      if (k > 0) piece("-");
      piece(std::string(parts[k]));
    }
    sentence.tokens.erase(sentence.tokens.begin() + static_cast<long>(i));
    sentence.tokens.insert(sentence.tokens.begin() + static_cast<long>(i), split.begin(), split.end());
    i += split.size() - 1;
  }
}

void SentenceCoder::prepare(const Sentence& sentence, DocumentContext& context,
                           SentenceScratch& s) const {
  const std::size_t n = sentence.tokens.size();
  s.folded.resize(n);
  s.verb_lemma.resize(n);
  s.noun_lemma.resize(n);
  s.word.resize(n);
  s.phrase_starts.resize(n);
  if (s.word_infos.size() > 200000) {  // bound memory on huge corpora
    s.word_index = syntax::StringTable();
    s.word_infos.clear();
  }
  for (std::size_t i = 0; i < n; ++i) {
    s.folded[i] = text::fold(sentence.tokens[i].form);
    bool known = false;
    const std::string_view slot = s.word_index.find(s.folded[i], &known);
    std::uint32_t index;
    if (known) {
      std::memcpy(&index, slot.data(), sizeof index);
    } else {
      SentenceScratch::WordInfo info;
      info.verb_lemma = lemmatizer_.lemma(s.folded[i], "VERB");
      info.noun_lemma = lemmatizer_.lemma(s.folded[i], "NOUN");
      const std::array<const std::string*, 3> keys = {&s.folded[i], &info.verb_lemma, &info.noun_lemma};
      for (std::size_t k = 0; k < keys.size(); ++k) {
        bool repeated = false;
        for (std::size_t j = 0; j < k; ++j) repeated |= *keys[j] == *keys[k];
        if (repeated) continue;
        auto it = lexicon_.patterns_by_predicate.find(*keys[k]);
        if (it != lexicon_.patterns_by_predicate.end()) info.patterns[k] = &it->second;
      }
      info.ids = {lexicon_.pattern_word_id(s.folded[i]), lexicon_.pattern_word_id(info.verb_lemma),
                  lexicon_.pattern_word_id(info.noun_lemma)};
      info.classes = lemmatizer_.word_classes(s.folded[i]);
      info.phrases = lexicon_.phrases_starting(s.folded[i]);
      index = static_cast<std::uint32_t>(s.word_infos.size());
      s.word_infos.push_back(std::move(info));
      s.word_index.insert(s.folded[i], std::string_view(reinterpret_cast<const char*>(&index), sizeof index));
    }
    const SentenceScratch::WordInfo& info = s.word_infos[index];
    s.word[i] = &info;
    s.phrase_starts[i] = info.phrases;
    s.verb_lemma[i] = info.verb_lemma;
    s.noun_lemma[i] = info.noun_lemma;
  }
  if (++s.stamp == 0) {  // (wrapped: forget every stamp)
    s.word_stamp.assign(s.word_stamp.size(), 0);
    s.stamp = 1;
  }
  const std::size_t words = lexicon_.pattern_word_ids.size() + 1;
  if (s.word_last.size() != words) {
    s.word_last.assign(words, -1);
    s.word_stamp.assign(words, 0);
  }
  for (std::size_t i = 0; i < n; ++i)
    for (const std::uint32_t id : s.word[i]->ids)
      if (id != 0 && id < words) {
        s.word_last[id] = static_cast<int>(i);
        s.word_stamp[id] = s.stamp;
      }
  find_mentions(lexicon_, sentence, s.folded, context.date, context.names, s.hits, s.mentions, s.unresolved,
                &s.phrase_starts);
  // "Ukraine's air force said its jets struck ...": a role after "its"/"their" belongs to the
  // nearest actor before it that has a country, one not named as a place where there is one
  // ("Egypt ... sent troops to Yemen and urged its nationals"). (The sentence is
  // not parsed yet.)
  for (std::size_t m = 0; m < s.mentions.size(); ++m) {
    Mention& mention = s.mentions[m];
    if (!mention.agent_only || mention.begin == 0) continue;
    const std::string& before = s.folded[mention.begin - 1];
    if (before != "its"sv && before != "their"sv) continue;
    auto after_preposition = [&](const Mention& k) {
      int t = k.begin - 1;
      if (t >= 0 && s.folded[t] == "the"sv) --t;
      return t >= 0 && in(std::string_view(s.folded[t]), kPlacePrepositions);
    };
    // (Nor one inside an indefinite description: "Egypt, a close U.S. ally, ... urged its nationals".)
    auto described = [&](const Mention& k) {
      for (int t = k.begin - 1; t >= 0 && t >= k.begin - 2; --t)
        if (s.folded[t] == "a"sv || s.folded[t] == "an"sv) return true;
      return false;
    };
    std::string nearest, nearest_free;
    for (std::size_t k = m; k-- > 0;) {
      const std::string country = country_of(s.mentions[k].code);
      if (country.empty()) continue;
      if (nearest.empty()) nearest = country;
      if (!after_preposition(s.mentions[k]) && !described(s.mentions[k])) {
        nearest_free = country;
        break;
      }
    }
    const std::string& country = nearest_free.empty() ? nearest : nearest_free;
    if (!country.empty()) {
      mention.code = country + mention.code.substr(3);
      mention.agent_only = false;
    }
  }
  for (const Mention& m : s.mentions)
    if (m.kind == ActorKind::kPerson && !m.agent_only && !m.code.empty()) {
      auto& people = context.recent_people;
      people.erase(std::remove(people.begin(), people.end(), m.code), people.end());
      people.push_back(m.code);
      if (people.size() > 8) people.erase(people.begin());
    }
  s.mention_at.assign(n, -1);
  for (std::size_t m = 0; m < s.mentions.size(); ++m)
    for (int t = s.mentions[m].begin; t < s.mentions[m].end; ++t) s.mention_at[t] = static_cast<int>(m);
}

bool SentenceCoder::match_pattern(const VerbPattern& pattern, int predicate, int clause_end,
                                 const SentenceScratch& s, Match& match) const {
  const auto& elems = pattern.elements;
  // Every word the pattern requires after its predicate must stand somewhere after it (prepare
  // noted where each pattern word last occurs): most patterns tried fail here, cheaply.
  for (std::size_t k = 1; k < elems.size(); ++k) {
    const PatternElement& e = elems[k];
    if (e.kind != ElementKind::kWord || e.optional) continue;
    bool follows = false;
    for (const std::uint32_t id : e.ids)
      follows = follows || (id < s.word_last.size() && s.word_stamp[id] == s.stamp && s.word_last[id] > predicate);
    if (!follows) return false;
  }
  // Force, and recognition, are done to someone: "recognized the importance of ..." is no 054.
  // (So is sending forces to protect someone: "sent police to the border" is no 074.)
  const bool material_conflict = (pattern.code.size() >= 2 && pattern.code.compare(0, 2, "15") >= 0) ||
                                 pattern.code == "054"sv || pattern.code == "074"sv;
  const bool passive_form = after_be(s.folded, predicate);
  auto word_matches = [&](const PatternElement& e, int t) {
    // Words of an actor's name are not pattern words; a role word may be: "Russia mobilized troops",
    // "deployed Russian troops to the border" (`mobilize ... troop`, `deploy troop to $T`).
    if (const int mi = s.mention_at[t]; mi >= 0) {
      const Mention& m = s.mentions[mi];
      // (Nor may an actor's name, unless it is common words: "withdraw its peacekeeping force from
      // Chad" is `withdraw ... force from $T`.)
      if ((m.agent_rule.empty() && !m.common_noun) ||
          std::find(m.name_tokens.begin(), m.name_tokens.end(), t) != m.name_tokens.end())
        return false;
    }
    // A preposition of time is not the pattern's: "agreed in principle on Saturday to provide aid"
    // is no "agree on".
    if (t + 1 < static_cast<int>(s.folded.size()) && (s.folded[t] == "on"sv || s.folded[t] == "in"sv) &&
        (in(s.folded[t + 1], kDayAndMonthNames) || (t + 2 < static_cast<int>(s.folded.size()) &&
                                                    s.folded[t + 1] == "the"sv && in(s.folded[t + 2], kTimeNouns))))
      return false;
    const std::array<std::uint32_t, 3>& ids = s.word[t]->ids;  // the words, as numbers
    for (const std::uint32_t w : e.ids)
      if (w == ids[0] || w == ids[1] || w == ids[2]) return true;
    return false;
  };
  // A comma inside a list of words: ", and", ", or", or one word between two such commas.
  const int n = static_cast<int>(s.folded.size());
  auto list_comma = [&](int t) {
    auto joins = [&](int u) { return u < n && (s.folded[u] == ","sv || s.folded[u] == "and"sv || s.folded[u] == "or"sv); };
    return t + 1 < n && (s.folded[t + 1] == "and"sv || s.folded[t + 1] == "or"sv ||
                         (s.mention_at[t + 1] < 0 && !is_punct(s.folded[t + 1]) && joins(t + 2)));
  };
  // Depth-first over elements; `slack` is how far the element may start after `pos`.
  auto step = [&](auto&& self, std::size_t k, int pos, int slack, Match m) -> bool {
    if (k == elems.size()) {
      match = m;
      match.end = pos;
      return true;
    }
    const PatternElement& e = elems[k];
    const int last = std::min(clause_end - 1, pos + slack);
    switch (e.kind) {
      case ElementKind::kGap:
        return self(self, k + 1, pos, kMaxOpenGap, m);
      case ElementKind::kWord:
        for (int t = pos; t <= last; ++t) {
          if (!word_matches(e, t)) {
            if (s.folded[t] == ";"sv) break;
            // A "..." reaches over the commas of a list ("launched artillery, mortar, and rocket fire
            // against"), not over others.
            if (s.folded[t] == ","sv && !(k > 0 && elems[k - 1].kind == ElementKind::kGap && list_comma(t))) break;
            continue;
          }
          Match with = m;
          // (The word after a "...", whose owner the caller may check: "the PRC's support".)
          if (k > 0 && elems[k - 1].kind == ElementKind::kGap && with.gap_word < 0) with.gap_word = t;
          if (self(self, k + 1, t + 1, kMaxGap, with)) return true;
          if (s.folded[t] == ","sv || s.folded[t] == ";"sv) break;
        }
        return e.optional && self(self, k + 1, pos, slack, m);
      case ElementKind::kTarget:
      case ElementKind::kSource: {
        const bool target = e.kind == ElementKind::kTarget;
        if (target) m.has_target_slot = true;
        // Force named by a list of verbs is done to the object after the last: "gunmen killed and
        // wounded dozens of Afghan soldiers", "troops looted, burned and destroyed villages". (Active
        // past forms only: not nouns, "the missile attacks and emphasized ...", nor "has been killed,
        // wounded or imprisoned by".)
        auto past_form = [&](int w) {
          return s.folded[w].size() > 3 && s.folded[w].ends_with("ed") &&
                 (s.word[w]->classes & syntax::Lemmatizer::kVerbPast) != 0;
        };
        if (target && material_conflict && k == 1 && pos == predicate + 1 && !passive_form && past_form(predicate))
          for (int hops = 0; hops < 3 && pos + 1 < clause_end; ++hops) {
            int w = pos;
            if (s.folded[w] == ","sv && s.folded[w + 1] == "and"sv) ++w;
            if (s.folded[w] != ","sv && s.folded[w] != "and"sv) break;
            ++w;
            if (w >= clause_end || s.mention_at[w] >= 0 || !past_form(w)) break;
            pos = w + 1;
          }
        bool possessor = false;
        // Force reaches further: "killed at least eight top al-Qaeda leaders", "killed the deputy chief
        // of Israel's militia".
        // (Violence only: killing and the like, or a strike "against"/"on" something; not "hit a
        // 30-year high for Hispanic families", "strike a chord with rural families".)
        static constexpr std::array<std::string_view, 10> kHarmVerbs = {
            "kill", "wound", "injure", "murder", "assassinate", "execute", "massacre", "abduct", "kidnap", "behead"};
        const bool after_preposition =
            k > 0 && elems[k - 1].kind == ElementKind::kWord && pos > 0 &&
            (s.folded[pos - 1] == "against"sv || s.folded[pos - 1] == "on"sv || s.folded[pos - 1] == "at"sv);
        // (And a loss named before its mourner: "offered his condolences for the recent loss of the
        // Prime Minister's brother".)
        const bool loss_of = [&] {
          for (int t = pos; t < std::min(clause_end - 1, pos + kMaxTargetLead + 1); ++t)
            if ((s.noun_lemma[t] == "loss"sv || s.noun_lemma[t] == "death"sv || s.noun_lemma[t] == "passing"sv) &&
                s.folded[t + 1] == "of"sv)
              return true;
          return false;
        }();
        // (So does custody: "detained 304 serving and former military personnel".)
        static constexpr std::array<std::string_view, 6> kCustodyVerbs = {"arrest", "detain", "jail",
                                                                          "imprison", "abduct", "kidnap"};
        int lead = (pattern.code.compare(0, 2, "18") >= 0 && (in(s.verb_lemma[predicate], kHarmVerbs) || after_preposition)) ||
                           (pattern.code.starts_with("17"sv) && in(s.verb_lemma[predicate], kCustodyVerbs)) ||
                           loss_of
                       ? kMaxForceTargetLead
                       : kMaxTargetLead;
        // Force on something in a place is force on the place's state: "drones struck an oil refinery in
        // Russia's Krasnodar region".
        // (Not for force named inside a phrase of manner: "detained seven journalists in dawn raids on
        // their homes in Istanbul".)
        const bool manner = (predicate >= 1 && in(s.folded[predicate - 1], kPrepositions)) ||
                            (predicate >= 2 && in(s.folded[predicate - 2], kPrepositions));
        if (target && !manner && pattern.code.compare(0, 2, "18") >= 0)
          for (int t = pos; t <= std::min(clause_end - 1, pos + lead); ++t)
            if (s.folded[t] == "in"sv || s.folded[t] == "near"sv || s.folded[t] == "inside"sv) {
              lead = std::max(lead, t - pos + 3);
              break;
            }
        // Who is condemned for an attack is who made it, not those it struck or where: "condemned the
        // attack on a school in Kano" names no one condemned; "the attack on Israel by Hamas" does.
        const bool disapproval = pattern.code.starts_with("11"sv) || pattern.code.starts_with("12"sv);
        bool victims = false;
        for (int t = pos; t <= std::min(clause_end - 1, pos + std::max(slack, lead)); ++t) {
          const int mi = s.mention_at[t];
          if (target && disapproval && t + 1 < clause_end) {
            // (Where an attack happened is struck too; "concern over the violence in Myanmar" is
            // concern with Myanmar.)
            const std::string& next = s.folded[t + 1];
            if (mi < 0 && next == "of"sv && in(s.noun_lemma[t], kPatientNouns)) victims = true;
            // ("opposes external interference in Egypt's internal affairs": Egypt is interfered with.)
            if (mi < 0 && (next == "in"sv || next == "into"sv) && in(s.noun_lemma[t], kInterferenceNouns)) victims = true;
            if (mi < 0 &&
                ((in(s.noun_lemma[t], kAttackNouns) &&
                  (next == "in"sv || next == "near"sv || next == "at"sv)) ||
                 (force_noun(s.noun_lemma[t]) &&
                  (next == "on"sv || next == "against"sv || next == "targeting"sv))))
              victims = true;
            if (s.folded[t] == "by"sv || s.folded[t] == "from"sv) victims = false;
          }
          if (victims && mi >= 0 && s.mentions[mi].begin == t) {
            t = s.mentions[mi].end - 1;
            continue;
          }
          // Force "by" someone is theirs, not done to them: "attacks by Iran and Iranian-aligned
          // militias" (the owned-force rule makes them the source; a passive's agent is read apart).
          if (target && material_conflict && !passive_form && mi >= 0 && s.mentions[mi].begin == t && t > pos &&
              s.folded[t - 1] == "by"sv) {
            t = s.mentions[mi].end - 1;
            continue;
          }
          // Where an act comes from is not its object: "rocket attacks from Gaza into Israel".
          // (Force only: "conceded to demands from UNITA" yields to those it comes from.)
          if (target && material_conflict && mi >= 0 && s.mentions[mi].begin == t && t > pos &&
              s.folded[t - 1] == "from"sv)
            continue;
          // Nor is where a meeting takes place the one met: "met today in Washington with Prime
          // Minister Store".
          if (target && pattern.code.starts_with("04"sv) && mi >= 0 && s.mentions[mi].begin == t && t > pos &&
              (s.folded[t - 1] == "in"sv || s.folded[t - 1] == "at"sv)) {
            t = s.mentions[mi].end - 1;
            continue;
          }
          if (mi >= 0 && s.mentions[mi].begin == t) {
            // A possessor is not the slot when more pattern words follow: in "welcomed President
            // Zelenskyy's commitment to a just peace" the one welcomed is the commitment, so
            // `welcome $T to` (a guest's arrival) must not read through it (`welcome $T 's` may).
            const int after = s.mentions[mi].end;
            if (after < clause_end && (s.folded[after] == "'s"sv || s.folded[after] == "'"sv) &&
                k + 1 < elems.size() && elems[k + 1].kind == ElementKind::kWord &&
                !word_matches(elems[k + 1], after)) {
              possessor = true;
              break;
            }
            // Nor is a guest an actor that only modifies the noun after it: "welcomed the EU decision
            // to impose sanctions" welcomes a decision.
            if (target && pattern.code == "043"sv && in(s.verb_lemma[predicate], kHostVerbs) && after < clause_end &&
                k + 1 < elems.size() && elems[k + 1].kind == ElementKind::kWord && !word_matches(elems[k + 1], after) &&
                s.mention_at[after] < 0 && !in(s.folded[after], kPrepositions) && s.folded[after] != "and"sv &&
                !is_punct(s.folded[after]) && !in(s.folded[after], kDayAndMonthNames) &&
                s.folded[after] != "today"sv && s.folded[after] != "yesterday"sv &&
                (s.word[after]->classes &
                 (syntax::Lemmatizer::kNounLemma | syntax::Lemmatizer::kNounPlural)) != 0) {
              possessor = true;
              break;
            }
            Match with = m;
            (target ? with.target : with.source) = mi;
            // (The noun of members or partners the actor names belongs to the slot: "urged its NATO
            // allies to send more troops".)
            int next_pos = s.mentions[mi].end;
            if (static constexpr std::array<std::string_view, 6> kMemberNouns = {
                    "partners", "allies", "members", "counterparts", "neighbours", "neighbors"};
                next_pos < clause_end && in(s.folded[next_pos], kMemberNouns))
              ++next_pos;
            // (And the "of" phrases naming whose they are: "pressured leaders of the Nigeria Labour Congress
            // to call off the strike".)
            for (int hops = 0; hops < 3 && next_pos + 1 < clause_end && s.folded[next_pos] == "of"sv; ++hops) {
              int u = next_pos + 1;
              // (The article may open the name or stand before it: "of the Philippines", "of the NLC".)
              if (s.folded[u] == "the"sv && u + 1 < clause_end && s.mention_at[u] < 0) ++u;
              if (s.mention_at[u] < 0 || s.mentions[s.mention_at[u]].begin != u) break;
              next_pos = s.mentions[s.mention_at[u]].end;
            }
            // (And a name in brackets after it: "the Nigeria Labour Congress (NLC) to".)
            if (next_pos < clause_end && s.folded[next_pos] == "("sv)
              for (int u = next_pos + 1; u < std::min(clause_end, next_pos + 8); ++u)
                if (s.folded[u] == ")"sv) {
                  // (Not a possessor's: "the People's Republic of China (PRC)'s attempts to".)
                  if (u + 1 >= clause_end || (s.folded[u + 1] != "'s"sv && s.folded[u + 1] != "'"sv)) next_pos = u + 1;
                  break;
                }
            if (self(self, k + 1, next_pos, kMaxGap, with)) return true;
            break;
          }
          // "thank him for answering Haiti's call": the object pronoun is the slot (below), not a
          // name further on.
          if (is_punct(s.folded[t]) || s.folded[t] == "and"sv || s.folded[t] == "him"sv || s.folded[t] == "her"sv ||
              s.folded[t] == "them"sv)
            break;
        }
        // "support each other": the target is the source's partner (resolved by the caller).
        if (target && pos + 1 < clause_end &&
            ((s.folded[pos] == "each"sv && s.folded[pos + 1] == "other"sv) ||
             (s.folded[pos] == "one"sv && s.folded[pos + 1] == "another"sv))) {
          Match with = m;
          with.reciprocal = true;
          return self(self, k + 1, pos + 2, kMaxGap, with);
        }
        // "urged both sides to exercise restraint": the two parties of the document (resolved by
        // the caller).
        if (target) {
          int t = pos;
          if (t < clause_end && s.folded[t] == "the"sv) ++t;
          if (t + 1 < clause_end && (s.folded[t] == "two"sv || s.folded[t] == "both"sv) &&
              in(std::string_view(s.folded[t + 1]), kJointSubjects)) {
            Match with = m;
            with.both_sides = true;
            return self(self, k + 1, t + 2, kMaxGap, with);
          }
        }
        // "congratulated her on her election": a person named before (resolved by the caller).
        // (Not past the clause: a pattern whose words ended it has no pronoun left to find.)
        if (target && pos < clause_end &&
            (s.folded[pos] == "him"sv || s.folded[pos] == "her"sv || s.folded[pos] == "them"sv) &&
            (pos + 1 >= clause_end || !std::isalpha(static_cast<unsigned char>(s.folded[pos + 1][0])) ||
             in(s.folded[pos + 1], kPrepositions) || s.folded[pos + 1] == "to"sv)) {
          Match with = m;
          with.pronoun = pos;
          return self(self, k + 1, pos + 1, kMaxGap, with);
        }
        // No actor there: the slot is a noun phrase we cannot code ("calls on other parties to").
        // Force against no one named is not coded: "shell companies" is no shelling.
        // But a passive's target stands before it: "a journalist was killed in a car bomb explosion"
        // (`kill $T`; the tree finds the subject).
        if (target && material_conflict) {
          if (k != 1 || !passive_form) return false;
          Match with = m;
          with.passive_slot = true;
          return self(self, k + 1, pos, kMaxGap + 3, with);
        }
        // A guest is someone: "welcomes the prisoner exchange in Yemen" welcomes a thing (051),
        // "received his J.D. from Yale" hosts no one.
        if (target && pattern.code == "043"sv && in(s.verb_lemma[predicate], kHostVerbs)) return false;
        // Nor is a threat made to no one: "threatening free markets", "threaten the safety of ...".
        if (target && pattern.code.starts_with("13"sv)) return false;
        if (pos < clause_end && !is_punct(s.folded[pos]) && !possessor)
          return self(self, k + 1, pos + 1, kMaxGap + 3, m);
        return false;
      }
    }
    return false;
  };
  return step(step, 1, predicate + 1, kMaxGap, Match{});
}

void SentenceCoder::code_sentence(Sentence& sentence, DocumentContext& context, SentenceScratch& s,
                                 std::vector<RawEvent>& out) const {
  split_state_pairs(sentence);
  prepare(sentence, context, s);
  if (context.trace != nullptr) {
    std::string tokens = "sentence " + std::to_string(sentence.index) + ":";
    for (std::size_t t = 0; t < sentence.tokens.size(); ++t) {
      tokens += " " + std::to_string(t) + ":" + sentence.tokens[t].form;
      if (s.verb_lemma[t] != s.folded[t] || s.noun_lemma[t] != s.folded[t])
        tokens += "(" + s.verb_lemma[t] + "/" + s.noun_lemma[t] + ")";
    }
    context.trace->push_back(tokens);
    for (const Mention& m : s.mentions)
      context.trace->push_back("  actor [" + std::to_string(m.begin) + "," + std::to_string(m.end) + ") '" +
                               words(sentence, m.begin, m.end) + "' -> " + m.code +
                               (m.rule.empty() ? std::string(" (remembered name)") : "  " + std::string(m.rule)));
    for (const auto& [b, e] : s.unresolved)
      context.trace->push_back("  no actor for '" + words(sentence, b, e) + "'");
  }
  s.speech_verb.assign(sentence.tokens.size(), 0);
  if (context.report)
    for (const auto& [b, e] : s.unresolved) context.unmatched_names.push_back(words(sentence, b, e));
  const int n = static_cast<int>(sentence.tokens.size());
  if (n == 0) return;

  // The parties named before this sentence: "the leaders" and "they" are among them, not among those
  // the sentence itself goes on to name ("The leaders expressed their concern about Russia's ...").
  const std::size_t named_before = context.participants.size();
  for (const Mention& m : s.mentions) {
    if (m.agent_only) continue;
    if (std::find(context.participants.begin(), context.participants.end(), m.code) == context.participants.end())
      context.participants.push_back(m.code);
    if (sector_of(m.code) == "GOV"sv) {
      std::string c = country_of(m.code);
      if (!c.empty() && std::find(context.government_countries.begin(), context.government_countries.end(), c) ==
                            context.government_countries.end())
        context.government_countries.push_back(c);
    }
  }

  // Clauses: [start, end) ranges, with their speaker (reported speech) if any.
  struct Clause {
    int start = 0;
    int end = 0;
    ActorSpan speaker;        // code empty = not reported speech
    std::vector<ActorSpan> subjects;  // the clause's subject (compound allowed)
    int subject_end = -1;     // token after the subject
    bool conditional = false; // the consequent of a condition: "... would impose sanctions if ..."
    bool condition = false;   // the condition itself: "if Tehran did not change course"
    int antecedent = -1;      // relative clause: the mention "who"/"which" refers to
    bool subordinate = false; // "after ...", "if ...": never inherits the main clause's subject
    int subject_mention = -1; // the mention that is the subject, when the clause names it
    bool denied = false;      // the content of claims denied: "denied reports that Tehran had supplied drones"
  };
  std::vector<Clause> clauses;
  // An attribution tail whose verb accuses ("..., a rights group protested", "..., Amnesty
  // International charged"): the speaker's accusation of what the words before it say.
  int accusing_tail = -1;
  std::vector<int> clause_of(n, -1);  // -1: in no clause (a dateline, a trailing "he said")
  {
    Clause c;
    c.start = dateline_end(s, sentence);
    // The dateline's place is where the story happens: roles with no country ("police") are its.
    for (int t = 0; t < c.start && context.home_country.empty(); ++t)
      if (s.mention_at[t] >= 0) context.home_country = country_of(s.mentions[s.mention_at[t]].code);
    // "Should Iran attack any of our nationals, it will face ...": an inverted condition.
    auto inverted_condition = [&](int t) {
      return t + 1 < n && s.folded[t] == "should"sv &&
             (s.mention_at[t + 1] >= 0 || (t + 2 < n && s.folded[t + 1] == "the"sv && s.mention_at[t + 2] >= 0) ||
              s.folded[t + 1] == "they"sv || s.folded[t + 1] == "it"sv);
    };
    for (int i = c.start; i < n; ++i) {
      // "If Russia attacks Ukraine, the United States will ...": a subordinate clause ends at its comma,
      // and the clause after a conditional is hypothetical too.
      const bool subordinate_end = s.folded[i] == ","sv && c.start < n &&
                                   (in(s.folded[c.start], kSubordinators) || inverted_condition(c.start));
      if (i == c.start && (inverted_condition(i) || in(s.folded[i], kConditionals))) c.condition = true;
      const bool relative_end = s.folded[i] == ","sv && c.antecedent >= 0;
      if ((subordinate_end || relative_end || clause_break(s, i)) && i > c.start) {
        c.end = i;
        clauses.push_back(c);
        Clause next;
        next.start = i + 1;
        next.speaker = c.speaker;  // "X said that A, and B": B is still X's words
        next.conditional = subordinate_end && (in(s.folded[c.start], kConditionals) || inverted_condition(c.start));
        c = next;
        continue;
      }
      // "... delivered aid to Myanmar after an earthquake killed 1,600 people", "... would impose
      // sanctions if Tehran did not change course": a subordinate clause has its own subject.
      // What a demand asks for has not happened: "reiterated its demand that Israel ease
      // restrictions" reports no easing.
      const bool demand_that = s.folded[i] == "that"sv && i > c.start && in(s.noun_lemma[i - 1], kDemandNouns);
      const bool content_that = s.folded[i] == "that"sv && i > c.start &&
                                (in(s.folded[i - 1], kContentNouns) || s.mention_at[i - 1] >= 0 || demand_that);
      if (i > c.start && (in(s.folded[i], kSubordinators) || content_that) && s.folded[i - 1] != ","sv) {
        c.end = i;
        if (in(s.folded[i], kConditionals)) c.conditional = true;  // the consequent of the condition
        clauses.push_back(c);
        Clause next;
        next.start = i + 1;
        next.speaker = c.speaker;
        next.subordinate = true;
        // "denied reports that Tehran had supplied drones to Russia": what the denied claims say is
        // not asserted.
        // (Also with the claim's author between: "rejected accusations by the United Kingdom that
        // hackers ... had targeted British lawmakers".)
        int claim = -1;
        if (content_that)
          for (int t = i - 1; t >= std::max(c.start, i - 6) && claim < 0; --t)
            if (in(s.folded[t], kContentNouns)) claim = t;
        if (claim >= 0)
          for (int t = claim - 1; t >= std::max(c.start, claim - 5); --t)
            if (denial_verb(s.verb_lemma[t])) {
              next.denied = true;
              break;
            }
        next.condition = in(s.folded[i], kConditionals) || demand_that || (in(s.folded[i], kUntil) && [&] {
                           // The first inflected word after "until", names aside: "surrenders",
                           // "lifts" (present: not yet) or "withdrew", "agreed" (past: it happened).
                           for (int t = i + 1; t < n && t <= i + 8 && !is_punct(s.folded[t]); ++t) {
                             if (s.mention_at[t] >= 0 || s.verb_lemma[t] == s.folded[t] || s.folded[t].empty())
                               continue;
                             return s.folded[t].back() == 's' && !s.folded[t].ends_with("ss");
                           }
                           return true;  // "until they agree"
                         }());
        c = next;
        continue;
      }
      // "Russian forces shelled Kherson, regional governor Oleksandr Prokudin said on Friday." and
      // "..., said Prokudin": the words after the comma name the speaker of everything before.
      if (s.folded[i] == ","sv && i > c.start) {
        int j = i + 1, who = -1, verb = -1;
        ActorSpan pronoun;  // "..., he said."
        if (j + 1 < n && s.folded[j] == "the"sv && s.mention_at[j + 1] >= 0) ++j;  // "..., the ministry said."
        // ("..., relief officials in Nairobi said.": a word or two before the speaker's role.)
        for (int skip = 0; skip < 2 && j + 1 < n && s.mention_at[j] < 0 && !is_punct(s.folded[j]) &&
                           s.verb_lemma[j] == s.folded[j] && !in(s.verb_lemma[j], kSpeechVerbs);
             ++skip)
          if (s.mention_at[j + 1] >= 0 || (skip == 0 && j + 2 < n && s.mention_at[j + 2] >= 0 &&
                                           s.mention_at[j + 1] < 0 && !is_punct(s.folded[j + 1])))
            ++j;
          else
            break;
        if (j < n && s.mention_at[j] >= 0) {
          who = s.mention_at[j];
          j = s.mentions[who].end;
          // ("officials in Nairobi said": where the speaker is.)
          if (j + 1 < n && (s.folded[j] == "in"sv || s.folded[j] == "from"sv) && s.mention_at[j + 1] >= 0)
            j = s.mentions[s.mention_at[j + 1]].end;
        } else if (j < n && (s.folded[j] == "he"sv || s.folded[j] == "she"sv) && !context.last_person.empty()) {
          pronoun = {context.last_person, j, j + 1};
          ++j;
        }
        static constexpr std::array<std::string_view, 6> kAccusingSpeech = {"protest", "charge", "allege",
                                                                            "complain", "accuse", "denounce"};
        const bool accusing = j < n && s.mention_at[j] < 0 && in(s.verb_lemma[j], kAccusingSpeech) &&
                              (j + 1 >= n || is_punct(s.folded[j + 1]) || s.mention_at[j + 1] < 0);
        if (j < n && s.mention_at[j] < 0 && (in(s.verb_lemma[j], kSpeechVerbs) || accusing)) {
          verb = j;
          if (accusing) accusing_tail = j;
          if (who < 0 && j + 1 < n && s.mention_at[j + 1] >= 0) {
            who = s.mention_at[j + 1];
            j = s.mentions[who].end - 1;
          }
        }
        bool tail = (who >= 0 || !pronoun.code.empty()) && verb >= 0 && n - j <= 8;
        for (int t = j + 1; tail && t < n; ++t)
          if (s.mention_at[t] >= 0 || s.folded[t] == "that"sv || s.folded[t] == ","sv) tail = false;
        if (!tail && verb >= 0 && verb == accusing_tail) accusing_tail = -1;
        if (tail) {
          const ActorSpan speaker =
              who >= 0 ? ActorSpan{s.mentions[who].code, s.mentions[who].begin, s.mentions[who].end} : pronoun;
          s.speech_verb[verb] = 1;
          c.end = i;
          clauses.push_back(c);
          for (Clause& k : clauses)
            if (k.speaker.code.empty()) k.speaker = speaker;
          c = Clause{};
          c.start = n;  // the attribution itself codes nothing
          break;
        }
      }
      // "Brazilian Foreign Minister Mauro Vieira, who is on an official visit to China": a relative
      // clause whose subject is the actor before the comma.
      if ((s.folded[i] == "who"sv || s.folded[i] == "which"sv) && i > c.start && s.folded[i - 1] == ","sv && i >= 2 &&
          s.mention_at[i - 2] >= 0) {
        c.end = i - 1;
        clauses.push_back(c);
        Clause next;
        next.start = i + 1;
        next.speaker = c.speaker;
        next.antecedent = s.mention_at[i - 2];
        // (Not a place after an act done there: in "the bombing of a market in Baghdad, which killed
        // twelve civilians" it is the bombing that killed.)
        if (const int b = s.mentions[next.antecedent].begin; s.folded[i] == "which"sv && b >= 1 &&
            in(std::string_view(s.folded[s.folded[b - 1] == "the"sv && b >= 2 ? b - 2 : b - 1]), kPlacePrepositions))
          for (int t = c.start; t < b; ++t)
            if (force_noun(s.noun_lemma[t])) {
              next.antecedent = -1;
              next.subordinate = true;  // nor is it the speaker's
            }
        c = next;
        continue;
      }
      // "X said that ...": a new clause in X's words.
      const std::string& v = s.verb_lemma[i];
      if (s.mention_at[i] >= 0 || !in(v, kSpeechVerbs) || i <= c.start || i + 1 >= n) continue;
      // Also without "that" when a subject follows at once: "Ukraine's air force said its jets struck ...".
      // (Not "recalled its ambassador", "recalled the envoy": a recalling frames words only with "that".)
      // (Nor a possessor: "reaffirmed the United States' support for Kenya" has an object, not a clause.)
      const bool possessive_object = [&] {
        const int start = i + 1 < n && s.folded[i + 1] == "the"sv ? i + 2 : i + 1;
        if (start >= n || s.mention_at[start] < 0) return false;
        const int after = s.mentions[s.mention_at[start]].end;
        return after < n && (s.folded[after] == "'s"sv || s.folded[after] == "'"sv);
      }();
      // (Nor a pronoun's possession with no verb after it: "reiterated his firm support for Israel" is
      // an object; "said its jets struck a depot" is a clause.)
      const bool pronoun_object = [&] {
        if (i + 1 >= n) return false;
        const std::string& w = s.folded[i + 1];
        if (w != "his"sv && w != "her"sv && w != "its"sv && w != "their"sv && w != "our"sv) return false;
        for (int t = i + 2; t < std::min(n, i + 6); ++t) {
          if (is_punct(s.folded[t]) || in(s.folded[t], kPrepositions)) return true;
          if (s.verb_lemma[t] != s.folded[t] && s.noun_lemma[t] == s.folded[t]) return false;  // "struck"
        }
        return true;
      }();
      // (Nor an addressee: "warned North Korea against further provocations", "told Iran not to".)
      const bool addressee = [&] {
        if (i + 1 >= n || s.mention_at[i + 1] < 0) return false;
        const int after = s.mentions[s.mention_at[i + 1]].end;
        return after < n && (in(s.folded[after], kPrepositions) || s.folded[after] == "to"sv ||
                             s.folded[after] == "not"sv);
      }();
      const bool bare_clause = i + 1 < n && (s.mention_at[i + 1] >= 0 || in(s.folded[i + 1], kClauseOpeners)) &&
                               v != "recall"sv && !possessive_object && !pronoun_object && !addressee;
      // "said on Tuesday that", "said in a statement that", "point out that": a few words with no
      // actor may stand between the verb and its "that".
      // But "reiterated its demand that Israel ease restrictions": the verb and its noun are the
      // act (a demand of Israel), not a frame around Israel's words.
      int later_that = -1;
      for (int j = i + 1; j < std::min(n, i + 6); ++j) {
        if (s.folded[j] == "that"sv) {
          later_that = j;
          break;
        }
        if (s.mention_at[j] >= 0 || (is_punct(s.folded[j]) && s.folded[j] != ","sv)) break;
      }
      bool asks = false;  // "reiterated its demand", "renewed their call"
      for (int j = i + 1; j < std::min(n, i + 4) && !asks; ++j) asks = in(s.noun_lemma[j], kDemandNouns);
      if (!asks && (later_that >= 0 || bare_clause)) {
        const int that = later_that >= 0 ? later_that : i;
        // The speaker is the subject before the verb: a mention, or a pronoun for the last person;
        // the clause's first, not the nearest ("He commended Prime Minister Kishida and President
        // Yoon ..., noting that ...": he notes), and not one inside a prepositional phrase.
        ActorSpan speaker;
        for (int t = c.start; t < i; ++t) {
          if (s.mention_at[t] >= 0) {
            const Mention& m = s.mentions[s.mention_at[t]];
            if (t > c.start && in(s.folded[t - 1], kPrepositions)) {
              t = m.end - 1;
              continue;
            }
            speaker = {m.code, m.begin, m.end};
            break;
          }
          if ((s.folded[t] == "he"sv || s.folded[t] == "she"sv) && !context.last_person.empty()) {
            speaker = {context.last_person, t, t + 1};
            break;
          }
        }
        s.speech_verb[i] = 1;
        c.end = i;
        clauses.push_back(c);
        Clause next;
        next.start = that + 1;
        next.speaker = speaker.code.empty() ? c.speaker : speaker;
        // "denied that ...", "rejected claims that ...": the words framed are denied, not asserted.
        // (So is the content of denied reports: "denied reports that Tehran had supplied drones", the
        // noun read as the verb "report".)
        next.denied = denial_verb(v) || (i > 0 && in(s.folded[i], kContentNouns) && denial_verb(s.verb_lemma[i - 1]));
        if (!speaker.code.empty() && country_of(speaker.code) != speaker.code &&
            !speaker.code.starts_with("---"))
          context.last_person = speaker.code;
        c = next;
        i = that;
      }
    }
    c.end = n;
    clauses.push_back(c);
    // "According to Iran's foreign ministry, ...": the rest is its report.
    // (A dateline may take the whole sentence: "ABC -" leaves clauses[0] empty.)
    if (clauses[0].start + 2 < n && s.folded[clauses[0].start] == "according"sv &&
        s.folded[clauses[0].start + 1] == "to"sv && s.mention_at[clauses[0].start + 2] >= 0) {
      const Mention& m = s.mentions[s.mention_at[clauses[0].start + 2]];
      int after = m.end;
      if (after < n && s.folded[after] == ","sv) ++after;
      Clause& first = clauses[0];
      first.start = after;
      for (Clause& k : clauses)
        if (k.speaker.code.empty()) k.speaker = {m.code, m.begin, m.end};
    }
    for (std::size_t k = 0; k < clauses.size(); ++k)
      for (int t = clauses[k].start; t < clauses[k].end && t < n; ++t) clause_of[t] = static_cast<int>(k);
  }

  // The conjuncts of the mention at index mi: "China and Iran", "Russia, Turkey and Iran".
  auto conjuncts = [&](int mi) {
    std::vector<int> group{mi};
    int end = s.mentions[mi].end;
    for (std::size_t next = mi + 1; next < s.mentions.size(); ++next) {
      const Mention& m = s.mentions[next];
      int t = end;
      // "Prime Minister Kishida Fumio of Japan and President Yoon ...": the state of the last
      // conjunct is part of it.
      const int last = group.back();
      const int of_words = s.folded[end] == "of"sv ? (end + 1 < m.begin && s.folded[end + 1] == "the"sv ? 2 : 1) : 0;
      if (of_words > 0 && m.begin == end + of_words && m.kind == ActorKind::kState &&
          !country_of(m.code).empty() && country_of(m.code) == country_of(s.mentions[last].code)) {
        end = m.end;
        continue;
      }
      while (t < m.begin && (s.folded[t] == "and"sv || s.folded[t] == ","sv || s.folded[t] == "as"sv ||
                             s.folded[t] == "well"sv || s.folded[t] == "the"sv || s.folded[t] == "jr."sv ||
                             s.folded[t] == "sr."sv ||  // "President Joseph R. Biden, Jr. and ..."
                             // "President Trump and His Majesty King Abdullah II"
                             ((s.folded[t] == "his"sv || s.folded[t] == "her"sv) && t + 1 < n &&
                              (s.folded[t + 1] == "majesty"sv || s.folded[t + 1] == "highness"sv ||
                               s.folded[t + 1] == "excellency"sv || s.folded[t + 1] == "royal"sv)) ||
                             (s.folded[t] == "-"sv && t > 0 && t + 1 < n &&  // "Russia-Ukraine", written whole
                              sentence.tokens[t].start == sentence.tokens[t - 1].end &&
                              sentence.tokens[t + 1].start == sentence.tokens[t].end)))
        ++t;
      if (t != m.begin || t == end || clause_of[m.begin] < 0 ||
          clause_of[m.begin] != clause_of[s.mentions[mi].begin])
        break;
      group.push_back(static_cast<int>(next));
      end = m.end;
    }
    drop_titles(s.mentions, group);
    return group;
  };

  // A role with no country ("civilians", "protesters", "rebels") in a sentence that names the
  // place: the country of the nearest actor that is not the other party's ("Russian forces shelled
  // Kherson, killing three civilians" -> UKRCVL); where the sentence names only the other party's
  // country, that one ("Kenyan police fired tear gas at protesters" -> KENOPP). Government roles
  // are left to the document (a later sentence may name the minister).
  // A source role looks only before its predicate ("Police in Kherson shelled ..."): what follows
  // it is the act's objects ("Police shelled Kherson and Russia" stays ---COP).
  // Is mention m named as a place: "in Mali", "in the UAE", "in northwestern Nigeria", "near the
  // Syrian border"?
  auto named_as_place = [&](const Mention& m) {
    for (int t = m.begin - 1, words = 0; t >= 0 && words < 3; --t, ++words) {
      if (in(std::string_view(s.folded[t]), kPlacePrepositions)) return true;
      if (s.folded[t] != "the"sv &&
          !(!sentence.tokens[t].form.empty() && std::islower(static_cast<unsigned char>(sentence.tokens[t].form[0])) &&
            s.mention_at[t] < 0 && !is_punct(s.folded[t])))
        return false;
    }
    return false;
  };
  auto localise_role = [&](ActorSpan& role, const std::string& other, int before, bool violent) {
    // (Governments and legislatures are left to the document: "called on Congress to provide funding
    // to support Ukraine" is no Ukrainian congress.)
    if (!role.code.starts_with("---") || role.code.size() <= 3 || role.code.compare(3, 3, "GOV") == 0 ||
        role.code.compare(3, 3, "LEG") == 0)
      return;
    // "calls on other parties to ...": others than those named.
    // (Nor "the parties concerned", "relevant parties": whoever they are.)
    if (role.begin > 0 && (s.folded[role.begin - 1] == "other"sv || s.folded[role.begin - 1] == "all"sv ||
                           s.folded[role.begin - 1] == "relevant"sv || s.folded[role.begin - 1] == "concerned"sv))
      return;
    if (role.end > 0 && role.end < n && s.folded[role.end] == "concerned"sv) return;
    const std::string other_country = country_of(other);
    // The object's own people are the actor's: "Egypt ... urged its nationals to leave Libya".
    if (before >= n && role.begin > 0 && !other_country.empty() &&
        (s.folded[role.begin - 1] == "its"sv || s.folded[role.begin - 1] == "their"sv)) {
      role.code = other_country + role.code.substr(3);
      return;
    }
    std::string nearest;
    int distance = 1 << 30;
    // The victims of violence are people of the place it happened, where the sentence names one
    // ("condemns today's attack in Abu Dhabi, which killed three civilians": not the condemning
    // state's civilians; "gunmen killed five civilians in Mali").
    // (Not a title before a name: "killing Major General Qassem Soleimani, leader of Iran's ...".)
    const bool title = role.end > 0 && role.end <= n &&
                       (sentence.tokens[role.end - 1].upos == "PROPN"sv ||
                        (role.end < n && sentence.tokens[role.end].upos == "PROPN"sv));
    // (Only where the other party is a state or a role: a named group's own country is often where
    // it strikes from, "Hamas fighters attacked Israeli towns near the Gaza border and took hostages".)
    if (violent && before >= n && !title && other.size() <= 6)
      for (const Mention& m : s.mentions) {
        const std::string c = country_of(m.code);
        if (c.empty() || is_region_code(c) || m.agent_only || m.begin < 1 || !named_as_place(m)) continue;
        // (Not where the speaker is: "..., relief officials in Nairobi said.")
        if (clause_of[m.begin] < 0) continue;
        const int d = role.begin >= 0 ? std::abs(m.begin - role.begin) : 0;
        if (d < distance && d <= 12) {
          distance = d;
          nearest = c;
        }
      }
    if (!nearest.empty()) {
      role.code = nearest + role.code.substr(3);
      return;
    }
    bool only_other = !other_country.empty();
    for (const Mention& m : s.mentions) {
      const std::string c = country_of(m.code);
      // (Nor a region: "missiles in Europe" names no state for a senator.)
      if (c.empty() || is_region_code(c) || m.agent_only || clause_of[m.begin] < 0) continue;  // (not the speaker's place)
      if (c == other_country) continue;
      only_other = false;
      if (m.begin >= before) continue;
      const int d = role.begin >= 0 ? std::abs(m.begin - role.begin) : 0;
      if (d < distance) {
        distance = d;
        nearest = c;
      }
    }
    // Irregular armed men named by their role act where they are: "Armed men kidnapped 15 students
    // from a school in northwestern Nigeria", "Gunmen opened fire on a bus in Balochistan".
    // (Rebels who strike a state's forces are that state's: "Tuareg rebels said they had killed dozens
    // of Malian soldiers near the Algerian border". A border names the neighbour, not the place.)
    if (nearest.empty() && before < n) {
      const std::string sector = sector_of(role.code);
      if (sector == "REB"sv && !other_country.empty() && other.size() > 3 &&
          (sector_of(other) == "MIL"sv || sector_of(other) == "GOV"sv || sector_of(other) == "COP"sv))
        nearest = other_country;
      if (nearest.empty() && (sector == "UAF"sv || sector == "CRM"sv || sector == "REB"sv))
        for (const Mention& m : s.mentions) {
          const std::string c = country_of(m.code);
          if (c.empty() || m.agent_only || m.begin < 1 || m.begin < before || !named_as_place(m)) continue;
          if (m.end < n && (s.folded[m.end] == "border"sv || s.folded[m.end] == "borders"sv)) continue;
          nearest = c;
          break;
        }
    }
    if (!nearest.empty()) {
      role.code = nearest + role.code.substr(3);
    } else if (only_other) {
      // The other party's country: for a source, only where it is the police or the courts, who act
      // at home ("Police detained three Kenyan activists"); soldiers who attack Kherson are not
      // Ukraine's for that.
      const std::string sector = sector_of(role.code);
      if (before >= n || sector == "COP"sv || sector == "JUD"sv) role.code = other_country + role.code.substr(3);
    }
  };

  // A state, or its government, is not the victim of violence by that state or its forces: "The
  // Israeli military launched artillery attacks in response to missiles in the north of Israel",
  // "Russia's strikes in Ukraine and the Kremlin's attempts to annex ...". (Rebels and others fight
  // their own state: "Afghan rebels exploded bombs in Kabul".)
  auto own_state_target = [](const std::string& source, const std::string& target) {
    const std::string country = country_of(source), sector = sector_of(source);
    if (country.empty() || country != country_of(target)) return false;
    const bool state_source = source.size() == 3 || sector == "GOV"sv || sector == "MIL"sv || sector == "COP"sv ||
                              sector == "SPY"sv;
    return state_source && (target.size() == 3 || sector_of(target) == "GOV"sv);
  };
  // A weapon named as a role ("drones", ---MIL) is what is fired, never a target: "Iran fired hundreds
  // of drones and missiles towards Israel".
  auto weapon = [&](int mi) {
    const std::string& lemma = s.noun_lemma[s.mentions[mi].end - 1];
    return s.mentions[mi].agent_only && (in(lemma, kAttackNouns) || lemma == "drone"sv);
  };
  // Is mention mi the subject's own forces named in a force-posture pattern ("put its troops on
  // alert", `put ... troop on ... alert`)? Elsewhere a role in the pattern is its target: "summoned
  // the Chinese ambassador" (`summon ... ambassador`), "detained seven journalists".
  auto role_in_pattern = [&](const VerbPattern& pattern, int mi) {
    const Mention& m = s.mentions[mi];
    // (And a joint exercise's "military": "began joint military exercises" names no one exercised.)
    if (m.agent_rule.empty() ||
        !(pattern.code.starts_with("15") || pattern.code.starts_with("062") || pattern.code == "074"sv))
      return false;
    for (int t = m.begin; t < m.end; ++t)
      for (const PatternElement& e : pattern.elements)
        for (const std::string& w : e.words)
          if (s.folded[t] == w || s.noun_lemma[t] == w) return true;
    return false;
  };

  // The actors a parsed noun phrase names: the mention at its head (or, for a head that names
  // none, the mentions of its modifiers: "leaders of the opposition coalition"), for each conjunct.
  auto mentions_for = [&](int head) {
    std::vector<int> group;
    auto add = [&](int mi) {
      if (mi >= 0 && std::find(group.begin(), group.end(), mi) == group.end()) group.push_back(mi);
    };
    // Not a dateline's place the parser attached, nor a region that only modifies ("the divided
    // Mediterranean island of Cyprus").
    for (int c : conjuncts_of(sentence, head))
      for (int t : referent_tokens(sentence, c))
        if (s.mention_at[t] >= 0 && clause_of[t] >= 0 &&
            !(t != c && is_region_code(s.mentions[s.mention_at[t]].code)))
          for (int g : conjuncts(s.mention_at[t])) add(g);  // "Crown Prince and Prime Minister ..."
    drop_titles(s.mentions, group);
    return group;
  };

  // Parse only what can yield an event: a sentence with an actor where some pattern matches (about
  // half the sentences of a corpus of readouts; parsing is most of the cost of coding).
  bool parsed = false;
  if (parser_ != nullptr && !s.mentions.empty()) {
    bool candidate = false;
    for (int p = 0; p < n && !candidate; ++p) {
      if (clause_of[p] < 0 || s.mention_at[p] >= 0) continue;
      for (const std::vector<int>* patterns : s.word[p]->patterns) {
        if (patterns == nullptr || candidate) continue;
        for (int pi : *patterns) {
          Match m;
          if (match_pattern(lexicon_.patterns[pi], p, clauses[clause_of[p]].end, s, m)) {
            candidate = true;
            break;
          }
        }
      }
    }
    if (candidate) {
      parser_->annotate(sentence, s.syntax);
      parsed = is_parsed(sentence);
    }
  }
  if (context.trace != nullptr && parsed) {
    std::string tree = "  parse:";
    for (std::size_t t = 0; t < sentence.tokens.size(); ++t) {
      const Token& tok = sentence.tokens[t];
      tree += " " + std::to_string(t) + ":" + tok.form + "/" + tok.upos + "<-" + std::to_string(tok.head) + ":" +
              tok.deprel;
    }
    context.trace->push_back(tree);
  }

  // Predicates: the most specific pattern that matches at each token.
  struct Found {
    int predicate;
    int pattern;
    Match match;
    int verb = -1;  // for a subject noun (`talk resume`), the verb it is the subject of
    int possessive = -1;  // the "'s" that opens the predicate noun's phrase, if any
  };
  std::vector<Found> found;
  std::vector<int> first_predicate(clauses.size(), -1);
  // "calls on other parties to remain committed to dialogue", "urged Iran to halt ...": what follows
  // an appeal's "to" is what the target is asked to do, not an act of the subject's.
  int asked_until = -1;
  for (int p = 0; p < n; ++p) {
    if (clause_of[p] < 0 || s.mention_at[p] >= 0 || s.speech_verb[p] || is_punct(s.folded[p])) continue;
    if (p < asked_until) continue;
    // (Most words start no pattern: nothing below is needed for them.)
    if (std::all_of(s.word[p]->patterns.begin(), s.word[p]->patterns.end(),
                    [](const std::vector<int>* candidates) { return candidates == nullptr; }))
      continue;
    // A clearly inflected verb ("spoke", "met", "warns") is a predicate whatever its tag: headlines and
    // runs of names mislead the tagger more often than the inflection misleads.
    const bool inflected_verb = s.verb_lemma[p] != s.folded[p] && s.noun_lemma[p] == s.folded[p];
    // A noun that is the subject may still name the act with its verb: "Russia-Ukraine talks
    // resumed" (`talk resume`), "Talks between Iran and the IAEA resumed" (`talk between $S and $T`).
    int nominal_subject_of = -1;
    if (parsed && !inflected_verb) {
      // Function words and numbers are never predicates; a noun that is a subject, a compound or a
      // possessor is a participant, not the act: "the attacks on Ukraine were condemned".
      const Token& tok = sentence.tokens[p];
      const std::string_view u = tok.upos;
      if (u == "DET"sv || u == "PRON"sv || u == "ADP"sv || u == "CCONJ"sv || u == "SCONJ"sv || u == "NUM"sv ||
          u == "PART"sv || u == "PUNCT"sv)
        continue;
      if (u == "NOUN"sv && (tok.deprel == "compound"sv || tok.deprel == "nmod:poss"sv)) continue;
      if (u == "NOUN"sv && (tok.deprel == "nsubj"sv || tok.deprel == "nsubj:pass"sv)) {
        if (tok.head < 0) continue;
        nominal_subject_of = tok.head;
      }
      // The same where the parser hung the verb on the noun at the root: "A grenade exploded in
      // Bujumbura" read as a noun phrase ("exploded" an acl of "grenade").
      if (u == "NOUN"sv && tok.head < 0)
        for (int d : dependents(sentence, p, "acl"))
          if (d == p + 1 && sentence.tokens[d].upos == "VERB"sv) nominal_subject_of = d;
    }
    // A participle graded like an adjective before its noun names no act: "the most visited venue in
    // Chicago", "a widely attended conference".
    if (parsed && universal(sentence.tokens[p].deprel) == "amod"sv && sentence.tokens[p].head > p) {
      static constexpr std::array<std::string_view, 12> kDegreeAdverbs = {
          "most", "least", "more", "less", "much", "widely", "well", "heavily", "highly", "frequently", "often", "rarely"};
      bool graded = false;
      for (int d : dependents(sentence, p, "advmod")) graded |= d < p && in(s.folded[d], kDegreeAdverbs);
      if (graded) continue;
    }
    // A headline's event named by a noun with its actor's possessive: "Readout of Secretary
    // Blinken's Meeting with Egyptian Foreign Minister Abdelatty" (title case: the first sentence,
    // capitalised). The possessor is the source.
    const bool headline_possessive = sentence.index == 0 && p >= 2 && s.folded[p - 1] == "'s"sv &&
                                     s.mention_at[p - 2] >= 0 &&
                                     std::isupper(static_cast<unsigned char>(sentence.tokens[p].form[0]));
    // "Russia's latest attacks on Ukraine", "the visit": after a determiner or possessive the word is
    // a noun, not the clause's predicate. (Nominal patterns start with their verb: "have phone call".)
    // But "the talks between Armenia and Azerbaijan", "the meeting between the two leaders" name
    // their actors: the "between" patterns decide.
    const bool between_next = p > 0 && p + 1 < n && s.folded[p + 1] == "between"sv && s.folded[p - 1] == "the"sv;
    // The possessive that opens the noun phrase ending at p ("Russia's latest missile and drone
    // attacks"; a role word inside does not end the phrase), and whether an actor owns it.
    int possessive_at = -1;
    for (int t = p - 1; t >= std::max(0, p - 6); --t) {
      if (s.folded[t] == "'s"sv || s.folded[t] == "'"sv) {
        possessive_at = t;
        break;
      }
      if (is_punct(s.folded[t]) || in(s.folded[t], kPrepositions)) break;
      if (s.mention_at[t] >= 0 && !s.mentions[s.mention_at[t]].agent_only) break;
    }
    const bool actor_possessor = possessive_at > 0 && s.mention_at[possessive_at - 1] >= 0 &&
                                 !s.mentions[s.mention_at[possessive_at - 1]].agent_only;
    // Force or a visit named after its owner's possessive is an act of the owner's, noun or not:
    // "condemned Russia's missile and drone attacks on Ukraine", "during Xi's state visit to Hanoi"
    // (the noun's owner is its source, below).
    // (So is force after "its"/"their", the actor named before it: "Russia continued its attacks on Kyiv".)
    const bool owned_noun = (actor_possessor && (in(s.noun_lemma[p], kAttackNouns) || s.noun_lemma[p] == "visit"sv)) ||
                            (p > 0 && (s.folded[p - 1] == "its"sv || s.folded[p - 1] == "their"sv) &&
                             in(s.noun_lemma[p], kAttackNouns) && s.noun_lemma[p] != s.folded[p]);

    // (Nor a subject noun, left to its pattern, which must name the verb it is the subject of: "A
    // grenade was thrown into a market", "A grenade exploded in Kabul" read as a noun phrase.)
    if (p > 0 && in(std::string_view(s.folded[p - 1]), kDeterminers) && !headline_possessive && !between_next &&
        !owned_noun && nominal_subject_of < 0)
      continue;
    // A base form ("attack", "discuss") is a verb only after a subject, "to", a modal or a negation:
    // "to discuss", "will attack", "they discuss", "Russian Forces Shell Kherson"; not in "the
    // horrific terror attack in Jerusalem".
    // (A word WordNet knows as no verb is no base form: "was optimistic that".)
    if (s.folded[p] == s.verb_lemma[p] && !(parsed && sentence.tokens[p].upos == "VERB"sv) && !headline_possessive &&
        !owned_noun && nominal_subject_of < 0 && !base_form_licensed(s, p, clauses[clause_of[p]].start) &&
        (s.word[p]->classes & syntax::Lemmatizer::kVerbLemma) != 0)
      continue;
    // "condemned Russia's latest missile and drone attacks on Ukraine": in the few words after a
    // possessive, a word that may be a plural noun ("attacks") is part of the noun phrase; only a
    // clearly inflected verb ("Iran's foreign minister met ...") can be a predicate there.
    {
      // (Not a gerund: "Spain's continued hosting of U.S. forces" is a noun phrase.)
      const bool inflected =
          s.verb_lemma[p] != s.folded[p] && s.noun_lemma[p] == s.folded[p] && !s.folded[p].ends_with("ing");
      // (Only after "'s": "Vice President Harris' Meeting with ..." opens a headline's act.)
      if (possessive_at >= 0 && s.folded[possessive_at] == "'s"sv && !headline_possessive && !inflected && !owned_noun)
        continue;
    }
    // (An object right after the verb: "rallied outside parliament", with "outside" misread as an
    // adverb, is still a rally.)
    bool protest_verb_with_object = false;
    if (parsed && in(s.verb_lemma[p], kIntransitiveProtestVerbs))
      for (int d : dependents(sentence, p, "obj")) {
        const std::vector<int> phrase = subtree(sentence, d);
        // (Not a place word the parser put inside the object: "rallied outside parliament".)
        static constexpr std::array<std::string_view, 9> kPlaceWords = {
            "outside", "inside", "near", "around", "across", "along", "through", "in", "at"};
        protest_verb_with_object |=
            *std::min_element(phrase.begin(), phrase.end()) == p + 1 && !in(s.folded[p + 1], kPlaceWords);
      }
    const VerbPattern* best = nullptr;
    Match best_match;
    int best_index = -1;
    int best_score = -1;
    for (const std::vector<int>* candidates : s.word[p]->patterns) {
      if (candidates == nullptr) continue;
      const Clause& clause = clauses[clause_of[p]];
      // The best pattern: the most specific, then the first in the file.
      for (int pi : *candidates) {
        const VerbPattern& pattern = lexicon_.patterns[pi];
        if (best != nullptr && pattern.specificity <= best_score) break;  // sorted by specificity
        if (nominal_subject_of >= 0 && !names_own_source(pattern) &&
            !has_word(pattern, s.verb_lemma[nominal_subject_of]) && !has_word(pattern, s.folded[nominal_subject_of]))
          continue;
        // "demonstrate our leadership", "rallied support": with an object these are no protest.
        if (protest_verb_with_object && pattern.code.starts_with("14")) continue;
        // A pattern of one bare word is a verb's: "demanded immediate elections", not "consumer
        // demand" (where the tagger can tell).
        if (parsed && pattern.elements.size() == 1 && sentence.tokens[p].upos != "VERB"sv) continue;
        // Nor a right or a call to protest: "respect the right to protest", "urged people to
        // demonstrate" (the appeal is coded; the protest is not yet held).
        // ("to peacefully protest", "to assemble and protest".)
        if (pattern.elements.size() == 1 && pattern.code.starts_with("14") && [&] {
              for (int t = p - 1; t >= std::max(0, p - 3); --t) {
                if (s.folded[t] == "to"sv) return true;
                if (s.folded[t] != "and"sv && s.folded[t] != "or"sv && !s.folded[t].ends_with("ly") &&
                    s.verb_lemma[t] != s.folded[t])
                  return false;
              }
              return false;
            }())
          continue;
        // Nor is a noun that names what is struck, not the striking: "civilian targets in Saudi Arabia".
        if (parsed && sentence.tokens[p].upos == "NOUN"sv && s.noun_lemma[p] == "target"sv) continue;
        // (A review as a purpose, "met ... to review progress", is the meeting's, coded there.)
        if (s.verb_lemma[p] == "review"sv && pattern.code == "040"sv && p > 0 && s.folded[p - 1] == "to"sv) continue;
        Match m;
        bool matched = match_pattern(pattern, p, clause.end, s, m);
        // `call $T to` (041) only with a named actor right before "to", or "today" between: not
        // "called leaders' attention to", "called for and committed to", "a call to action".
        if (matched && pattern.code == "041"sv && s.verb_lemma[p] == "call"sv && pattern.elements.size() == 3 &&
            pattern.elements[1].kind == ElementKind::kTarget) {
          int after = m.target >= 0 ? s.mentions[m.target].end : -1;
          const bool named = m.target >= 0 && !s.mentions[m.target].agent_only;
          // ("called King Mohammed VI of Morocco today to offer ...")
          if (named && after + 1 < n && s.folded[after] == "of"sv && s.mention_at[after + 1] >= 0)
            after = s.mentions[s.mention_at[after + 1]].end;
          matched = named && after < n &&
                    (s.folded[after] == "to"sv ||
                     (after + 1 < n && s.folded[after + 1] == "to"sv &&
                      (s.folded[after] == "today"sv || s.folded[after] == "yesterday"sv || s.folded[after] == "tonight"sv)));
        }
        if (context.trace != nullptr)
          context.trace->push_back("  predicate " + std::to_string(p) + " '" + sentence.tokens[p].form + "': " +
                                   pattern.code + " '" + pattern.text + "' " +
                                   (matched ? "matches" : "does not match") + "  " + pattern.rule);
        if (matched) {
          const int score = pattern.specificity;
          if (best == nullptr || score > best_score) {
            best = &pattern;
            best_match = m;
            best_index = pi;
            best_score = score;
          }
        }
      }
    }
    if (best == nullptr) continue;
    if (headline_possessive && best_match.source < 0) best_match.source = s.mention_at[p - 2];
    // A pattern with no target slot still has an object when an actor stands in it or right after
    // it: "shelled the southern Ukrainian city" (`shell ... city`), "rejected accusations by the
    // United Kingdom" (`reject ... accusation`).
    // For statements and consultations a direct object is a topic ("discussed Ukraine"): only a
    // by/to/with/against phrase names their target ("rejected accusations by the United Kingdom").
    const bool topic_objects = best->code.starts_with("01") || best->code.starts_with("04");
    // Aid given, pledged or cut goes to whom it is "for": "froze its military aid programme for
    // Chad".
    const bool aid_code = best->code.starts_with("07") || best->code.starts_with("033") || best->code.starts_with("162");
    if (!best_match.has_target_slot) {
      const int clause_end = clauses[clause_of[p]].end;
      // After the pattern, only an object or a by/to/with/against phrase, not a topic ("exchanged
      // views on the Ukraine crisis").
      for (int t = p + 1; t < std::min(clause_end, best_match.end + 3); ++t) {
        const int mi = s.mention_at[t];
        // (Nor a role word among the pattern's own, an adjective of its noun: "providing military,
        // economic, and humanitarian assistance to Ukraine".)
        if (mi >= 0 && s.mentions[mi].begin == t &&
            (role_in_pattern(*best, mi) || weapon(mi) ||
             (s.mentions[mi].agent_only && s.mentions[mi].end < best_match.end &&
              (s.folded[s.mentions[mi].end] == ","sv || s.folded[s.mentions[mi].end] == "and"sv ||
               s.folded[s.mentions[mi].end] == "or"sv ||
               (parsed && sentence.tokens[s.mentions[mi].end - 1].upos == "ADJ"sv))))) {
          t = s.mentions[mi].end - 1;  // "put its troops on alert": the troops are the act's words
          continue;
        }
        if (mi >= 0 && s.mentions[mi].begin == t) {
          int before = t - 1;
          if (before > p && (s.folded[before] == "the"sv || s.folded[before] == "a"sv)) --before;
          // (Where a meeting is held is no one met: "held a working meeting at the White House".)
          if (best->code.starts_with("04"sv) && before > p && (s.folded[before] == "at"sv || s.folded[before] == "in"sv)) {
            t = s.mentions[mi].end - 1;
            continue;
          }
          // (Force named by a noun is done "by" its agent: "the attacks by Hamas terrorists against
          // Israeli civilians"; the owned-force rule below makes it the source.)
          if (before > p && s.folded[before] == "by"sv && sentence.tokens[p].upos == "NOUN"sv &&
              best->code.compare(0, 2, "15") >= 0) {
            t = s.mentions[mi].end - 1;
            while (t + 1 < n && s.mention_at[t + 1] >= 0) t = s.mentions[s.mention_at[t + 1]].end - 1;
            continue;
          }
          // (Nor what the subject owns: "agreed to withdraw its troops from Lebanon" is no act on its
          // own troops.)
          if (t > p + 1 && (s.folded[t - 1] == "its"sv || s.folded[t - 1] == "their"sv) &&
              best->code.compare(0, 2, "15") < 0) {
            t = s.mentions[mi].end - 1;
            continue;
          }
          // (Nor the agent of another participle: "restored relations in a deal brokered by China".)
          if (parsed && sentence.tokens[t].deprel == "obl:agent"sv && sentence.tokens[t].head != p &&
              sentence.tokens[t].head != nominal_subject_of) {
            t = s.mentions[mi].end - 1;
            continue;
          }
          const bool by_preposition =
              before > p && (in(s.folded[before], kObjectPrepositions) || (aid_code && s.folded[before] == "for"sv) ||
                             // (Mediation is between or among those it is for: "suspended its mediation
                             // between Israel and Hamas".)
                             ((best->code == "045"sv || best->code == "165"sv) &&
                              (s.folded[before] == "between"sv || s.folded[before] == "among"sv)));
          const bool topic = (before > p && in(s.folded[before], kPrepositions) && !by_preposition) ||
                             (topic_objects && !by_preposition);
          if (!topic) {
            best_match.target = mi;
            best_match.positional = true;
            break;
          }
          t = s.mentions[mi].end - 1;
          continue;
        }
        if (t >= best_match.end && (is_punct(s.folded[t]) || s.folded[t] == "and"sv ||
                                    (in(s.folded[t], kPrepositions) && !in(s.folded[t], kObjectPrepositions) &&
                                     !(aid_code && s.folded[t] == "for"sv) &&
                                     !((best->code == "045"sv || best->code == "165"sv) &&
                                       (s.folded[t] == "between"sv || s.folded[t] == "among"sv)))))
          break;
      }
    }
    found.push_back({p, best_index, best_match, nominal_subject_of, possessive_at});
    // The words a pattern consumed are not predicates of their own ("stands ready to work closely
    // with Iran" is one intent, not two); after "$T to" the rest of the clause is the request.
    asked_until = std::max(asked_until, best_match.end);
    const auto& elements = best->elements;
    // (Not a telephone call's purpose: "called President Erdogan to congratulate him" congratulates.)
    for (std::size_t k = 0; k + 1 < elements.size(); ++k)
      if (elements[k].kind == ElementKind::kTarget && elements[k + 1].kind == ElementKind::kWord &&
          elements[k + 1].words.size() == 1 && elements[k + 1].words[0] == "to"sv && best->code != "041"sv)
        asked_until = clauses[clause_of[p]].end;
    // (Nor the purpose of what is demanded or requested: "demanded a session of the OSCE council to
    // discuss the build-up" holds no session.)
    if ((best->code.starts_with("02") || best->code.starts_with("10")) &&
        (s.verb_lemma[p] == "demand"sv || s.verb_lemma[p] == "request"sv || s.verb_lemma[p] == "seek"sv ||
         s.verb_lemma[p] == "ask"sv || s.verb_lemma[p] == "urge"sv || s.verb_lemma[p] == "call"sv))
      for (int t = best_match.end; t + 1 < clauses[clause_of[p]].end; ++t) {
        if (is_punct(s.folded[t])) break;
        if (s.folded[t] == "to"sv && s.mention_at[t + 1] < 0 &&
            (s.word[t + 1]->classes & syntax::Lemmatizer::kVerbLemma) != 0) {
          asked_until = std::max(asked_until, clauses[clause_of[p]].end);
          break;
        }
      }
    if (first_predicate[clause_of[p]] < 0) first_predicate[clause_of[p]] = p;
  }

  // Subjects of each clause: the first mention not inside a prepositional phrase; or a pronoun;
  // or "the two sides"; else inherited from the previous clause of the sentence (coordination:
  // "China supports Iran ..., and is ready to work with Iran").
  auto joint_subject_at = [&](int t) {
    // "The leaders discussed ...", opening a clause of a readout: the two who met (not "the leaders
    // of the G7").
    if (s.folded[t] == "the"sv && t + 1 < n && (t == 0 || is_punct(s.folded[t - 1]) || s.folded[t - 1] == "and"sv) &&
        (s.folded[t + 1] == "leaders"sv || s.folded[t + 1] == "presidents"sv || s.folded[t + 1] == "delegations"sv ||
         s.folded[t + 1] == "sides"sv || s.folded[t + 1] == "counterparts"sv || s.folded[t + 1] == "ministers"sv) &&
        (t + 2 >= n || (s.folded[t + 2] != "of"sv && s.folded[t + 2] != "from"sv)))
      return 2;
    // ("The foreign ministers discussed ...", "The prime ministers agreed ...".)
    if (s.folded[t] == "the"sv && t + 2 < n && (t == 0 || is_punct(s.folded[t - 1]) || s.folded[t - 1] == "and"sv) &&
        (s.folded[t + 1] == "foreign"sv || s.folded[t + 1] == "prime"sv || s.folded[t + 1] == "defence"sv ||
         s.folded[t + 1] == "defense"sv) &&
        s.folded[t + 2] == "ministers"sv && (t + 3 >= n || (s.folded[t + 3] != "of"sv && s.folded[t + 3] != "from"sv)))
      return 3;
    // "the two sides", "both countries", "the two leaders", "the two foreign ministers"
    if (t + 1 >= n || (s.folded[t] != "two"sv && s.folded[t] != "both"sv)) return 0;
    if (in(s.folded[t + 1], kJointSubjects)) return 2;
    // "The two discussed ...", "Both agreed ...": the pronoun use, before a verb.
    if ((s.folded[t] == "both"sv || (t > 0 && s.folded[t - 1] == "the"sv)) && s.mention_at[t + 1] < 0 &&
        s.verb_lemma[t + 1] != s.folded[t + 1] && s.noun_lemma[t + 1] == s.folded[t + 1])
      return 1;
    // "the two foreign ministers", "both presidents"; not a count ("Two suicide bombers blew
    // themselves up" are two bombers, not the document's pair).
    const int mi = s.mention_at[t + 1];
    if (mi >= 0 && s.mentions[mi].agent_only && s.mentions[mi].begin == t + 1 &&
        (s.folded[t] == "both"sv || (t > 0 && s.folded[t - 1] == "the"sv)))
      return s.mentions[mi].end - t;
    return 0;
  };
  // The two actors "the two sides" refers to: the document's first dyad, else its first two actors.
  // (Of this sentence's own parties, those named before the words that refer to them: "welcomed the
  // Chinese president ..., and the two sides signed".)
  auto pair_of_document = [&](int before_token = -1) {
    std::vector<std::string> pair = context.principals;
    for (std::size_t p = 0; p < context.participants.size() && pair.size() < 2; ++p) {
      const std::string& code = context.participants[p];
      if (p >= named_before && std::none_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& m) {
            return m.code == code && m.begin < before_token;
          }))
        continue;
      if ((!country_of(code).empty() || code.starts_with("IGO")) &&
          std::find(pair.begin(), pair.end(), code) == pair.end())
        pair.push_back(code);
    }
    return pair;
  };
  // Whether the clause's subject in the tree, before its first verb, is a common noun phrase with no
  // actor or pronoun in it ("a roadside bombing near Samarra", not "the two sides", "its jets").
  auto nominal_subject_without_actor = [&](const Clause& c) {
    for (int t = c.start; t < c.end; ++t) {
      const Token& token = sentence.tokens[t];
      // (Only a subject before the clause's first verb: not "discussed how the project can ...".)
      if (token.upos == "VERB"sv || token.upos == "AUX"sv) return false;
      if (universal(token.deprel) != "nsubj"sv || token.head < c.start || token.head >= c.end) continue;
      if (token.upos != "NOUN"sv || joint_subject_at(t) > 0 || (t > 0 && joint_subject_at(t - 1) > 0) ||
          (t > 1 && joint_subject_at(t - 2) > 0))
        return false;
      // (A place where it happened is no actor of it: "a roadside bombing near the city of Kandahar".)
      static constexpr std::array<std::string_view, 8> kWhere = {"in", "near", "at", "outside", "inside",
                                                                 "around", "across", "along"};
      for (int u : subtree(sentence, t)) {
        if (sentence.tokens[u].upos == "PRON"sv) return false;
        if (s.mention_at[u] < 0) continue;
        bool placed = false;
        for (int w = u; w != t && w >= 0 && !placed; w = sentence.tokens[w].head)
          placed = in(preposition_of(sentence, w), kWhere);
        if (!placed) return false;
      }
      return true;
    }
    return false;
  };
  for (std::size_t k = 0; k < clauses.size(); ++k) {
    Clause& c = clauses[k];
    int it_subject = -1;  // the clause's subject is "it": its token
    // Only words before the clause's first predicate can be its subject. But a sentence that opens
    // with a predicate and no actor ("Three Killed as Russian Forces Shell Kherson") has nothing to
    // inherit: there the subject may stand before the next predicate.
    int window_end = first_predicate[k] >= 0 ? first_predicate[k] : c.end;
    if (k == 0 && c.speaker.code.empty() && first_predicate[k] >= 0) {
      bool any_mention = false;
      for (int t = c.start; t < window_end; ++t) any_mention |= s.mention_at[t] >= 0;
      if (!any_mention) {
        window_end = c.end;
        for (const Found& f : found)
          if (f.predicate > first_predicate[k] && clause_of[f.predicate] == 0) {
            window_end = f.predicate;
            break;
          }
      }
    }
    for (int t = c.start; t < window_end; ++t) {
      const int mi = s.mention_at[t];
      if (mi >= 0) {
        bool after_prep = t > c.start && in(s.folded[t - 1], kPrepositions);
        // "Tens of thousands of Georgian protesters", "dozens of police": a quantity, not a preposition.
        if (after_prep && s.folded[t - 1] == "of"sv && t >= 2 && in(s.folded[t - 2], kQuantities)) after_prep = false;
        if (t > c.start + 1 && s.folded[t - 1] == "the"sv && in(s.folded[t - 2], kPrepositions)) after_prep = true;
        if (after_prep) {
          t = s.mentions[mi].end - 1;
          continue;
        }
        if (t > c.start && joint_subject_at(t - 1) > 0) {
          // "the two foreign ministers": handled below as a joint subject.
        } else {
          const std::vector<int> group = conjuncts(mi);
          for (int g : group)
            c.subjects.push_back({s.mentions[g].code, s.mentions[g].begin, s.mentions[g].end,
                                  s.mentions[g].agent_only ? s.mentions[g].agent_rule : std::string(),
                                  !s.mentions[g].name_tokens.empty()});
          c.subject_mention = mi;
          c.subject_end = std::max(s.mentions[group.back()].end, s.mentions[mi].end);
          break;
        }
      }
      if (s.folded[t] == "he"sv || s.folded[t] == "she"sv) {
        if (!context.last_person.empty()) c.subjects.push_back({context.last_person, t, t + 1});
        c.subject_end = t + 1;
        break;
      }
      if (int len = joint_subject_at(t); len > 0) {
        for (const std::string& code : pair_of_document(t))
          c.subjects.push_back({code, t > c.start && s.folded[t - 1] == "the"sv ? t - 1 : t, t + len});
        c.subject_end = t + len;
        break;
      }
      if (s.folded[t] == "they"sv) {
        // "They strongly condemned ...": the last group that acted together; failing that, the
        // document's two parties ("President Biden met President Ramaphosa. Together they discussed ...").
        if (!context.last_group.empty())
          for (const std::string& code : context.last_group) c.subjects.push_back({code, t, t + 1});
        // ("Houthi rebels rejected a Saudi ceasefire plan and said they also opposed ...": the
        // rebels, not the document's first two parties.)
        else if (!context.last_plural.empty() && context.last_plural_sentence == sentence.index)
          c.subjects.push_back({context.last_plural, t, t + 1});
        else if (const std::vector<std::string> pair = pair_of_document(t); pair.size() == 2)
          for (const std::string& code : pair) c.subjects.push_back({code, t, t + 1});
        c.subject_end = t + 1;
        break;
      }
      if (s.folded[t] == "it"sv) {  // resolved below, after the speaker: "Russia said it would ..."
        it_subject = t;
        c.subject_end = t + 1;
        break;
      }
      // Stop at the first verb-like word that could be the clause's predicate.
    }
    if (c.subjects.empty() && c.antecedent >= 0) {
      const Mention& m = s.mentions[c.antecedent];
      c.subjects.push_back({m.code, m.begin, m.end});
    }
    // A clause whose subject is a phrase naming no actor ("A roadside bombing near Samarra killed a
    // U.S. soldier, the military said") is no one's act: neither the speaker's nor the clause
    // before's.
    const bool actorless_subject = c.subjects.empty() && it_subject < 0 && parsed && nominal_subject_without_actor(c);
    if (c.subjects.empty() && !actorless_subject && k > 0 && !c.subordinate &&
        clauses[k - 1].speaker.code == c.speaker.code) {
      c.subjects = clauses[k - 1].subjects;
    }
    if (c.subjects.empty() && !actorless_subject && !c.speaker.code.empty()) c.subjects.push_back(c.speaker);
    // "Iran rejected the proposal. It accused the US of ...": "it" is the last state or organisation
    // that acted alone.
    if (c.subjects.empty() && it_subject >= 0 && !context.last_institution.empty())
      c.subjects.push_back({context.last_institution, it_subject, it_subject + 1});
    if (c.subjects.size() == 1 && c.subject_mention >= 0 && s.mentions[c.subject_mention].kind != ActorKind::kPerson &&
        !s.mentions[c.subject_mention].agent_only)
      context.last_institution = c.subjects.front().code;
    if (context.trace != nullptr) {
      std::string line = "  clause [" + std::to_string(c.start) + "," + std::to_string(c.end) + ")";
      if (!c.speaker.code.empty()) line += " speaker " + c.speaker.code;
      line += " subject";
      for (const ActorSpan& a : c.subjects) line += " " + a.code;
      if (c.subjects.empty()) line += " (none)";
      if (c.conditional || c.condition) line += " hypothetical";
      context.trace->push_back(line);
    }
    if (context.report) report_clause(sentence, s, c.start, c.end, c.subject_mention, c.subject_end,
                                      first_predicate[k], context);
    if (context.issuer_country.empty())
      for (const ActorSpan& a : c.subjects)
        if (sector_of(a.code) == "GOV"sv && !country_of(a.code).empty()) {
          context.issuer_country = country_of(a.code);
          break;
        }
    // (Not a group named in someone's words: "underscored that Israelis and Palestinians must have
    // ..." leaves "They agreed to remain in close contact" to the leaders.)
    if (c.subjects.size() >= 2 && c.speaker.code.empty()) {
      context.last_group.clear();
      for (const ActorSpan& a : c.subjects) context.last_group.push_back(a.code);
    }
    // A single subject named by a plural role ("rebels", "officials") is who "they" are next in the
    // same sentence, until another subject is named. (Across sentences of a readout "they" are its
    // parties: the rules above.)
    if (c.subject_mention >= 0 && c.subjects.size() == 1) {
      const Mention& m = s.mentions[c.subject_mention];
      const std::string& last_word = s.folded[m.end - 1];
      const bool plural_role = (!m.agent_rule.empty() || m.kind == ActorKind::kGroup) && m.name_tokens.empty() &&
                               last_word.size() > 3 && last_word.back() == 's' && !last_word.ends_with("ss");
      context.last_plural = plural_role ? c.subjects.front().code : std::string();
      context.last_plural_sentence = sentence.index;
    }
    if (!c.subjects.empty()) {
      const std::string& first = c.subjects.front().code;
      if (country_of(first) != first && c.subjects.size() == 1) {
        // Remember people who act, for "he"/"she" later (a title with a name counts:
        // "Prime Minister Irakli Kobakhidze").
        for (const Mention& m : s.mentions)
          if (m.code == first && m.kind == ActorKind::kPerson && (!m.agent_only || !m.name_tokens.empty()))
            context.last_person = first;
      }
    }
  }


  // An event of the coder's own construction from a clause's speaker (no pattern: `rule` says why).
  auto speaker_event = [&](const ActorSpan& source, const ActorSpan& target, int predicate, const char* code,
                           const char* rule) -> RawEvent& {
    RawEvent e;
    e.source = source;
    e.target = target;
    e.predicate = predicate;
    e.code = code;
    e.rule = rule;
    out.push_back(std::move(e));
    return out.back();
  };

  // "Russia said on Tuesday that Sudan must return the helicopter": in reported speech, a subject
  // who "must" do something is the target of the speaker's demand (100), one who "should", of an
  // appeal (020); what they must do is not an act of theirs.
  std::vector<int> demand_at(clauses.size(), -1);
  for (std::size_t k = 0; k < clauses.size(); ++k) {
    const Clause& c = clauses[k];
    // (The subject named, or a pronoun for someone named before: "saying he must resign".)
    if (c.speaker.code.empty() || c.subject_end < 0 || (c.subject_mention < 0 && c.subjects.empty())) continue;
    // (Or a bare verb after "insisted/demanded that": "The Chinese foreign ministry insisted that the
    // Philippines withdraw its vessels".)
    const bool insisted = c.start >= 2 && s.folded[c.start - 1] == "that"sv &&
                          (s.verb_lemma[c.start - 2] == "insist"sv || s.verb_lemma[c.start - 2] == "demand"sv);
    // (A subject of several conjuncts the clause rules took only the first of reaches further: "that
    // the Malian government and the rebels in Kidal must resume talks".)
    std::vector<ActorSpan> more;
    int from = c.subject_end;
    while (from + 1 < c.end && (s.folded[from] == "and"sv || s.folded[from] == ","sv)) {
      int u = from + 1;
      if (s.folded[u] == "the"sv && u + 1 < c.end) ++u;
      const int mi = s.mention_at[u];
      if (mi < 0 || s.mentions[mi].begin != u) break;
      more.push_back({s.mentions[mi].code, s.mentions[mi].begin, s.mentions[mi].end});
      u = s.mentions[mi].end;
      // ("the rebels in Kidal": a place named with the conjunct is part of it.)
      if (u + 1 < c.end && (s.folded[u] == "in"sv || s.folded[u] == "of"sv) && s.mention_at[u + 1] >= 0) {
        const std::string place = country_of(s.mentions[s.mention_at[u + 1]].code);
        if (more.back().code.starts_with("---") && more.back().code.size() > 3 && !place.empty())
          more.back().code = place + more.back().code.substr(3);
        u = s.mentions[s.mention_at[u + 1]].end;
      }
      from = u;
    }
    const int scan_end = std::min(c.end, from + 3);
    for (int t = from; t < scan_end; ++t) {
      const std::string& w = s.folded[t];
      const bool subjunctive = insisted && t == from && s.mention_at[t] < 0 && s.verb_lemma[t] == w &&
                               !w.ends_with("s") && !is_punct(w) &&
                               (s.word[t]->classes & syntax::Lemmatizer::kVerbLemma) != 0;
      const bool must = w == "must"sv || subjunctive ||
                        ((w == "has"sv || w == "have"sv) && t + 1 < c.end && s.folded[t + 1] == "to"sv);
      if (!must && w != "should"sv) continue;
      demand_at[k] = t;
      // (What one "must have" or "must enjoy" is owed to them, not asked of them: "Israelis and
      // Palestinians must have equal measures of security".)
      {
        int next = t + 1;
        if (next < c.end && s.folded[next] == "to"sv) ++next;  // "has to"
        while (next < c.end && (s.folded[next] == "also"sv || s.folded[next] == "not"sv || s.folded[next] == "always"sv))
          ++next;
        static constexpr std::array<std::string_view, 7> kOwed = {"have",    "enjoy", "receive", "get",
                                                                  "benefit", "live",  "feel"};
        if (next < c.end && in(std::string_view(s.folded[next]), kOwed)) break;
      }
      // "underscored that the United States and China must work together": a speaker among those
      // who must is stating a shared duty, not making a demand.
      // (The speaker's own state or its own part of it; not another part of the same country:
      // "Fatah activists said Mahmoud Abbas must resign" is a demand on the president.)
      const std::string own = country_of(c.speaker.code);
      if (!own.empty() && std::any_of(c.subjects.begin(), c.subjects.end(), [&](const ActorSpan& a) {
            return country_of(a.code) == own && (a.code == own || sector_of(a.code) == sector_of(c.speaker.code));
          }))
        break;
      std::vector<ActorSpan> asked = c.subjects;
      asked.insert(asked.end(), more.begin(), more.end());
      for (const ActorSpan& target : asked) {
        if (target.code == c.speaker.code) continue;
        RawEvent& e = speaker_event(c.speaker, target, t, must ? "100" : "020",
                                    must ? "coder: reported 'X must ...' is the speaker's demand"
                                         : "coder: reported 'X should ...' is the speaker's appeal");
        e.modality = Modality::kReported;
        e.speaker = c.speaker.code;
      }
      break;
    }
  }

  // "Kenyan police tortured detainees in Nairobi, Amnesty International charged": the group accuses
  // (112) or criticises (111) those its words are about, whatever else it reports them doing.
  if (accusing_tail >= 0)
    for (const Clause& c : clauses) {
      if (c.speaker.code.empty() || c.subjects.empty() || c.start >= accusing_tail) continue;
      const bool charge = s.verb_lemma[accusing_tail] == "charge"sv || s.verb_lemma[accusing_tail] == "allege"sv ||
                          s.verb_lemma[accusing_tail] == "accuse"sv;
      for (const ActorSpan& accused : c.subjects)
        if (accused.code != c.speaker.code)
          speaker_event(c.speaker, accused, accusing_tail, charge ? "112" : "111",
                        "coder: an accusing attribution ('..., the group charged') is the speaker's accusation");
      break;
    }

  std::vector<char> absorbed(n, 0);  // a protest's purpose ("to demand ..."): part of the protest
  const bool question = n > 0 && (s.folded[n - 1] == "?"sv || (n > 1 && s.folded[n - 2] == "?"sv));
  for (const Found& f : found) {
    const int p = f.predicate;
    if (demand_at[clause_of[p]] >= 0 && p > demand_at[clause_of[p]]) continue;
    if (absorbed[p]) continue;
    const VerbPattern* best = &lexicon_.patterns[f.pattern];
    Match best_match = f.match;  // a copy: the parse may correct it (a passive's slot)
    const int best_index = f.pattern;
    // A noun whose author is named on it is the author's act, not the clause subject's: "rejected a
    // United Nations appeal for troops", "the Egyptian call for a ceasefire" (a demonym or an
    // organisation just before the noun).
    // (Only nouns of what someone says or decides: not "the NATO Summit", "its NATO pledge".)
    static constexpr std::array<std::string_view, 8> kDecisionNouns = {
        "call", "decision", "plan", "warning", "threat", "accusation", "initiative", "invitation"};
    // (Not an "order": "the AMA applauds today's executive order from the Biden Administration".)
    if (parsed && best_match.source < 0 && p > 0 && sentence.tokens[p].upos == "NOUN"sv &&
        ((in(s.noun_lemma[p], kAskNouns) && s.noun_lemma[p] != "order"sv) || in(s.noun_lemma[p], kDecisionNouns))) {
      const int mi = s.mention_at[p - 1];
      if (mi >= 0 && s.mentions[mi].end == p && !s.mentions[mi].agent_only && best_match.target != mi &&
          (sentence.tokens[p - 1].upos == "ADJ"sv || s.mentions[mi].kind == ActorKind::kOrganisation))
        best_match.source = mi;
    }
    const Clause& clause = clauses[clause_of[p]];
    RawEvent base;
    base.pattern = best_index;
    base.predicate = p;
    base.speaker = clause.speaker.code;

    // Sources: $S, else the clause's subject. Passive "Iran was attacked by Israel": swap.
    std::vector<ActorSpan> sources;
    std::vector<ActorSpan> targets;
    auto span_of = [&](int g) {
      const Mention& m = s.mentions[g];
      return ActorSpan{m.code, m.begin, m.end, m.agent_only ? m.agent_rule : std::string(), !m.name_tokens.empty()};
    };
    // Whether token t (or a noun it hangs on: "the town of Samarra", "Beirut's southern suburbs")
    // takes a place preposition below `verb`.
    auto placed_at = [&](int t, int verb) {
      for (int u = t, steps = 0; u >= 0 && u != verb && steps < 4; u = sentence.tokens[u].head, ++steps) {
        const std::string_view rel = universal(sentence.tokens[u].deprel);
        if (rel != "obl"sv && rel != "nmod"sv && rel != "nmod:poss"sv && rel != "compound"sv && rel != "flat"sv &&
            rel != "amod"sv)
          return false;
        if (in(std::string_view(preposition_of(sentence, u)), kPlacePrepositions)) return true;
      }
      return false;
    };
    // Where the act happened, as the state it happened in: a state or city the clause (or the
    // phrase `also`, the subject's) places it in ("killed in a car bomb explosion in eastern
    // Beirut" -> LBN, "an explosion near the town of Samarra"). The tree only.
    auto place_of = [&](int verb, int also) -> std::optional<ActorSpan> {
      std::vector<int> tokens = clause_tokens_by_depth(sentence, verb);
      if (also >= 0) {  // the subject's own phrase, all of it ("a blast near the town of Samarra")
        const std::vector<int> phrase = subtree(sentence, also);
        tokens.insert(tokens.end(), phrase.begin() + 1, phrase.end());
      }
      for (int t : tokens) {
        const int mi = s.mention_at[t];
        if (mi < 0) continue;
        const Mention& m = s.mentions[mi];
        if (m.agent_only || (m.kind != lexicon_internal::ActorKind::kState && m.kind != lexicon_internal::ActorKind::kPlace))
          continue;
        const std::string c = country_of(m.code);
        if (c.empty()) continue;
        if (placed_at(t, verb)) return ActorSpan{c, m.begin, m.end};
      }
      return std::nullopt;
    };
    // Whether any of `group` is the government, forces or police of `country` (or of no country
    // named: "two soldiers were killed in Gaza").
    auto state_forces_of = [&](const std::vector<int>& group, const std::string& country) {
      for (int g : group) {
        const std::string& code = s.mentions[g].code;
        const std::string sector = sector_of(code);
        const std::string own = country_of(code);
        if ((own == country || own.empty()) &&
            (sector == "GOV"sv || sector == "MIL"sv || sector == "COP"sv || sector == "SPY"sv))
          return true;
      }
      return false;
    };
    bool passive = false;
    if (p > 0 && best_match.source < 0) {
      // "was attacked by", "was also attacked by", "has reportedly been attacked by"
      if (after_be(s.folded, p) && p + 1 < n && s.folded[p + 1] == "by"sv && s.mention_at[p + 1 + 0] < 0 && p + 2 < n &&
          s.mention_at[p + 2] >= 0) {
        passive = true;
        for (int g : conjuncts(s.mention_at[p + 2])) sources.push_back(span_of(g));
        targets = clause.subjects;
      }
    }
    if (!passive) {
      if (best_match.source >= 0) {
        for (int g : conjuncts(best_match.source)) sources.push_back(span_of(g));
      } else {
        // Only a subject that stands before the predicate.
        if (clause.subject_end <= p + 1) sources = clause.subjects;
      }
      // (Not an actor merely standing after a joint act of two or more: "They ... agreed to remain in
      // close contact in the lead-up to the NATO Summit" is an intent of each to the other.)
      // (But aid pledged goes to whom it is for: "They pledged to provide humanitarian assistance to
      // Ukraine".)
      if (best_match.positional && sources.size() >= 2 && joint_code(best->code) && !best->code.starts_with("033"))
        best_match.target = -1;
      if (best_match.target >= 0)
        for (int g : conjuncts(best_match.target)) targets.push_back(span_of(g));
    }
    // With a parse, the tree names the subject, a passive's agent and the objects. Where its subject
    // is a pronoun or "the two sides" (no actor in the phrase), the clause rules above stand.
    // Only where the tagger agrees that the predicate is a verb (or a noun of a light verb) is the
    // tree trusted.
    const int v = !parsed ? p : f.verb >= 0 ? f.verb : governing_verb(sentence, p);
    // The content of a noun is no act: "rejected a US offer to host a summit", "a request to
    // interrogate detainees", "plans to sell weapons to Taiwan".
    // (Only after nouns of that kind: "used water cannon to disperse the crowd" is a purpose the
    // parser may hang on the noun.)
    if (parsed && universal(sentence.tokens[v].deprel) == "acl"sv && sentence.tokens[v].head >= 0 &&
        sentence.tokens[v].xpos == "VB"sv && in(s.noun_lemma[sentence.tokens[v].head], kContentOfNouns))
      continue;
    // The same where the parser hung the infinitive on the verb: "refused to respond to a demand from
    // the US president to release the hostages" (only for what others ask or offer, with no verb
    // between the noun and "to").
    if (parsed && p == v && p >= 2 && s.folded[p - 1] == "to"sv && sentence.tokens[v].xpos == "VB"sv) {
      // (Not "a call", often a phone call whose purpose follows, nor "invitation", which one accepts.)
      bool content = false;
      for (int t = p - 2; t >= std::max(0, p - 10) && !content; --t) {
        const std::string_view upos = sentence.tokens[t].upos;
        if (upos == "VERB"sv || upos == "AUX"sv || is_punct(s.folded[t])) break;
        content = upos == "NOUN"sv && (in(s.noun_lemma[t], kAskNouns) || s.folded[t] == "calls"sv) &&
                  !(t > 0 && s.folded[t - 1] == "in"sv);
      }
      if (content) continue;
    }
    // And "an appeal for deploying army troops", "the Chinese proposal for talks with Saudi Arabia":
    // what is asked "for" (a gerund or a noun, with at most two words before it).
    if (p >= 2 && (s.folded[p].ends_with("ing") || (parsed && sentence.tokens[p].upos == "NOUN"sv))) {
      bool asked_for = false;
      for (int t = p - 1; t >= std::max(1, p - 3) && !asked_for; --t) {
        if (s.folded[t] == "for"sv) {
          asked_for = in(s.noun_lemma[t - 1], kAskNouns) || s.noun_lemma[t - 1] == "call"sv;
          break;
        }
        if (s.mention_at[t] >= 0 || (parsed && (sentence.tokens[t].upos == "VERB"sv || sentence.tokens[t].upos == "NOUN"sv)))
          break;
      }
      if (asked_for) continue;
    }
    // Nor is what a charge says: "arrested a student on charges of insulting the Prophet", "detained
    // on suspicion of spying for Iran" (the act alleged is not the arresters').
    if (static constexpr std::array<std::string_view, 5> kChargeNouns = {"charge", "allegation", "accusation",
                                                                         "suspicion", "count"};
        p >= 2 && s.folded[p].ends_with("ing") && s.folded[p - 1] == "of"sv && in(s.noun_lemma[p - 2], kChargeNouns))
      continue;
    // Nor is a negotiation, visit or deal that someone opposes or rejects held: "Ethiopia is opposed to
    // Egyptian mediation in its talks with Sudan", "rejected talks with the rebels" (the
    // stance is the event, coded on its verb).
    if (parsed && sentence.tokens[p].upos == "NOUN"sv) {
      // (Not what is condemned: "condemned Iran's attack against Israel" reports the attack.)
      static constexpr std::array<std::string_view, 8> kAgainst = {"oppose", "reject",  "deny", "refuse",
                                                                   "dismiss", "boycott", "veto", "rebuff"};
      int up = p;
      bool opposed = false;
      for (int steps = 0; steps < 3 && up >= 0 && !opposed; ++steps) {
        const std::string_view rel = universal(sentence.tokens[up].deprel);
        if (rel != "obl"sv && rel != "obj"sv && rel != "nmod"sv && rel != "compound"sv) break;
        up = sentence.tokens[up].head;
        if (up >= 0 && (sentence.tokens[up].upos == "VERB"sv || sentence.tokens[up].upos == "ADJ"sv))
          opposed = in(s.verb_lemma[up], kAgainst);
      }
      if (opposed) continue;
    }
    // Nor what a plan to be given up would do: "urged Washington to scrap its plan to sell fighter jets
    // to Taiwan" (no sale, nor an intent of one).
    if (static constexpr std::array<std::string_view, 6> kPlanNouns = {"plan", "decision", "move", "bid", "proposal",
                                                                       "program"};
        p >= 3 && s.folded[p - 1] == "to"sv && in(s.noun_lemma[p - 2], kPlanNouns)) {
      static constexpr std::array<std::string_view, 12> kGiveUp = {"cancel", "abandon", "drop",    "scrap",
                                                                   "halt",   "stop",    "shelve",  "reverse",
                                                                   "suspend", "freeze", "withdraw", "rescind"};
      bool given_up = false;
      for (int t = p - 3; t >= std::max(0, p - 6) && !given_up; --t)
        given_up = in(s.verb_lemma[t], kGiveUp) || in(s.folded[t], kGiveUp);
      if (given_up) continue;
    }
    // A participle that only describes a noun is no act of the clause's subject: "the Russian
    // military build-up in occupied Crimea"; nor are sanctions "targeting Iran" force.
    // (Only after a preposition or determiner: the parser reads "also expressed concern" so too.)
    // (A gerund too after a determiner or "with": "the continuing attacks", "charging its neighbor
    // with supporting dissidents", read as an adjective; not "committed to supporting countries".)
    if (parsed && p == v && p > 0 && universal(sentence.tokens[p].deprel) == "amod"sv &&
        (sentence.tokens[p].xpos == "VBN"sv ||
         (sentence.tokens[p].xpos == "VBG"sv && (s.folded[p - 1] == "with"sv || sentence.tokens[p - 1].upos == "DET"sv))) &&
        sentence.tokens[p].head > p &&
        (sentence.tokens[p - 1].upos == "ADP"sv || sentence.tokens[p - 1].upos == "DET"sv || s.folded[p - 1] == "'s"sv))
      continue;
    if (parsed && p == v && s.verb_lemma[p] == "target"sv && universal(sentence.tokens[p].deprel) == "acl"sv &&
        sentence.tokens[p].head >= 0 && !force_noun(s.noun_lemma[sentence.tokens[p].head]) &&
        !s.noun_lemma[sentence.tokens[p].head].ends_with("attack"))  // ("cyberattacks targeting ...")
      continue;
    // An act that the subject covered, watched or reported on is someone else's: "The journalists
    // had covered protests against the arrest of the mayor".
    static constexpr std::array<std::string_view, 10> kObserverVerbs = {
        "cover", "witness", "watch", "observe", "film", "photograph", "monitor", "document", "record", "report"};
    if (parsed && v != p && in(s.verb_lemma[v], kObserverVerbs)) continue;
    // A measure is no act: "seized enough fentanyl to kill millions", "powerful enough to destroy".
    if (p >= 2 && s.folded[p - 1] == "to"sv && (s.folded[p - 2] == "enough"sv || (p >= 3 && s.folded[p - 3] == "enough"sv)))
      continue;
    bool with_target = false;  // the tree found the target in a "with" phrase
    bool tree_passive = false;  // the tree read the predicate as a passive
    bool judged = false;        // what the object is judged for ("thanked Japan for hosting")
    bool alleged = false;       // and only alleged ("accused Israel of killing")
    std::string inferred;       // a party the coder inferred, for the event's rule ("(source: ...)")
    if (parsed && best_match.source < 0 &&
        (sentence.tokens[v].upos == "VERB"sv || sentence.tokens[v].upos == "AUX"sv)) {
      SubjectOfPredicate subject = subject_of(sentence, v);
      judged = subject.judged;
      alleged = subject.alleged;
      if (subject.token >= 0 && clause_of[subject.token] >= 0) {
        std::vector<int> named = mentions_for(subject.token);
        // "Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi
        // held talks": a chain of titles whose person is named last, deep in the parse of the phrase.
        if (named.empty() && !subject.controlled && subject.token < v) {
          const std::vector<int> phrase = subtree(sentence, subject.token);
          const int last = *std::max_element(phrase.begin(), phrase.end());
          if (const int mi = s.mention_at[last]; mi >= 0 && s.mentions[mi].end == last + 1 &&
                                                 s.mentions[mi].kind == ActorKind::kPerson &&
                                                 !s.mentions[mi].agent_only && s.mentions[mi].begin > subject.token)
            named.push_back(mi);
        }
        // "The US president and the Chinese president met": two subjects the parser did not conjoin.
        for (int other : subject.others)
          if (clause_of[other] == clause_of[subject.token])
            for (int g : mentions_for(other))
              if (std::find(named.begin(), named.end(), g) == named.end()) named.push_back(g);
        // Pronouns, "the two sides", and phrases owned by a pronoun ("his widow", "its jets"): the
        // clause rules resolve these.
        bool pronoun = sentence.tokens[subject.token].upos == "PRON"sv || joint_subject_at(subject.token) > 0 ||
                       (subject.token > 0 && joint_subject_at(subject.token - 1) > 0) ||
                       (subject.token > 1 && joint_subject_at(subject.token - 2) > 0);
        for (int d : dependents(sentence, subject.token, "nmod:poss"))
          pronoun |= named.empty() && sentence.tokens[d].upos == "PRON"sv;
        // (Also where a headline's capitals hid the pronoun from the tagger: "Ukraine Says Its Jets Hit
        // Russian Depot".)
        if (named.empty() && subject.token > 0 &&
            (s.folded[subject.token - 1] == "its"sv || s.folded[subject.token - 1] == "their"sv))
          pronoun = true;
        // An act judged of an object that names no actor is no one's we know: "charging its neighbor
        // with supporting dissidents" is not the accuser's support (the accusation is coded).
        if (subject.judged && subject.by_object && named.empty() && !pronoun &&
            sentence.tokens[subject.token].upos != "PRON"sv)
          continue;
        if (context.trace != nullptr)
          context.trace->push_back("  tree: predicate " + std::to_string(p) + " verb " + std::to_string(v) +
                                   " subject " + std::to_string(subject.token) +
                                   (subject.passive ? " (passive)" : "") + (subject.controlled ? " (controlled)" : "") +
                                   (pronoun ? " (pronoun)" : "") + " actors " + std::to_string(named.size()));
        // "Vietnam is committed to opening up", "is prepared to", "is determined to": adjectival
        // passives of intent and attitude have no agent to find.
        if (subject.passive && (in(s.verb_lemma[v], kIntentMarkers) || in(s.folded[v], kIntentMarkers) ||
                                in(s.folded[v], kStativeParticiples)))
          subject.passive = false;
        // "The US-China talks were held in Geneva": the act is the subject noun's, done by its actors.
        if (subject.token == p) subject.passive = false;
        // "Israeli airstrikes killed at least 20 people" read as a reduced relative ("airstrikes
        // [that were] killed"): weapons and attacks are not killed, they kill.
        static constexpr std::array<std::string_view, 9> kHarmVerbs = {
            "kill", "wound", "injure", "destroy", "damage", "hit", "strike", "level", "flatten"};
        const bool weapon_harms = in(s.noun_lemma[subject.token], kAttackNouns) && in(s.verb_lemma[v], kHarmVerbs) &&
                                  passive_agent(sentence, v) < 0 && dependents(sentence, v, "aux:pass").empty();
        if (subject.passive && weapon_harms) subject.passive = false;
        if (subject.passive) {
          tree_passive = true;
          // "Iran was attacked by Israel": the agent acts on the subject. With no agent named ("Iran
          // was attacked") there is no source to code.
          const int agent = passive_agent(sentence, v);
          std::vector<int> agents = agent >= 0 ? mentions_for(agent) : std::vector<int>{};
          // "were killed in an Israeli airstrike": with no agent, the state or force that owns the
          // instrument (a modifier of it, not the place the oblique names: "killed in Gaza").
          if (agent < 0) {
            const int instrument = instrument_of(sentence, v);
            if (instrument >= 0 && s.mention_at[instrument] < 0)
              for (int t : referent_tokens(sentence, instrument))
                if (t != instrument && s.mention_at[t] >= 0 && !s.mentions[s.mention_at[t]].agent_only) {
                  agents.push_back(s.mention_at[t]);
                  break;
                }
          }
          // "were killed when a roadside bomb planted by Taliban fighters
          // exploded", "drove over a mine laid by the rebels": whoever laid or fired the weapon that
          // struck them (a participle of placing or firing with its "by", anywhere in the sentence).
          if (agent < 0 && agents.empty() && violent_or_coercive(best->code) && !best->code.starts_with("17")) {
            static constexpr std::array<std::string_view, 8> kWeaponPlaced = {
                "emplace", "plant", "lay", "place", "fire", "launch", "detonate", "trigger"};
            for (int t = 0; t + 1 < n && agents.empty(); ++t) {
              if ((sentence.tokens[t].xpos != "VBN"sv && sentence.tokens[t].xpos != "VBD"sv) ||
                  !in(s.verb_lemma[t], kWeaponPlaced) || s.folded[t + 1] != "by"sv)
                continue;
              for (int u = t + 2; u < std::min(n, t + 6); ++u)
                if (s.mention_at[u] >= 0) {
                  if (!s.mentions[s.mention_at[u]].agent_only || sector_of(s.mentions[s.mention_at[u]].code) != "CVL"sv)
                    agents.push_back(s.mention_at[u]);
                  break;
                }
            }
          }
          sources.clear();
          for (int g : agents) sources.push_back(span_of(g));
          // A state's guns, tanks and warplanes are its armed forces: "was attacked by Russian
          // artillery" is RUSMIL's.
          if (agent >= 0 && in(s.noun_lemma[agent], kArmsOfForces))
            for (ActorSpan& a : sources)
              if (a.code.size() == 3 && !country_of(a.code).empty()) a.code += "MIL";
          // "A missionary was arrested in Lebanon", "a journalist was killed in a car bomb explosion in
          // Beirut": coercion and violence with no agent named are coded as acts from within the state
          // where they happen (the source's text is the place).
          // (Not the state's own forces or officials struck at home: "two Ukrainian soldiers were
          // killed in eastern Ukraine" says nothing of who killed them.)
          if (agents.empty() && violent_or_coercive(best->code))
            if (auto place = place_of(v, -1); place && !state_forces_of(named, place->code)) {
              sources.push_back(*place);
              inferred = "(source: the state where it happened; no agent named)";
            }
          // "An Azerbaijani opposition activist has been detained": an arrest named nowhere is the
          // arrested people's own state's (not of soldiers or officials, whom others detain).
          // (Only where the sentence names no other state: "American citizens who are unjustly
          // detained ... in China" are China's detainees.)
          if (agents.empty() && sources.empty() && best->code.starts_with("17") && named.size() == 1) {
            const Mention& m = s.mentions[named[0]];
            const std::string c = country_of(m.code);
            const bool other_state = std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& o) {
              const std::string oc = country_of(o.code);
              return !o.agent_only && !oc.empty() && oc != c;
            });
            if (!c.empty() && m.code.size() > 3 && !other_state && !state_forces_of(named, c)) {
              sources.push_back({c, m.begin, m.end});
              inferred = "(source: the arrested people's own state; no agent named)";
            }
          }
          // An arrest naming no agent, place or state is still the authorities' (only they arrest):
          // "Over 40 opposition activists were arrested overnight" is the police's, of the country the
          // document names, if any (a role's localisation, coder.cc). The source's text is the verb.
          // (Only "arrested", "detained": not "formerly incarcerated", "charged with advising". Nor
          // soldiers or officials, whom others detain: "Three Ukrainian soldiers were detained".)
          if (agents.empty() && sources.empty() && best->code.starts_with("173") && !named.empty() &&
              (s.verb_lemma[v] == "arrest"sv || s.verb_lemma[v] == "detain"sv) &&
              std::none_of(named.begin(), named.end(),
                           [&](int g) { return state_forces_of({g}, country_of(s.mentions[g].code)); })) {
            ActorSpan police("---COP", v, v + 1);
            police.implied = true;
            sources.push_back(police);
            inferred = "(source: the police an arrest implies; no agent named)";
          }
          // The passive's subject is its target, whatever the pattern's target slot took after the
          // verb (the agent: "were shot dead by Israeli troops"; a place: "was arrested in Lebanon").
          if (!sources.empty()) {
            targets.clear();
            best_match.target = -1;  // the slot's actor, if any, was the agent or a place
            if (!named.empty())
              for (int g : named) targets.push_back(span_of(g));
            else if (pronoun)
              targets = clause.subjects;
            else  // "power plants in the Kyiv region were struck by ...": where the patient is
              for (int t : clause_tokens_by_depth(sentence, subject.token))
                if (s.mention_at[t] >= 0 && !s.mentions[s.mention_at[t]].agent_only) {
                  targets.push_back(span_of(s.mention_at[t]));
                  break;
                }
          }
        } else if (pronoun) {
          // "they", "the two ministers": the clause rules resolve these.
        } else if (!named.empty()) {
          // The clause's compound subject when the tree found only part of it ("The Vice President
          // and President Macron reaffirmed ...", the conjunction misparsed).
          bool part_of_clause_subject = clause.subjects.size() > named.size() && clause.subject_end <= p + 1;
          for (int g : named) {
            bool found = false;
            for (const ActorSpan& a : clause.subjects) found |= a.code == s.mentions[g].code;
            part_of_clause_subject &= found;
          }
          if (!part_of_clause_subject) {
            sources.clear();
            for (int g : named) sources.push_back(span_of(g));
          }
          if (passive) targets.clear();  // the positional passive rule misread an active clause
        } else if (!pronoun && (!subject.controlled || subject.relative ||
                                ((in(s.noun_lemma[subject.token], kAttackNouns) ||
                                  // (Or the protest itself: "Protests erupted in Colombia", read
                                  // as a noun phrase.)
                                  (best->code.starts_with("14") &&
                                   (crowd_word(s.folded[subject.token]) || subject.token == p))) &&
                                 universal(sentence.tokens[v].deprel) == "acl"sv &&
                                 sentence.tokens[v].head == subject.token &&
                                 (sentence.tokens[subject.token].head < 0 || weapon_harms)) ||
                                // ("Mortar shells were fired from Lebanon and hit an Israeli position":
                                // the weapon is the second verb's subject too.)
                                (in(s.noun_lemma[subject.token], kAttackNouns) &&
                                 universal(sentence.tokens[v].deprel) == "conj"sv))) {
          // (The second: a weapon the parser read as a noun phrase with the verb on it, "A bomb
          // exploded in a market in Baghdad": it is the subject, not a controller.)
          // A subject that names no actor ("The deal was welcomed", "Shell companies moved funds"):
          // the act is not an actor's. But a weapon or blast that kills or wounds ("A roadside bombing
          // near Samarra killed a U.S. soldier") is violence from within the place it happens.
          sources.clear();
          // Who fired the weapon used it: "Grad missiles fired by Azerbaijan hit ...".
          if (violent_or_coercive(best->code) && in(s.noun_lemma[subject.token], kAttackNouns))
            for (int d : dependents(sentence, subject.token, "acl"))
              if (const int agent = passive_agent(sentence, d);
                  d != v && agent >= 0 && s.mention_at[agent] >= 0 && !s.mentions[s.mention_at[agent]].agent_only) {
                for (int g : conjuncts(s.mention_at[agent])) sources.push_back(span_of(g));
                inferred = "(source: the actor who fired the weapon)";
                break;
              }
          // Where the weapon came from is who used it: "shells were fired from Lebanon" (on the verb
          // or on the first conjunct's).
          if (sources.empty() && violent_or_coercive(best->code) && in(s.noun_lemma[subject.token], kAttackNouns)) {
            std::vector<int> from = dependents(sentence, v, "obl");
            if (universal(sentence.tokens[v].deprel) == "conj"sv && sentence.tokens[v].head >= 0)
              for (int d : dependents(sentence, sentence.tokens[v].head, "obl")) from.push_back(d);
            for (int d : from)
              if (preposition_of(sentence, d) == "from"sv && s.mention_at[d] >= 0 &&
                  !s.mentions[s.mention_at[d]].agent_only) {
                ActorSpan origin = span_of(s.mention_at[d]);
                origin.code = country_of(origin.code).empty() ? origin.code : country_of(origin.code);
                sources.push_back(origin);
                inferred = "(source: the state the weapon came from; no agent named)";
                break;
              }
          }
          if (sources.empty() && violent_or_coercive(best->code) && !best->code.starts_with("17") &&
              in(s.noun_lemma[subject.token], kAttackNouns))
            if (auto place = place_of(v, subject.token);
                place && !state_forces_of(best_match.target >= 0 ? conjuncts(best_match.target) : std::vector<int>{},
                                          place->code)) {
              sources.push_back(*place);
              inferred = "(source: the state where it happened; no agent named)";
            }
          // A crowd with no one named protests where it gathers: "Thousands rallied in Belgrade against
          // the government" is Serbia's people; so does a protest held by no one named ("Protests were
          // held across Bangladesh").
          if (best->code.starts_with("14") && (crowd_word(s.folded[subject.token]) || subject.token == p))
            if (auto place = place_of(v, subject.token)) {
              place->code = country_of(place->code);
              sources.push_back(*place);
              inferred = "(source: the people of the place; no one named)";
            }
        }
      }
      // Objects the pattern did not place: "will give Tanzania a grant", "held talks on Friday with Iran".
      // For statements and consultations a direct object is a topic ("discussed Ukraine").
      if (targets.empty() && best_match.target < 0 && best_match.pronoun < 0 && !best_match.reciprocal) {
        const bool topic = best->code.starts_with("01") || best->code.starts_with("04");
        const bool joint = sources.size() >= 2 && (joint_code(best->code) || exchange_pattern(*best));
        // The author an act on someone is "by": a "by" phrase of the act's noun, of the phrase after it,
        // or hung on the active verb after the object ("condemned the attack on Israel by Hamas").
        auto author_by = [&](int noun, int after) {
          std::vector<int> by = dependents(sentence, noun, "nmod");
          if (after != noun)
            for (int d : dependents(sentence, after, "nmod")) by.push_back(d);
          if (!tree_passive)
            for (int d : dependents(sentence, v, "obl"))
              if (d > after) by.push_back(d);
          for (int d : by)
            if (const std::vector<int> agents = mentions_for(d);
                preposition_of(sentence, d) == "by"sv && !agents.empty()) {
              for (int g : conjuncts(agents.front())) targets.push_back(span_of(g));
              return;
            }
        };
        for (int o : object_heads(sentence, v, p)) {
          const std::string_view rel = universal(sentence.tokens[o].deprel);
          // A topic: "exchanged views on the Ukraine crisis", "discussed Ukraine".
          if (topic && (rel == "obj"sv || rel == "iobj"sv || preposition_of(sentence, o) == "on"sv)) continue;
          // Nor, for disapproval, those an attack struck: "condemned the attack on a school in Kano" (the
          // one condemned is who made it: "Russia's attack", "the attack by Hamas").
          // (The parser may hang "on Kyiv" on the verb: then the attack is the object before it.)
          int struck_by = rel == "nmod"sv ? sentence.tokens[o].head : -1;
          if (rel == "obl"sv)
            for (int d : dependents(sentence, v, "obj"))
              if (d < o) struck_by = d;
          if ((best->code.starts_with("11") || best->code.starts_with("12")) && struck_by >= 0 &&
              force_noun(s.noun_lemma[struck_by]) &&
              preposition_of(sentence, o) != "by"sv && preposition_of(sentence, o) != "from"sv) {
            // (The attacker's "by" phrase may hang on the verb: "condemned the attack on Israel by
            // Hamas", the verb active.)
            author_by(struck_by, o);
            if (!targets.empty()) break;
            continue;
          }
          if (joint) break;  // "the two sides met": each other's partner already
          // Aid given "with" others is given together with them, to someone else: "working together with
          // partners including Australia and France to provide support" gives Australia nothing.
          if (best->code.starts_with("07") && preposition_of(sentence, o) == "with"sv) continue;
          std::vector<int> objects = mentions_for(o);
          // What is backed or welcomed is its author's: "supports the Global Development Initiative
          // proposed by President Xi Jinping" supports China; so is what is condemned ("condemned the
          // unilateral sanctions imposed on Iran by the United States").
          if (objects.empty() && rel == "obj"sv &&
              (best->code.starts_with("05"sv) || best->code.starts_with("11"sv) || best->code.starts_with("12"sv)))
            for (int a : dependents(sentence, o, "acl")) {
              std::vector<int> by = dependents(sentence, a, "obl:agent");
              // (Or its "by" phrase hung on the verb: "condemned the sanctions imposed on Iran by
              // the United States".)
              if (sentence.tokens[a].xpos == "VBN"sv && !tree_passive)
                for (int d : dependents(sentence, v, "obl"))
                  if (d > a && preposition_of(sentence, d) == "by"sv) by.push_back(d);
              for (int d : by)
                if (const std::vector<int> authors = mentions_for(d); !authors.empty() && objects.empty())
                  objects = authors;
            }
          // "condemned the killing of protesters", "deplored the loss of Afghan lives": those an act
          // was done to are not who is condemned; only its author before the noun is ("Russia's
          // invasion of Ukraine").
          if ((best->code.starts_with("11") || best->code.starts_with("12")) && in(s.noun_lemma[o], kPatientNouns)) {
            std::erase_if(objects, [&](int g) { return s.mentions[g].begin > o; });
            if (objects.empty()) {  // "condemned the arrest of journalists by Turkish police"
              author_by(o, o);
              if (!targets.empty()) break;
            }
          }
          // A weapon fired is no target: "Iran fired hundreds of drones and missiles towards Israel".
          std::erase_if(objects, [&](int g) {
            // (Nor, for violence, the source's own state or government: "Russia's missile strikes in
            // Ukraine and the Kremlin's attempts to annex ...".)
            bool own = false;
            if (best->code.compare(0, 2, "18") >= 0)
              for (const ActorSpan& src : sources) own |= own_state_target(src.code, s.mentions[g].code);
            // (Nor, for words and cooperation, the subject's own role: "agreed to withdraw its troops
            // from Lebanon" is no act on its troops.)
            const int b = s.mentions[g].begin;
            if (best->code.compare(0, 2, "15") < 0 && b > 0 && (s.folded[b - 1] == "its"sv || s.folded[b - 1] == "their"sv))
              for (const ActorSpan& src : sources) own |= country_of(src.code) == country_of(s.mentions[g].code);
            return role_in_pattern(*best, g) || weapon(g) || own;
          });
          bool is_source = false;
          for (int g : objects)
            for (const ActorSpan& src : sources) is_source |= s.mentions[g].begin == src.begin;
          if (objects.empty() || is_source) continue;
          for (int g : objects) targets.push_back(span_of(g));
          with_target = preposition_of(sentence, o) == "with"sv;
          break;
        }
        // Failing an object, the nearest actor within the clause: "threatened to cut off electricity
        // to Nakhichevan", "agreed to provide aid for Romania and Poland". Not for statements and
        // consultations, whose other actors are topics, nor for a pattern whose target slot named
        // someone no dictionary knows ("calls on other parties to").
        // (Nor for an exchange or a clash, whose other party is a co-subject or named "with": "protesters
        // clashed in Nairobi" did not clash with Kenya.)
        if (targets.empty() && !joint && !best_match.has_target_slot && (!topic || best->code == "045"sv) &&
            !exchange_pattern(*best)) {
          std::vector<int> near = clause_tokens_by_depth(sentence, v);
          // Force the parser read as an adjective of the noun after it, in a sentence whose root is
          // no verb ("Israeli tanks shelled positions of the Palestinian forces"): that noun is what
          // it struck. (Not for words: "expressed concerns with action in Rafah" names no target.)
          if (parsed && best->code.compare(0, 2, "15") >= 0 && universal(sentence.tokens[v].deprel) == "amod"sv &&
              sentence.tokens[v].head > v &&
              std::none_of(sentence.tokens.begin(), sentence.tokens.end(), [](const Token& t) {
                return t.head < 0 && (t.upos == "VERB"sv || t.upos == "AUX"sv);
              })) {
            const int object = sentence.tokens[v].head;
            near.push_back(object);
            for (int t : clause_tokens_by_depth(sentence, object))
              if (t != v) near.push_back(t);
          }
          for (int t : near) {
            const int mi = s.mention_at[t];
            // A region there is where it happens ("war games in the Mediterranean").
            if (mi < 0 || role_in_pattern(*best, mi) || is_region_code(s.mentions[mi].code) || weapon(mi)) continue;
            // (Nor the agent of a participle on the way: "restored relations in a deal brokered by China".)
            if (sentence.tokens[t].deprel == "obl:agent"sv && sentence.tokens[t].head != v) continue;
            bool is_source = false;
            // Nor the source itself or a part of it: "Syria offered its troops to Lebanon" (SYRMIL),
            // "the Security Council ... the peacekeeping force (UNIFIL)".
            // (A broader unit of the source's own country stays: "police detained ... in Istanbul"
            // is domestic.)
            // A capital named as the place ("blew themselves up in Beirut's southern suburbs", "imposed
            // a curfew in Algiers") is its state, not its government (a protest's place is left to the
            // protest rule below).
            const Mention& m = s.mentions[mi];
            const bool placed_capital = m.kind == ActorKind::kState && sector_of(m.code) == "GOV"sv && placed_at(t, v);
            // (For the source's own capital, only where a measure is imposed or eased: "declined to
            // resign despite protests in Lima" names no target.)
            const bool measure = best->code.starts_with("081"sv) || best->code.starts_with("172"sv) ||
                                 best->code.starts_with("132"sv);
            const std::string candidate = placed_capital && measure ? country_of(m.code) : m.code;
            for (const ActorSpan& src : sources) is_source |= candidate.starts_with(src.code);
            // Nor, for violence, the source's own state named as a place ("The Israeli military
            // launched artillery attacks in response to missiles in the north of Israel"). (Coercion
            // is often domestic: "imposed a curfew in southeastern Turkey".)
            if (best->code.compare(0, 2, "18") >= 0)
              for (const ActorSpan& src : sources) is_source |= own_state_target(src.code, candidate);
            if (is_source) continue;
            if (placed_capital) {
              if (best->code.starts_with("14")) continue;
              targets.push_back({country_of(m.code), m.begin, m.end});
              break;
            }
            for (int g : conjuncts(mi)) targets.push_back(span_of(g));
            break;
          }
        }
      }
    }
    // "The leaders discussed ongoing Houthi attacks against merchant vessels", "condemned Russia's
    // strikes on Kyiv", "rocket attacks from Gaza", "cyber attacks by Iran", "the importance of an
    // IAEA visit": force or a visit named by a noun is done by the actor that modifies the noun (the
    // nearest before it, else one it comes from or is by), not by those who talk about it.
    // (A headline's nouns are tagged proper nouns: "Scholz Condemns Russian Missile Strikes".)
    if (parsed && best_match.source < 0 &&
        (sentence.tokens[p].upos == "NOUN"sv ||
         (sentence.tokens[p].upos == "PROPN"sv && s.noun_lemma[p] != s.verb_lemma[p] && s.mention_at[p] < 0) ||
         (sentence.tokens[p].upos == "PROPN"sv && in(s.noun_lemma[p], kAttackNouns))) &&
        (best->code.compare(0, 2, "15") >= 0 || (best->code == "042"sv && s.noun_lemma[p] == "visit"sv))) {
      int owner = -1, from = -1;
      auto candidate = [&](int d) {
        const int mi = s.mention_at[d];
        return mi >= 0 && !s.mentions[mi].agent_only && mi != best_match.target && !is_region_code(s.mentions[mi].code)
                   ? mi
                   : -1;
      };
      for (int d : dependents(sentence, p)) {
        const std::string& rel = sentence.tokens[d].deprel;
        if (d < p && (rel == "nmod:poss"sv || universal(rel) == "compound"sv || universal(rel) == "amod"sv)) {
          if (const int mi = candidate(d); mi >= 0) owner = mi;
        } else if (d > p && from < 0 && universal(rel) == "nmod"sv) {
          const std::string prep = preposition_of(sentence, d);
          // ("attacks by Hamas terrorists": the name on the role.)
          if (prep == "from"sv || prep == "by"sv)
            for (int r : referent_tokens(sentence, d))
              if (from < 0) from = candidate(r);
        }
      }
      // ("condemned the attack on Kyiv by Russia", the "by" phrase hung on the active verb.)
      if (const int verb = governing_verb(sentence, p); from < 0 && !tree_passive && verb >= 0 && verb != p)
        for (int d : dependents(sentence, verb, "obl"))
          if (d > p && from < 0 && preposition_of(sentence, d) == "by"sv)
            for (int r : referent_tokens(sentence, d))
              if (from < 0) from = candidate(r);
      if (owner < 0) owner = from;
      // The word right before the noun, whatever the tree made of it ("Russian Missile Strikes").
      if (owner < 0 && p > 0) owner = candidate(p - 1);
      // The possessor of its noun phrase ("Russia's latest missile and drone attacks").
      if (owner < 0 && f.possessive > 0) owner = candidate(f.possessive - 1);
      // "its" or "their" for the actor named last before it: "raising costs on Russia for its brutal
      // attacks in Ukraine".
      if (owner < 0)
        for (int d : dependents(sentence, p, "nmod:poss")) {
          const std::string& w = s.folded[d];
          if (w != "its"sv && w != "their"sv) continue;
          // (A possessor before it first: "condemned Russia's invasion of Ukraine and its ongoing
          // attacks" is Russia's, not Ukraine's.)
          for (int t = d - 1; t >= 0 && owner < 0; --t)
            if (const int mi = s.mention_at[t]; mi >= 0 && s.mentions[mi].begin == t) {
              const int end = s.mentions[mi].end;
              if (end < n && (s.folded[end] == "'s"sv || s.folded[end] == "'"sv)) owner = candidate(t);
            }
          for (int t = d - 1; t >= 0 && owner < 0; --t)
            if (const int mi = s.mention_at[t]; mi >= 0 && s.mentions[mi].begin == t) owner = candidate(t);
        }
      if (owner >= 0) {
        sources.clear();
        for (int g : conjuncts(owner)) sources.push_back(span_of(g));
        std::erase_if(targets, [&](const ActorSpan& t) {
          return std::any_of(sources.begin(), sources.end(), [&](const ActorSpan& a) {
            return a.begin == t.begin || (best->code.compare(0, 2, "18") >= 0 && own_state_target(a.code, t.code));
          });
        });
        inferred = "(source: the actor named on the noun of the act)";
      } else if (const int verb = [&] {
                   // The verb the noun is an object or oblique of, through the nouns it modifies:
                   // "spoke with Putin about the ongoing ransomware attacks", "expressed concern about the
                   // build-up of Russian troops".
                   // (On through conjoined nouns and verbs of countering, up to a verb of talk: "discussed
                   // expanding collaboration to counter ... interference and attacks against human rights
                   // defenders".)
                   static constexpr std::array<std::string_view, 7> kCounterVerbs = {
                       "counter", "combat", "prevent", "deter", "confront", "address", "fight"};
                   int t = p;
                   for (int guard = 0; guard < 8 && t >= 0; ++guard) {
                     const std::string_view rel = universal(sentence.tokens[t].deprel);
                     const int h = sentence.tokens[t].head;
                     const bool on_verb = sentence.tokens[t].upos == "VERB"sv;
                     if (h < 0 || (!on_verb && rel != "obj"sv && rel != "obl"sv && rel != "nmod"sv && rel != "conj"sv) ||
                         (on_verb && rel != "xcomp"sv && rel != "advcl"sv && rel != "conj"sv && rel != "ccomp"sv))
                       return -1;
                     if (sentence.tokens[h].upos == "VERB"sv &&
                         (in(std::string_view(s.verb_lemma[h]), kTalkAboutVerbs) ||
                          in(std::string_view(s.verb_lemma[h]), kCounterVerbs)))
                       return h;
                     t = h;
                   }
                   return -1;
                 }();
                 verb >= 0 &&
                 best->code.compare(0, 2, "18") >= 0) {
        // Force that the speakers condemn, discuss or mourn, with no one named as its author, is
        // not theirs: "condemned all attacks against civilians", "discussed the bombing".
        continue;
      }
    }
    // "reiterated its demand that Israel ease restrictions": the one asked is the subject of the
    // demand's content clause. "threatened to close the strait if the United States imposes
    // sanctions", "may halt mediation if Serbia refuses": the one threatened is the condition's.
    if (targets.empty() && !best_match.has_target_slot) {
      const std::size_t next = static_cast<std::size_t>(clause_of[p]) + 1;
      const bool asked = best->code.starts_with("10") && next < clauses.size() && clauses[next].start >= 2 &&
                         s.folded[clauses[next].start - 1] == "that"sv &&
                         in(s.noun_lemma[clauses[next].start - 2], kDemandNouns);
      const bool threatened = (best->code.starts_with("13") || clause.conditional) && next < clauses.size() &&
                              clauses[next].start >= 1 && clauses[next].condition &&
                              in(s.folded[clauses[next].start - 1], kConditionals);
      // (The condition may come first: "Should Russia invade Ukraine, the United States will impose
      // sanctions", "If Russia attacks, we will respond".)
      const std::size_t here = static_cast<std::size_t>(clause_of[p]);
      // (Not the source's own state: "threatened to use nuclear weapons if Russia's territory is
      // attacked" threatens whoever attacks it.)
      // (Of the same country too where one is its authorities and the other is not: "rebels insisted
      // on their demands that Burundi's government grant ..." is BDIREB -> BDIGOV.)
      auto other_party = [&](const ActorSpan& a) {
        auto authority = [&](const std::string& code) { return authority_sector(sector_of(code)); };
        return std::none_of(sources.begin(), sources.end(), [&](const ActorSpan& src) {
          const bool domestic_dyad = src.code.size() >= 6 && a.code.size() >= 6 && authority(src.code) != authority(a.code);
          return src.code == a.code ||
                 (!country_of(a.code).empty() && country_of(src.code) == country_of(a.code) && !domestic_dyad);
        });
      };
      if (!asked && !threatened && here > 0 && (best->code.starts_with("13") || clause.conditional) &&
          clauses[here - 1].condition && clauses[here - 1].end + 1 == clause.start)
        for (const ActorSpan& a : clauses[here - 1].subjects)
          if (other_party(a)) targets.push_back(a);
      if (asked || threatened)
        for (const ActorSpan& a : clauses[next].subjects)
          if (other_party(a)) targets.push_back(a);
    }
    // A target slot left to a passive's subject needs the tree to agree that it is one.
    if (best_match.passive_slot && !tree_passive) continue;
    // A protest with no one named as its object is against the authorities where it happens:
    // "Thousands of Nigerians rallied in Lagos" (NGA -> NGAGOV), "ethnic Turks began a hunger strike
    // in Stockholm". (Not a government's own rally, nor where the tree is not trusted.)
    // "rallied against the government": their own government, where no other is named.
    // (And the place the people protest in is not what they protest against: its authorities are,
    // below.)
    // "staged demonstrations to demand political reforms by President Suharto's government", "a
    // hunger strike to demand the resignation of President X": a protest whose purpose names whom it
    // presses is against them, and that demand is what the protest says, not a second event. (Read
    // along the words: parsers often hang the purpose on the crowd.)
    if (best->code.starts_with("14") && !sources.empty() && best_match.pronoun < 0 && !best_match.reciprocal)
      for (int d = p + 2; d < clause.end; ++d) {
        // ("to demand ...", or the participle: "rallied outside parliament, demanding that ...")
        const bool purpose = s.folded[d - 1] == "to"sv || (s.folded[d].ends_with("ing") && s.folded[d - 1] == ","sv);
        if (!purpose || !in(s.verb_lemma[d], kPressingVerbs) || (parsed && sentence.tokens[d].upos != "VERB"sv))
          continue;
        absorbed[d] = 1;
        for (int t = d + 1; t < clause.end && targets.empty(); ++t)
          if (const int mi = s.mention_at[t];
              mi >= 0 && (!s.mentions[mi].agent_only || authority_sector(sector_of(s.mentions[mi].code))) &&
              std::none_of(sources.begin(), sources.end(), [&](const ActorSpan& a) {
                                                 return a.code == s.mentions[mi].code;
                                               })) {
            targets.push_back(span_of(mi));
            inferred = "(target: whom the protest's purpose presses)";
          }
        break;
      }
    if (best->code.starts_with("14") && sources.size() == 1 && !country_of(sources[0].code).empty()) {
      for (ActorSpan& t : targets)
        if (t.code == "---GOV"sv) t.code = country_of(sources[0].code) + "GOV";
      std::erase_if(targets, [&](const ActorSpan& t) { return t.code == sources[0].code; });
    }
    if (parsed && targets.empty() && best_match.pronoun < 0 && !best_match.both_sides && !best_match.reciprocal &&
        best->code.starts_with("14") && !sources.empty() &&
        std::none_of(sources.begin(), sources.end(), [](const ActorSpan& a) { return sector_of(a.code) == "GOV"sv; }))
      if (auto place = place_of(v, -1)) {
        place->code += "GOV";
        targets.push_back(*place);
        inferred = "(target: the authorities where it happened)";
      }
    // "Meeting Between President Biden and President Ramaphosa", "talks between Armenia and
    // Azerbaijan": with no one else acting, the two named between are the joint actors.
    if (sources.empty() && best_match.target >= 0 && joint_code(best->code)) {
      bool between = false;
      const auto& elements = best->elements;
      for (std::size_t k = 1; k < elements.size(); ++k)
        if (elements[k].kind == ElementKind::kTarget && elements[k - 1].kind == ElementKind::kWord)
          for (const std::string& w : elements[k - 1].words) between |= w == "between"sv;
      const std::vector<int> group = conjuncts(best_match.target);
      if (between && group.size() >= 2) {
        for (int g : group) sources.push_back(span_of(g));
        targets.clear();
        best_match.target = -1;
        best_match.has_target_slot = false;
      }
    }
    // "Wang Yi accepted the invitation with pleasure": an invitation accepted with no inviter named is
    // the other party's of a two-party readout; so are condolences offered to no one named ("President
    // Macron conveyed his condolences on the loss of lives in the train accident in Odisha").
    const bool accepted = s.verb_lemma[p] == "accept"sv && best->code == "036"sv;
    if (targets.empty() && sources.size() == 1 && (accepted || best->code == "018"sv))
      if (const std::vector<std::string> pair = pair_of_document(); pair.size() == 2) {
        int invitation = p;  // (the target's text: the words "the invitation", "his condolences")
        for (int t = p + 1; t < clause.end && invitation == p; ++t)
          if (s.noun_lemma[t] == "invitation"sv || s.noun_lemma[t] == "condolence"sv || s.noun_lemma[t] == "sympathy"sv)
            invitation = t;
        const int from = invitation > 0 && s.folded[invitation - 1] == "the"sv ? invitation - 1 : invitation;
        for (std::size_t k = 0; k < 2; ++k)
          if (country_of(pair[k]) == country_of(sources[0].code) && country_of(pair[1 - k]) != country_of(pair[k]))
            targets.push_back({pair[1 - k], from, invitation + 1});
      }
    // "Targeting" someone is force only from armed men or with arms named in the clause: "the United
    // States is targeting additional Russian elites" (sanctions), "state politicians target young
    // transgender Americans", "Iran targeting dissidents" are not 190; "the terrorist attack
    // targeting the residence", "drones targeted the base", "militants targeted a convoy" are.
    if (s.verb_lemma[p] == "target"sv && best->code.compare(0, 2, "18") >= 0) {
      static constexpr std::array<std::string_view, 5> kArmed = {"MIL", "REB", "UAF", "INS", "SPY"};
      bool armed = std::any_of(sources.begin(), sources.end(),
                               [&](const ActorSpan& a) { return in(std::string_view(sector_of(a.code)), kArmed); });
      static constexpr std::array<std::string_view, 6> kArmedMen = {"drone", "gunman", "militant", "troop",
                                                                    "cyberattack", "hacker"};
      for (int t = clause.start; t < clause.end && !armed; ++t)
        armed = force_noun(s.noun_lemma[t]) || in(s.noun_lemma[t], kArmsOfForces) || in(s.noun_lemma[t], kArmedMen);
      if (!armed) continue;
    }
    // A stance affirmed is the affirmer's own: "emphasized concerns about the PRC's support for Russia"
    // and "Meloni emphasized the significance of sustained U.S. support for Ukraine" are no support
    // of the speakers'; "President Biden and King Abdullah reaffirmed the United States' support for
    // Jordan" is the President's.
    if (static constexpr std::array<std::string_view, 15> kAffirmVerbs = {
            "convey", "extend", "underscore", "underline", "pledge", "offer", "reiterate", "reaffirm",
            "confirm", "emphasize", "emphasise", "stress", "express", "highlight", "voice"};
        best_match.gap_word >= 0 && in(s.verb_lemma[p], kAffirmVerbs)) {
      // The owner of the word after the "...": an actor named just before it, in its noun phrase
      // ("the PRC's support", "sustained U.S. support"; not past "and", a verb or "our", "his" ...).
      const int t = best_match.gap_word;
      int owner_mention = -1;
      for (int u = t - 1; u >= std::max(p + 1, t - 4) && owner_mention < 0; --u) {
        const std::string& w = s.folded[u];
        const bool possessive = (w == "'s"sv || w == "'"sv) && u > 0;
        if (is_punct(w) || in(w, kPrepositions) || w == "and"sv || w == "our"sv || w == "his"sv || w == "her"sv ||
            w == "their"sv || w == "its"sv || (!possessive && s.verb_lemma[u] != w && s.noun_lemma[u] == w))
          break;
        const int mi = s.mention_at[possessive ? u - 1 : u];
        if (mi >= 0 && !s.mentions[mi].agent_only && (possessive || u >= t - 2)) owner_mention = mi;
      }
      if (owner_mention >= 0) {
        const std::string owner = country_of(s.mentions[owner_mention].code);
        std::erase_if(sources, [&](const ActorSpan& a) { return country_of(a.code) != owner; });
      }
    }
    // One actor named twice is one source: "the Asia-Pacific Economic Cooperation (APEC) forum".
    for (std::size_t i = 1; i < sources.size(); ++i)
      for (std::size_t j = 0; j < i; ++j)
        if (sources[j].code == sources[i].code) {
          sources.erase(sources.begin() + static_cast<long>(i--));
          break;
        }
    if (sources.empty()) continue;

    // Negation and modality from the words between the subject and the predicate.
    const int from = std::max(clause.start, clause.subject_end < 0 ? clause.start : clause.subject_end);
    bool intended = false, hypothetical = false;
    bool refused = false;
    bool ruled_out = false;
    // (Not the words of the judging verb: "will thank Romania for hosting U.S. troops" is no intent
    // to host, "did not blame Iran for attacking" no denial of the attack.)
    for (int t = judged ? p : std::max(from, p - 6); t < p; ++t) {
      const std::string& w = s.folded[t];
      // (Not "not only ... but also".)
      if ((in(w, kNegations) && !(t + 1 < n && s.folded[t + 1] == "only"sv)) || s.verb_lemma[t] == "fail"sv)
        base.negated = true;  // "failed to reach agreement"
      // A negated stop is no negation: "will never stop fighting to deliver relief", "will not
      // hesitate to use force", "sanctions will not prevent providing assistance".
      if (base.negated && t > from && in(s.verb_lemma[t], kStopVerbs)) base.negated = false;
      // "Serbia denied sending troops to the border": the act denied is not asserted.
      if (s.verb_lemma[t] == "deny"sv && t + 1 == p && s.folded[p].ends_with("ing")) base.negated = true;
      // Nor what a denial's "that" says: "Russia denied that its forces had attacked civilians",
      // "denied reports that Tehran had supplied drones".
      if ((s.verb_lemma[t] == "deny"sv || s.verb_lemma[t] == "refute"sv || s.verb_lemma[t] == "dismiss"sv) &&
          std::find(s.folded.begin() + t + 1, s.folded.begin() + p, "that") != s.folded.begin() + p)
        base.negated = true;
      // "ruled out sending troops", "did not rule out travelling to Moscow": see below.
      // (The act right after it: not "did not rule out travelling to Moscow to discuss ...".)
      if (s.verb_lemma[t] == "rule"sv && t + 1 < p && s.folded[t + 1] == "out"sv && p - (t + 1) <= 3) ruled_out = true;
      // "refused to lift the curfew": the refusal is the event (its own pattern, 12x), not the act.
      if (s.verb_lemma[t] == "refuse"sv || s.verb_lemma[t] == "decline"sv) refused = true;
      // (Not a participle that modifies a noun: "hit their intended targets".)
      const bool modifier = parsed && universal(sentence.tokens[t].deprel) == "amod"sv;
      if (!modifier &&
          (in(w, kFutureMarkers) || in(s.verb_lemma[t], kIntentMarkers) || in(w, kIntentMarkers) || w == "would"sv))
        intended = true;
      // "looks forward to hosting"
      if (s.verb_lemma[t] == "look"sv && t + 1 < p && s.folded[t + 1] == "forward"sv) intended = true;
      // "agreed in principle on Saturday to provide aid": an agreement to act (not "agreed that
      // Hamas should release the hostages").
      if (s.verb_lemma[t] == "agree"sv && std::find(s.folded.begin() + t + 1, s.folded.begin() + p, "to") !=
                                               s.folded.begin() + p &&
          std::find(s.folded.begin() + t + 1, s.folded.begin() + p, "that") == s.folded.begin() + p)
        intended = true;
      // "reiterated our commitment to provide Israel ...": a commitment to act (not "commitment to
      // Israel's security", which is support).
      if ((s.folded[t] == "commitment"sv || s.folded[t] == "determination"sv) && t + 2 == p &&
          s.folded[t + 1] == "to"sv)
        intended = true;
      // "is to travel to Ankara next month": a plan
      if ((w == "is"sv || w == "are"sv) && t + 1 < p && s.folded[t + 1] == "to"sv) intended = true;
      // "stressed the need to provide support", "underscored the importance of providing aid": what
      // the speakers hold should be done, not a report that it was (as a commitment to act). (Words
      // of support stay said: "the importance of supporting Ukraine" endorses, 051.)
      // (The noun only, which the tagger may miss after an adjective: not "we need to summon", "the
      // equipment they need to meet".)
      auto noun_at = [&](int u) {
        if (!parsed) return false;
        if (sentence.tokens[u].upos == "NOUN"sv) return true;
        if (u == 0) return false;
        const Token& before = sentence.tokens[u - 1];
        return before.upos == "DET"sv || before.upos == "ADJ"sv || before.xpos == "PRP$"sv;
      };
      if (t + 2 == p && !best->code.starts_with("05") && noun_at(t) &&
          ((w == "need"sv && s.folded[t + 1] == "to"sv) ||
           ((w == "importance"sv || w == "necessity"sv) && s.folded[t + 1] == "of"sv)))
        intended = true;
    }
    // A negated verb that directly controls the predicate negates it beyond the window above: "I am not
    // directing the Secretary of the Treasury to impose trade measures on Mexican products" (not a
    // negated stop: "did not hesitate to").
    if (parsed && !base.negated && !ruled_out)
      for (int c = v, guard = 0;
           guard < 1 && c >= 1 &&
           (universal(sentence.tokens[c].deprel) == "xcomp"sv ||
            (universal(sentence.tokens[c].deprel) == "advcl"sv && s.folded[c - 1] == "to"sv));
           ++guard) {
        c = sentence.tokens[c].head;
        if (c < 0 || in(s.verb_lemma[c], kStopVerbs)) break;
        for (int d : dependents(sentence, c, "advmod"))
          if (d < c && in(s.folded[d], kNegations) && !(d + 1 < n && s.folded[d + 1] == "only"sv)) base.negated = true;
      }
    // A coordinated predicate shares the intent of its first conjunct: "is willing to work with Egypt
    // to implement the consensus and push for new progress".
    if (parsed && !intended && sentence.tokens[p].deprel == "conj"sv && sentence.tokens[p].head >= 0 &&
        sentence.tokens[p].head < p) {
      const int h = sentence.tokens[p].head;
      for (int t = std::max(from, h - 6); t < h; ++t)
        if (in(s.folded[t], kFutureMarkers) || in(s.verb_lemma[t], kIntentMarkers) || in(s.folded[t], kIntentMarkers))
          intended = true;
      for (int c = h, guard = 0; guard < 4 && !intended && c >= 0 && universal(sentence.tokens[c].deprel) == "xcomp"sv;
           ++guard) {  // "willing to work ... to implement ... and push": up the chain of infinitives
        c = sentence.tokens[c].head;
        if (c >= 0 && (in(s.verb_lemma[c], kIntentMarkers) || in(s.folded[c], kIntentMarkers))) intended = true;
      }
    }
    if (refused && !best->code.starts_with("12")) continue;
    if (clause.denied) base.negated = true;
    if (clause.conditional || clause.condition) hypothetical = true;
    for (int t = clause.start; t < clause.end; ++t)
      if (in(s.folded[t], kConditionals)) hypothetical = true;
    for (int t = judged ? p : std::max(from, p - 6); t < p; ++t)
      if (in(s.folded[t], kModalHypotheticals)) hypothetical = true;
    // (Seeking a thing is an act, seeking to do one an intent: "sought refuge in Germany".)
    const bool seeks_a_thing = s.verb_lemma[p] == "seek"sv && (p + 1 >= n || s.folded[p + 1] != "to"sv);
    if ((in(s.verb_lemma[p], kIntentMarkers) || in(s.folded[p], kIntentMarkers)) && !seeks_a_thing) intended = true;
    // An intent word that opens the pattern ("ready to ... with $T"); not one among its objects
    // ("put ... troop on ... (alert/readiness)").
    // (Of the predicate's alternatives, the word written: "reaffirmed ... support for Kenya" is no
    // pledge because `(reaffirm/pledge/...) ... support for $T` lists one.)
    for (std::size_t k = 0; k < std::min<std::size_t>(2, best->elements.size()); ++k) {
      const auto& words = best->elements[k].words;
      if (k == 0 && words.size() > 1) {
        if ((in(std::string_view(s.verb_lemma[p]), kIntentMarkers) || in(std::string_view(s.folded[p]), kIntentMarkers)) &&
            !seeks_a_thing)
          intended = true;
        continue;
      }
      for (const std::string& w : words)
        if (in(std::string_view(w), kIntentMarkers) && !(k == 0 && seeks_a_thing)) intended = true;
    }
    if (best->code.starts_with("03")) intended = true;
    // Announced: intended, or the consequence of a condition ("... would impose sanctions if ..."),
    // not the condition itself ("If Russia attacks Ukraine, ...").
    base.announced = intended || (hypothetical && clause.conditional) ||
                     (hypothetical && !in(s.folded[clause.start], kConditionals) && [&] {
                       for (int t = clause.start; t < clause.end; ++t)
                         if (in(s.folded[t], kConditionals)) return t > p;
                       return false;
                     }());
    // An announced act is coded as the intent, promise or threat, which was made: intended, not
    // hypothetical, even when a condition goes with it ("threatened to bomb Iran if ...").
    base.modality = base.announced ? Modality::kIntended
                    : hypothetical ? Modality::kHypothetical
                    : intended   ? Modality::kIntended
                    : !base.speaker.empty() ? Modality::kReported
                                            : Modality::kAsserted;
    // An act ruled out is announced as not to be done (a refusal, 12x); one not ruled out, as possible:
    // "Berlin did not rule out further sanctions against Russia" is a threat (1312), hypothetical.
    // (So with a threat ruled out or not, its own pattern: `rule out ... sanction against $T`.)
    const bool threat_ruled_out =
        best->code.starts_with("13") && s.verb_lemma[p] == "rule"sv && p + 1 < n && s.folded[p + 1] == "out"sv;
    if (ruled_out || threat_ruled_out) {
      if (ruled_out) base.announced = true;
      if (base.negated) {
        base.negated = false;
        base.modality = Modality::kHypothetical;
      } else {
        base.negated = true;
      }
    }
    // A question asserts nothing: "Will the U.S. respond militarily?", "Does the President support
    // the idea ...?" (press briefings are full of them). Its acts are coded as hypothetical, and not as
    // intents or threats.
    if (question) {
      base.announced = false;
      base.modality = Modality::kHypothetical;
    }
    // An act someone is accused of is the accuser's claim: reported, with the accuser as speaker.
    if (alleged && base.modality == Modality::kAsserted) {
      base.modality = Modality::kReported;
      if (!clause.subjects.empty()) base.speaker = clause.subjects.front().code;
    }
    // A party the coder inferred is named in the event's rule: "verbs/18_assault.verbs:41 (source:
    // the state where it happened; no agent named)".
    if (!inferred.empty()) {
      base.code = best->code;
      base.rule = inferred;
    }

    // Dyads: each source with each target; joint acts of a compound subject go both ways.
    int made = 0;
    auto emit = [&](const ActorSpan& src, const ActorSpan& tgt) {
      if (made >= kMaxDyadsPerPredicate || src.code == tgt.code) return;
      for (const RawEvent& e : out)
        if (e.source.code == src.code && e.target.code == tgt.code &&
            e.pattern >= 0 && (e.code.empty() ? lexicon_.patterns[e.pattern].code : e.code) ==
                                  (base.code.empty() ? best->code : base.code))
          return;
      // (The pair a document is about meets, talks or cooperates; force reported in passing is not
      // theirs: "... including Russia's attack on Ukraine", then "The leaders welcome ...".)
      const std::string_view event_code = base.code.empty() ? std::string_view(best->code) : std::string_view(base.code);
      if (context.principals.empty() && !tgt.code.empty() && !src.code.starts_with("---") &&
          !tgt.code.starts_with("---") && event_code.compare(0, 2, "09") <= 0)
        context.principals = {src.code, tgt.code};
      RawEvent e = base;
      e.source = src;
      e.target = tgt;
      // (A crowd protests where it gathers, named before or after: "Tens of thousands of people
      // marched in Minsk".)
      const bool protest = event_code.starts_with("14");
      localise_role(e.source, e.target.code, protest ? n : p, protest);
      localise_role(e.target, e.source.code, n, violent_or_coercive(event_code));
      if (!e.target.code.empty() && e.source.code == e.target.code) return;
      out.push_back(std::move(e));
      ++made;
    };
    if (best_match.pronoun >= 0 && targets.empty()) {
      // "him"/"her": the last person named who is not the source; "them": the last group.
      const bool plural = s.folded[best_match.pronoun] == "them"sv;
      const int t = best_match.pronoun;
      if (plural) {
        for (const std::string& code : context.last_group) targets.push_back({code, t, t + 1});
      } else {
        for (auto it = context.recent_people.rbegin(); it != context.recent_people.rend(); ++it) {
          bool is_source = false;
          for (const ActorSpan& src : sources) is_source |= src.code == *it;
          if (!is_source) {
            targets.push_back({*it, t, t + 1});
            break;
          }
        }
      }
    }
    // "offered to facilitate further prisoner exchanges between the two sides": a third party acts
    // between the document's pair.
    bool between_both = false;  // "between the two sides"
    if (targets.empty() && !best_match.both_sides && !best_match.has_target_slot)
      for (int t = p + 1; t + 2 < clause.end; ++t)
        if (s.folded[t] == "between"sv) {
          int u = t + 1;
          if (s.folded[u] == "the"sv) ++u;
          if (u + 1 < clause.end && (s.folded[u] == "two"sv || s.folded[u] == "both"sv) &&
              in(std::string_view(s.folded[u + 1]), kJointSubjects))
            best_match.both_sides = between_both = true;
          break;
        }
    if (best_match.both_sides && targets.empty()) {
      // (The last two named "between" them, where a document named some: "stands ready to mediate
      // between Russia and Ukraine ... He also offered to facilitate further prisoner exchanges
      // between the two sides" in a readout of Türkiye's talks in Kyiv.)
      const std::vector<std::string> pair =
          between_both && context.between_pair.size() == 2 && sentence.index - context.between_sentence <= 3
              ? context.between_pair
              : pair_of_document(p);
      bool source_in_pair = false;
      for (const std::string& code : pair)
        for (const ActorSpan& src : sources) source_in_pair |= src.code == code;
      // A third party's appeal to "both sides" reaches both; a party's own "both sides" is joint.
      if (!source_in_pair)
        for (const std::string& code : pair) targets.push_back({code, p, p + 1});
    }
    // A role of no country named with actors of one country is of theirs: "Chancellor Kohl and a group
    // of ministers held talks with ..." (German ministers).
    if (sources.size() >= 2) {
      std::string shared;
      bool one = true;
      for (const ActorSpan& a : sources) {
        if (a.code.starts_with("---")) continue;
        const std::string c = country_of(a.code);
        if (c.empty() || (!shared.empty() && c != shared)) one = false;
        shared = c;
      }
      if (one && !shared.empty())
        for (ActorSpan& a : sources)
          if (a.code.starts_with("---") && a.code.size() > 3) a.code = shared + a.code.substr(3);
    }
    // A protest "in defiance of" someone is against them: "marched in Minsk in defiance of the
    // Belarusian authorities".
    if (best->code.starts_with("14") && targets.empty() && best_match.target < 0)
      for (int t = p + 1; t + 2 < clause.end; ++t)
        if (s.folded[t] == "defiance"sv && s.folded[t + 1] == "of"sv) {
          int u = t + 2;
          if (s.folded[u] == "the"sv && u + 1 < clause.end) ++u;
          if (s.mention_at[u] >= 0) targets.push_back(span_of(s.mention_at[u]));
          break;
        }
    // Peacekeepers who arrive in or travel to a country do not visit it: they are peacekeeping provided
    // to it (074). "The first Nepalese peacekeepers arrived in Lebanon".
    if (best->code == "042"sv && !sources.empty())
      for (const ActorSpan& a : sources) {
        bool keepers = false;
        for (int t = std::max(0, a.begin); t < a.end && t < n; ++t)
          keepers |= s.folded[t].starts_with("peacekeep") || s.folded[t] == "blue"sv;
        for (int t = std::max(0, a.begin - 3); t < a.begin; ++t)  // "peacekeeping troops", the role after
          keepers |= s.folded[t].starts_with("peacekeep");
        if (keepers) {
          base.code = "074";
          base.rule = "(peacekeepers arriving: peacekeeping provided)";
          break;
        }
      }
    // Military exercises held by the forces of two or more states together are their military
    // cooperation (062), not a show of force: "China and Russia held naval exercises in the Sea of
    // Japan" (exercises held alone, or "near" someone, stay 15x).
    if (best->code.starts_with("15") && !best_match.has_target_slot && sources.size() >= 2 && !base.negated) {
      bool exercise = false;
      for (const PatternElement& e : best->elements)
        for (const std::string& w : e.words)
          exercise |= w == "exercise"sv || w == "drill"sv || w == "game"sv || w == "maneuver"sv || w == "manoeuvre"sv;
      std::vector<std::string> states;
      for (const ActorSpan& a : sources)
        if (const std::string c = country_of(a.code); !c.empty() && std::find(states.begin(), states.end(), c) == states.end())
          states.push_back(c);
      if (exercise && states.size() >= 2) {
        base.code = "062";
        base.rule = "(exercises held together: military cooperation)";
        for (const auto& a : sources)
          for (const auto& b : sources) emit(a, b);
        continue;
      }
    }
    if (best_match.reciprocal && sources.size() == 1) {
      // "Iran will work with China ..., and continue to support each other": the partner is the
      // last other actor named before the predicate in this sentence.
      for (int t = p - 1; t >= 0; --t) {
        const int mi = s.mention_at[t];
        if (mi >= 0 && s.mentions[mi].code != sources[0].code && !s.mentions[mi].agent_only) {
          sources.push_back(span_of(mi));
          break;
        }
      }
      if (sources.size() == 1) continue;
    }
    if (best_match.reciprocal) {
      for (const auto& a : sources)
        for (const auto& b : sources) emit(a, b);
    } else if (!targets.empty()) {
      for (const auto& src : sources)
        for (const auto& tgt : targets) emit(src, tgt);
      // A meeting, call, negotiation, signed agreement or joint venture "with" someone is an act of
      // both: "Wang Yi had a phone call with Vieira" is Vieira's call too.
      // A phone call is always both parties' ("received a phone call from his Qatari counterpart").
      // So is fighting between two named sides: "clashes between the army and the RSF".
      // (Not an act announced or supposed: "Iran plans to hold talks with China" is Iran's intent, not
      // China's.)
      // (Not what one side gives the other "with" it: "shared intelligence with Uganda" is Kenya's.)
      static constexpr std::array<std::string_view, 6> kGiving = {"share", "provide", "give", "pass", "supply", "send"};
      if (((mutual_code(best->code) && (mutual_pattern(*best) || with_target || best->code == "041"sv) &&
            !in(s.verb_lemma[p], kGiving)) ||
           (best->code.starts_with("19") && between_pair(*best))) &&
          !base.negated && !base.announced && base.modality != Modality::kHypothetical)
        for (const auto& tgt : targets)
          for (const auto& src : sources) emit(tgt, src);
      // "Putin welcomed Xi to Kazan", "hosted Japanese Prime Minister ...": the guest visits (042).
      if (best->code == "043"sv && !base.negated && !base.announced && base.modality != Modality::kHypothetical &&
          in(s.verb_lemma[p], kHostVerbs) &&
          std::all_of(targets.begin(), targets.end(),
                      [](const ActorSpan& t) { return sector_of(t.code) == "GOV"sv; })) {
        const RawEvent saved = base;
        base.code = "042";
        base.rule = "(the guest's visit to the host)";
        for (const auto& tgt : targets)
          for (const auto& src : sources) emit(tgt, src);
        base = saved;
      }
    } else if (sources.size() >= 2 && (joint_code(best->code) || exchange_pattern(*best))) {
      for (const auto& a : sources)
        for (const auto& b : sources) emit(a, b);
    } else if (!best_match.has_target_slot || best_match.target < 0) {
      for (const auto& src : sources) emit(src, ActorSpan{});
    }
  }
  // Remember the last pair named "between X and Y" (two states, organisations or their governments).
  for (int t = 0; t + 1 < n; ++t) {
    if (s.folded[t] != "between"sv) continue;
    int u = t + 1;
    if (s.folded[u] == "the"sv && u + 1 < n) ++u;
    const int mi = s.mention_at[u];
    if (mi < 0 || s.mentions[mi].begin != u || s.mentions[mi].agent_only) continue;
    const std::vector<int> group = conjuncts(mi);
    if (group.size() == 2 && s.mentions[group[0]].code != s.mentions[group[1]].code &&
        !s.mentions[group[1]].agent_only)
    {
      context.between_pair = {s.mentions[group[0]].code, s.mentions[group[1]].code};
      context.between_sentence = sentence.index;
    }
  }
  // The purpose of an act announced or supposed is no more done than the act: "did not rule out
  // travelling to Moscow to discuss the proposal with Lavrov", "will travel to Kyiv to meet ...".
  // (All the purpose's events, but the partner's side of a meeting only intended is not the
  // partner's, as in emit: "to discuss the proposal with Lavrov".)
  if (parsed) {
    struct Purpose {
      int predicate;
      int head;
      Modality modality;
      bool announced;
    };
    std::vector<Purpose> purposes;
    for (const RawEvent& e : out) {
      if (e.predicate < 1 || e.announced || e.modality != Modality::kAsserted) continue;
      const Token& token = sentence.tokens[static_cast<std::size_t>(e.predicate)];
      const std::string_view rel = universal(token.deprel);
      if ((rel != "advcl"sv && rel != "xcomp"sv) || token.head < 0 || s.folded[e.predicate - 1] != "to"sv) continue;
      for (const RawEvent& o : out)
        if (o.predicate == token.head && o.source.code == e.source.code &&
            (o.modality == Modality::kHypothetical || o.modality == Modality::kIntended)) {
          purposes.push_back({e.predicate, o.predicate, o.modality, o.announced});
          break;
        }
    }
    for (const Purpose& purpose : purposes) {
      std::vector<std::string> main_sources;  // (all of a compound subject's)
      for (const RawEvent& r : out)
        if (r.predicate == purpose.head) main_sources.push_back(r.source.code);
      std::erase_if(out, [&](const RawEvent& r) {
        return r.predicate == purpose.predicate && !r.announced && r.modality == Modality::kAsserted &&
               std::find(main_sources.begin(), main_sources.end(), r.source.code) == main_sources.end();
      });
      for (RawEvent& r : out)
        if (r.predicate == purpose.predicate && !r.announced && r.modality == Modality::kAsserted) {
          r.modality = purpose.modality;
          r.announced = purpose.announced;
        }
    }
  }
  // An act with no target, coordinated with one of the same kind by the same source, shares its
  // target: "rejected the protesters' demands and refused to withdraw the bill" is one rejection of
  // the protesters.
  if (parsed) {
    auto code_of = [&](const RawEvent& r) {
      return std::string_view(r.code.empty() ? lexicon_.patterns[r.pattern].code : r.code);
    };
    bool duplicates = false;
    for (RawEvent& e : out) {
      if (!e.target.code.empty() || e.predicate < 0 || e.pattern < 0) continue;
      const Token& token = sentence.tokens[static_cast<std::size_t>(e.predicate)];
      if (universal(token.deprel) != "conj"sv || token.head < 0) continue;
      const std::string_view root = code_of(e).substr(0, 2);
      // (Force of any kind shares it too: "..., killing at least five people and damaging residential
      // buildings" damaged the people's.)
      auto same_kind = [&](std::string_view other) {
        return other.substr(0, 2) == root || (root >= "17"sv && other.substr(0, 2) >= "17"sv);
      };
      for (const RawEvent& o : out)
        if (o.predicate == token.head && !o.target.code.empty() && o.source.code == e.source.code &&
            o.negated == e.negated && o.pattern >= 0 && same_kind(code_of(o))) {
          e.target = o.target;
          // (One event, not two, where the two acts are coded alike.)
          if (code_of(o) == code_of(e)) {
            e.predicate = -2;
            duplicates = true;
          }
          break;
        }
    }
    // A bare intention with no target whose complement is coded as an act of the same source is
    // that act announced, not a second event: "is willing to withdraw its troops from Lebanon" is one
    // intent to withdraw from Lebanon, not also an intent to cooperate with no one.
    for (RawEvent& e : out) {
      // (With a target too where the intention is the bare 030: "agreed to re-open its borders to UN
      // peacekeepers" is the 0355 alone.)
      if ((!e.target.code.empty() && code_of(e) != "030"sv) || e.predicate < 0 || e.pattern < 0 ||
          !code_of(e).starts_with("03"))
        continue;
      for (const RawEvent& o : out) {
        if (o.predicate < 0 || o.predicate == e.predicate || o.source.code != e.source.code) continue;
        const Token& token = sentence.tokens[static_cast<std::size_t>(o.predicate)];
        // (A bare 030 with a target goes only for the same act on the same target: "The leaders
        // committed to support ..." keeps their intent toward each other.)
        if (token.head == e.predicate && universal(token.deprel) == "xcomp"sv &&
            (e.target.code.empty() || o.target.code == e.target.code)) {
          e.predicate = -2;
          duplicates = true;
          break;
        }
      }
    }
    if (duplicates) std::erase_if(out, [](const RawEvent& r) { return r.predicate == -2; });
  }
}

}  // namespace parley::coding
