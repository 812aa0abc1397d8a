// The sentence coder: events from tokens, dictionary matches and (by default) the dependency parse.
// With a parse, a predicate's subject, passive agent and objects come from the tree and part-of-speech
// tags keep nouns from being read as verbs; where the parse names no actor (a pronoun, "the two
// sides", a headline the parser misreads) and in `--shallow` mode (no parse at all), positional
// rules over clauses decide. See sentence_coder.cc for the rules, each with an example sentence.
#pragma once

#include <array>
#include <deque>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "coding/mentions.h"
#include "lexicon/compiled.h"
#include "parley/event.h"
#include "parley/sentence.h"
#include "syntax/lemmatizer.h"
#include "syntax/string_table.h"
#include "syntax/syntax.h"

namespace parley::coding {

// What the coder remembers across the sentences of one document (for pronouns and "the two sides").
struct DocumentContext {
  std::optional<Date> date;
  std::string last_person;               // code of the last person named as a subject or speaker
  std::string last_institution;          // code of the last state or organisation that was a clause's
                                         // only subject, for "it"
  std::vector<std::string> participants; // distinct actor codes in order of first mention
  std::vector<std::string> government_countries;  // states whose government takes part
  std::vector<std::string> last_group;   // the last subject of two or more actors, for "they"
  std::string last_plural;               // the last subject named by a plural role ("Ivory Coast rebels"),
                                         // for "they" later in the same sentence where no group acted together
  int last_plural_sentence = -1;
  std::vector<std::string> recent_people;  // codes of people named, most recent last, for "him"/"her"
  std::vector<std::string> principals;   // source and target of the document's first dyadic event
  std::vector<std::string> between_pair; // the last two named "between X and Y", for "between the two sides"
  int between_sentence = -1;             // ... and the sentence that named them
  NameMemory names;                      // names resolved so far ("cho" -> KORGOV)
  // `parley explain`: a line per decision (mentions, clauses, patterns tried), when set.
  std::vector<std::string>* trace = nullptr;
  // --report-unmatched: what the dictionaries did not know (filled only when `report` is set).
  bool report = false;
  std::vector<std::string> unmatched_names;       // capitalised runs that named no actor
  std::vector<std::string> unmatched_predicates;  // verbs after a subject that no pattern knew
  std::vector<std::string> unmatched_subjects;    // person names in subject position left unresolved
  std::vector<std::string> unmatched_role_subjects;  // ... with a role but no country (yet)
  int subject_names = 0;                 // person names in subject position ...
  int subject_names_resolved = 0;        // ... and how many resolved to an actor with a country
  int subject_names_role_only = 0;       // ... and how many had a role but no country yet
  std::string home_country;              // the country of the dateline's place, if any
  std::string issuer_country;            // the country of the first government actor that acts: in a
                                         // readout, the government that issued it
};

// One event found in a sentence, before the document-level pass fills in the rest.
// An actor as an event names it: its code and the tokens [begin, end) of this sentence that refer to
// it (a name, or a pronoun or "the two sides" resolved by coreference).
struct ActorSpan {
  ActorSpan() = default;
  ActorSpan(std::string code_, int begin_, int end_, std::string role_ = {}, bool named_ = false)
      : code(std::move(code_)), begin(begin_), end(end_), role(std::move(role_)), named(named_) {}

