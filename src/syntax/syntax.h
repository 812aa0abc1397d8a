// The syntax stage: part-of-speech tags (UPOS + XPOS), lemmas and a labelled dependency tree for each
// sentence. Internal API (src/ only).
//
//   auto model = SyntaxModel::load(path);        // once; immutable and thread-safe
//   SyntaxState state;                           // one per thread: scratch buffers
//   (*model)->annotate(sentence, state);         // fills Token::upos, xpos, lemma, head, deprel
//
// The model file (data/model/parley-en.model) holds the tagger, parser and labeller weights; lemmas
// come from WordNet (lemmatizer.h). Tagging is a greedy averaged perceptron (XPOS, then UPOS with
// the sentence's XPOS in view); parsing is greedy arc-hybrid with the root at the end of the buffer;
// relations are labelled by a second perceptron once the tree is built.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "parley/sentence.h"
#include "parley/status.h"
#include "syntax/features.h"
#include "syntax/lemmatizer.h"
#include "syntax/linear.h"
#include "syntax/string_table.h"

namespace parley::syntax {

// Everything a model file holds. Built by the trainer, or read from a file by SyntaxModel::load.
struct ModelParts {
  std::vector<std::string> xpos_names, upos_names, deprel_names;
  // Frequent unambiguous words: form -> tag id (kNoTag when the word is ambiguous for that tag set).
  static constexpr std::uint8_t kNoTag = 255;
  struct DictionaryEntry {
    std::string form;
    std::uint8_t xpos = kNoTag, upos = kNoTag;
  };
  std::vector<DictionaryEntry> dictionary;
  FrozenLinear xpos, upos, parser, labeller;
};

// Per-thread scratch. Grows to the longest sentence seen and is reused; not shared between threads.
struct SyntaxState {
  std::vector<TokenAtoms> atoms;
  std::vector<std::uint8_t> xpos, upos;
  std::vector<std::pair<std::uint8_t, std::uint8_t>> known;  // dictionary tags (xpos, upos) per word
  std::vector<int> heads, labels, stack;
  ParserTokens parser_tokens;
  ParserTree tree;
  FeatureBuffer features;
  std::vector<std::int32_t> scores;
  // The parser's per-position template groups (parser_slot_features), scored once per sentence:
  // slot_scores[slot * (n + 2) + j + 1], valid where slot_ready is set.
  std::vector<std::array<std::int32_t, 3>> slot_scores;
  std::vector<std::uint8_t> slot_ready;
  FeatureBuffer slot_features;
  // What tagging needs of a word before its context is seen (its atoms, WordNet's classes, its
  // dictionary tags and lemma), and the lemmas the lemmatiser gave it, kept per word across
  // sentences: words repeat, and each costs ten hashes and several table look-ups the first time.
  // Valid for the model `owner` only; emptied when another model uses this state, or before a
  // sentence once it holds kMaxCachedWords words (never within one: `word_of` points into it).
  struct WordCache {
    struct Word {
      TokenAtoms atoms;
      std::pair<std::uint8_t, std::uint8_t> known;
      std::string_view known_lemma;  // into the model's dictionary
      // The lemmas found for the first UPOS ids it was tagged with (kNoTag: none yet); a word tagged
      // with more is lemmatised each time.
      std::array<std::uint8_t, 2> lemma_upos{ModelParts::kNoTag, ModelParts::kNoTag};
      std::array<std::string, 2> lemma;
    };
    std::uint64_t owner = 0;  // SyntaxModel::instance_ of the model the entries belong to (0: none)
    StringTable index;  // form -> its index in words (4 bytes)
    std::vector<Word> words;
  };
  WordCache word_cache;
  std::vector<std::uint32_t> word_of;  // token of the span -> its entry in word_cache.words
};

// Where the English model lives: $PARLEY_MODEL if set, else data/model/parley-en.model in the source
// tree, else <prefix>/share/parley/model/parley-en.model; the first that exists (or the source-tree
// path when none does, so that the error names it).
std::string default_model_path();

class SyntaxModel {
 public:
  // Arc-hybrid transitions.
  enum Transition : int { kShift = 0, kLeft = 1, kRight = 2 };
  // 2: the taggers' templates include WordNet's word classes (version 1 files had none, and their
  // weights would be scored against templates they were not trained with).
  static constexpr std::uint32_t kFormatVersion = 2;

  // Reads a model file. Errors (missing file, wrong magic, wrong version, truncated or corrupt
  // content) come back as a Status naming the file; never a crash. Lemmas come from WordNet in
  // `wordnet_dir`; without it, lemmas are the lower-cased forms.
  static Result<std::shared_ptr<const SyntaxModel>> load(const std::string& path,
                                                         const std::string& wordnet_dir = "/usr/share/wordnet");
  // The same with a lemmatiser already loaded (the coder shares its own; may be null).
  static Result<std::shared_ptr<const SyntaxModel>> load(const std::string& path,
                                                         std::shared_ptr<const Lemmatizer> lemmatizer);
  // The same from bytes in memory (`name` labels errors). `lemmatizer` may be null.
  static Result<std::shared_ptr<const SyntaxModel>> from_bytes(std::string_view bytes, const std::string& name,
                                                               std::shared_ptr<const Lemmatizer> lemmatizer);
  // Decodes the payload without the header checks (the fuzzer drives this directly).
  static Result<ModelParts> decode_payload(std::string_view payload, const std::string& name);

  SyntaxModel(ModelParts parts, std::shared_ptr<const Lemmatizer> lemmatizer);

  // Fills upos, xpos, lemma, head (0-based, -1 for the root) and deprel of every token. Thread-safe
  // (const); all scratch lives in `state`. Sentences longer than kMaxParseLength words are parsed in
  // pieces of that length, each piece with its own root (keeps the labeller's cost bounded).
  void annotate(Sentence& sentence, SyntaxState& state) const;
  static constexpr int kMaxParseLength = 256;
  // A SyntaxState's word cache is emptied before a sentence that would take it past this many words
  // (about 20 MB).
  static constexpr std::size_t kMaxCachedWords = 100000;

  // Tagging only (the trainer's jack-knifing and dev checks use it).
  void tag(Sentence& sentence, SyntaxState& state) const;

  // The model file bytes: magic, version, payload size and hash, payload.
  std::string serialize() const;
  Status save(const std::string& path) const;

  const ModelParts& parts() const { return parts_; }
  // Whether WordNet was found. Without it lemmas are lower-cased forms and the taggers lose their
  // WordNet features (EWT dev UPOS 95.4 -> 92.0).
  bool has_wordnet() const { return lemmatizer_ != nullptr; }

 private:
  void tag_span(const Sentence& sentence, int begin, int end, SyntaxState& state) const;
  void parse_span(int n, SyntaxState& state) const;
  void label_span(int n, SyntaxState& state) const;
  // Sets the lemma of token k of the span just tagged (its cached word in state.word_of).
  void set_lemma(Token& token, std::size_t k, SyntaxState& state) const;
  // The index in state.word_cache.words of the facts of `form`, computing them the first time.
  std::uint32_t cached_word(const std::string& form, SyntaxState& state) const;

  ModelParts parts_;
  StringTable dictionary_;  // form -> xpos id, upos id (one byte each), then the lemma if known
  std::shared_ptr<const Lemmatizer> lemmatizer_;
  std::uint8_t aux_ = 254, adp_ = 254, sconj_ = 254, punct_ = 254;
  int punct_label_ = -1;
  // A number no other model of this process has, for SyntaxState::WordCache::owner (an address could
  // be reused by a model loaded after this one is gone).
  std::uint64_t instance_;
};

}  // namespace parley::syntax