  std::string code;
  int begin = -1;
  int end = -1;
  std::string role;  // for a role of unknown country ("---GOV"): its words, which a later sentence may
                     // resolve ("Secretary-General Urges ..." before "UN Secretary-General Guterres")
  bool named = false;  // a person named in the text ("Deputy National Security Advisor Jon Finer")
  bool implied = false;  // an actor the act implies, not named ("were arrested": the police); localised
                        // only by the document's place or its one country, never by its issuer
};

struct RawEvent {
  ActorSpan source;
  ActorSpan target;                      // code empty = no target
  int predicate = -1;                    // token index of the predicate
  int pattern = -1;                      // index into Compiled::patterns, or -1 for a construction
                                         // of the coder's own (then `code` and `rule` say what)
  std::string code;                      // the construction's CAMEO code, or the code the coder
                                         // derives from the pattern's (a guest's visit to a host)
  std::string rule;                      // the construction's name, or why the code was derived
  bool negated = false;
  bool announced = false;                // an act announced, not done: "will", "ready to", "would ... if"
  Modality modality = Modality::kAsserted;
  std::string speaker;                   // code; empty = none
};

struct SentenceScratch {
  std::vector<std::string> folded;
  std::vector<std::string> verb_lemma;
  std::vector<std::string> noun_lemma;
  std::vector<lexicon_internal::PhraseHit> hits;
  std::vector<Mention> mentions;
  std::vector<std::pair<int, int>> unresolved;  // capitalised runs that named no actor
  std::vector<int> mention_at;           // token -> index of the mention covering it, or -1
  std::vector<char> speech_verb;         // token introduces reported speech ("said" in "said that")
  // What the coder needs to know of a word, looked up once per thread: its lemmas and the patterns
  // whose predicate it can be. Words repeat a lot across a corpus, and WordNet's morphy tries several
  // lookups per word, so this cache pays for itself many times over.
  struct WordInfo {
    std::string verb_lemma;
    std::string noun_lemma;
    std::array<const std::vector<int>*, 3> patterns{};  // by form, verb lemma, noun lemma (distinct)
    std::array<std::uint32_t, 3> ids{};  // form, verb lemma, noun lemma as Compiled::pattern_word_id
    std::uint16_t classes = 0;           // Lemmatizer::word_classes
    const std::vector<int>* phrases = nullptr;  // Compiled::phrases_starting
  };
  syntax::StringTable word_index;        // folded word -> its index in word_infos (4 bytes)
  std::deque<WordInfo> word_infos;       // stable addresses: `word` points into it
  std::vector<const WordInfo*> word;     // token -> its cache entry
  lexicon_internal::Compiled::PhraseStarts phrase_starts;  // token -> its WordInfo::phrases
  // The last token of the sentence that has each pattern word (PatternElement::ids) among its ids,
  // valid where word_stamp equals stamp: match_pattern passes over a pattern one of whose words
  // does not follow the predicate without trying it.
  std::vector<int> word_last;
  std::vector<std::uint32_t> word_stamp;
  std::uint32_t stamp = 0;
  syntax::SyntaxState syntax;            // the parser's scratch (parsed mode)
};

class SentenceCoder {
 public:
  // `parser` may be null: the shallow mode, no parse.
  SentenceCoder(const lexicon_internal::Compiled& lexicon, const syntax::Lemmatizer& lemmatizer,
                const syntax::SyntaxModel* parser)
      : lexicon_(lexicon), lemmatizer_(lemmatizer), parser_(parser) {}

  // Appends the events of one sentence. Updates `context` (participants, last person). With a parser,
  // a sentence that names an actor and has a word some pattern starts with is parsed first (its
  // tokens get tags, lemmas, heads and relations); others are left as they are.
  void code_sentence(Sentence& sentence, DocumentContext& context, SentenceScratch& scratch,
                     std::vector<RawEvent>& out) const;

  // Fills the mentions of one sentence into scratch (first pass over a document).
  void prepare(const Sentence& sentence, DocumentContext& context, SentenceScratch& scratch) const;
  // "Russia-Ukraine talks", "the US-China relationship": splits a hyphenated word whose parts each
  // name a state into the states and the hyphen (as the treebank the parser learnt from does), so
  // that each is an actor.
  void split_state_pairs(Sentence& sentence) const;

 private:
  struct Match;
  bool match_pattern(const lexicon_internal::VerbPattern& pattern, int predicate, int clause_end,
                     const SentenceScratch& s, Match& match) const;

  const lexicon_internal::Compiled& lexicon_;
  const syntax::Lemmatizer& lemmatizer_;
  const syntax::SyntaxModel* parser_;
};

}  // namespace parley::coding
