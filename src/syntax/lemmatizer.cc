// Lemmatiser: WordNet exception lists first, then morphy's detachment rules checked against WordNet's
// lemma index, then spelling heuristics for words WordNet does not know ("tweeted", "googling").
// Lemmas follow UD English EWT's conventions where they differ from WordNet's (the treebank keeps
// "data" and "media", and lemmatises "them" to "they").
#include "syntax/lemmatizer.h"

#include <array>
#include <fstream>
#include <string>

#include "syntax/string_table.h"

namespace parley::syntax {

namespace {

enum PosIndex { kNoun = 0, kVerb = 1, kAdj = 2, kAdv = 3 };
constexpr std::array<const char*, 4> kPosNames = {"noun", "verb", "adj", "adv"};

// Words longer than this are returned lower-cased: no English inflection needs them, and it keeps
// the candidate buffer on the stack.
constexpr std::size_t kMaxWord = 64;

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool is_letter(char c) { return c >= 'a' && c <= 'z'; }
bool is_consonant(char c) { return is_letter(c) && !is_vowel(c); }

void lower_ascii(std::string_view in, std::string& out) {
  out.assign(in);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
}

// A candidate built on the stack: `stem` + `ending`.
class Candidate {
 public:
  Candidate(std::string_view stem, std::string_view ending) {
    size_ = stem.size() + ending.size();
    if (size_ > buffer_.size()) {
      size_ = 0;
      return;
    }
    std::copy(stem.begin(), stem.end(), buffer_.begin());
    std::copy(ending.begin(), ending.end(), buffer_.begin() + static_cast<std::ptrdiff_t>(stem.size()));
  }
  std::string_view view() const { return {buffer_.data(), size_}; }

 private:
  std::array<char, kMaxWord + 8> buffer_{};
  std::size_t size_ = 0;
};

bool ends_with(std::string_view w, std::string_view suffix) { return w.size() > suffix.size() && w.ends_with(suffix); }

}  // namespace

struct Lemmatizer::Tables {
  std::array<StringTable, 4> exceptions;
  std::array<StringTable, 4> index;
  StringTable closed_class;  // "pos\tword" -> lemma for auxiliaries, pronouns, clitics
  // Lemmas of all four indexes and inflected forms of the exception lists -> WordClass bits as two
  // bytes (low, high): one look-up answers "which parts of speech" for word_classes().
  StringTable word_classes;
};

Lemmatizer::Lemmatizer(std::unique_ptr<Tables> tables) : tables_(std::move(tables)) {}
Lemmatizer::~Lemmatizer() = default;

namespace {

// Adds `bits` to the WordClass bits of `word` in `classes` (two bytes, low first).
void add_classes(std::string_view word, std::uint16_t bits, StringTable& classes) {
  if (char* value = classes.find_mutable(word)) {
    value[0] = static_cast<char>(static_cast<unsigned char>(value[0]) | (bits & 0xff));
    value[1] = static_cast<char>(static_cast<unsigned char>(value[1]) | (bits >> 8));
    return;
  }
  const char value[2] = {static_cast<char>(bits & 0xff), static_cast<char>(bits >> 8)};
  classes.insert(word, std::string_view(value, 2));
}

// The class an exception list gives its inflected forms: verb.exc's "went" and "taken" are past
// forms, "abetting" an -ing form, "does" a present -s form.
std::uint16_t exception_class(int pos, std::string_view word) {
  switch (pos) {
    case kNoun: return Lemmatizer::kNounPlural;
    case kVerb:
      if (word.ends_with("ing")) return Lemmatizer::kVerbIng;
      if (word.ends_with('s') && !word.ends_with("ss")) return Lemmatizer::kVerbPresent3;
      return Lemmatizer::kVerbPast;
    case kAdj: return Lemmatizer::kAdjGraded;
    default: return Lemmatizer::kAdvLemma;  // adv.exc: "better", "hardest"
  }
}

constexpr std::array<std::uint16_t, 4> kLemmaClass = {Lemmatizer::kNounLemma, Lemmatizer::kVerbLemma,
                                                      Lemmatizer::kAdjLemma, Lemmatizer::kAdvLemma};

Status read_exceptions(const std::string& path, int pos, StringTable& table, StringTable& classes) {
  std::ifstream in(path);
  if (!in) return Status::not_found("cannot open WordNet exception list", path);
  std::string line;
  while (std::getline(in, line)) {
    // "inflected base1 [base2 ...]": the first base form is kept. Multi-word entries use '_'.
    const std::size_t space = line.find(' ');
    if (space == std::string::npos || space == 0) continue;
    std::size_t end = line.find(' ', space + 1);
    if (end == std::string::npos) end = line.size();
    std::string base = line.substr(space + 1, end - space - 1);
    if (base.empty()) continue;
    const std::string_view word = std::string_view(line).substr(0, space);
    table.insert(word, base);
    add_classes(word, exception_class(pos, word), classes);
  }
  return Status::ok();
}

Status read_index(const std::string& path, int pos, StringTable& table, StringTable& classes) {
  std::ifstream in(path);
  if (!in) return Status::not_found("cannot open WordNet index", path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == ' ') continue;  // the licence header lines start with spaces
    const std::size_t space = line.find(' ');
    if (space == std::string::npos) continue;
    const std::string_view word = std::string_view(line).substr(0, space);
    table.insert(word);
    add_classes(word, kLemmaClass[static_cast<std::size_t>(pos)], classes);
  }
  return Status::ok();
}

// Closed-class lemmas as UD EWT gives them. Keyed "UPOS\tform".
struct ClosedEntry {
  const char* key;
  const char* lemma;
};
constexpr ClosedEntry kClosedClass[] = {
    {"AUX\tis", "be"},       {"AUX\tam", "be"},       {"AUX\tare", "be"},      {"AUX\twas", "be"},
    {"AUX\twere", "be"},     {"AUX\tbe", "be"},       {"AUX\tbeen", "be"},     {"AUX\tbeing", "be"},
    {"AUX\t's", "be"},       {"AUX\t're", "be"},      {"AUX\t'm", "be"},       {"AUX\ts", "be"},
    {"AUX\tm", "be"},        {"AUX\tre", "be"},       {"AUX\tart", "be"},      {"AUX\thas", "have"},
    {"AUX\thave", "have"},   {"AUX\thad", "have"},    {"AUX\thaving", "have"}, {"AUX\t've", "have"},
    {"AUX\tve", "have"},     {"AUX\tdoes", "do"},     {"AUX\tdid", "do"},      {"AUX\tdo", "do"},
    {"AUX\tdoing", "do"},    {"AUX\tca", "can"},      {"AUX\two", "will"},     {"AUX\t'll", "will"},
    {"AUX\tll", "will"},     {"AUX\t'd", "would"},    {"AUX\td", "would"},     {"AUX\tgot", "get"},
    {"AUX\tgets", "get"},    {"AUX\tgetting", "get"}, {"VERB\t's", "be"},      {"VERB\t're", "be"},
    {"VERB\t'm", "be"},      {"VERB\t've", "have"},   {"VERB\t'd", "have"},    {"PART\tn't", "not"},
    {"PART\tnt", "not"},     {"PART\t'", "'s"},       {"PART\ts", "'s"},       {"PRON\tme", "i"},
    {"PRON\thim", "he"},     {"PRON\tthem", "they"},  {"PRON\tus", "we"},      {"PRON\tthose", "that"},
    {"PRON\tthese", "this"}, {"PRON\tem", "they"},    {"PRON\t'em", "they"},   {"DET\tan", "a"},
    {"DET\tthese", "this"},  {"DET\tthose", "that"},  {"NOUN\tdata", "data"},  {"NOUN\tmedia", "media"},
    {"NOUN\tpeople", "people"}, {"NOUN\tnews", "news"}, {"NOUN\tspecies", "species"},
    {"NOUN\tseries", "series"}, {"NOUN\tmeans", "means"}, {"NOUN\tus", "us"},
    // Modals are their own lemmas in UD (WordNet's verb.exc would turn "might" into "may").
    {"AUX\tmight", "might"}, {"AUX\tcould", "could"}, {"AUX\twould", "would"}, {"AUX\tshould", "should"},
    {"AUX\tmust", "must"},   {"AUX\tmay", "may"},     {"AUX\tshall", "shall"}, {"AUX\twill", "will"},
    {"AUX\tcan", "can"},     {"AUX\tought", "ought"},
    // Adjectives that look like comparatives but are not ("outer" is not "more out").
    {"ADJ\touter", "outer"}, {"ADJ\tinner", "inner"}, {"ADJ\tupper", "upper"}, {"ADJ\tutter", "utter"},
    {"ADJ\tformer", "former"}, {"ADJ\tlatter", "latter"}, {"ADJ\telder", "elder"},
    {"ADV\tfurther", "further"},
};

}  // namespace

Result<std::shared_ptr<const Lemmatizer>> Lemmatizer::load(const std::string& wordnet_dir) {
  auto tables = std::make_unique<Tables>();
  // WordNet 3.0 has 152,385 distinct words in its indexes and exception lists (2.0 MB with their
  // classes): reserving room for them spares a dozen rehashes.
  tables->word_classes.reserve(160000, std::size_t{2} << 20);
  for (int pos = 0; pos < 4; ++pos) {
    const std::string name = kPosNames[static_cast<std::size_t>(pos)];
    const auto p = static_cast<std::size_t>(pos);
    if (Status s = read_exceptions(wordnet_dir + "/" + name + ".exc", pos, tables->exceptions[p], tables->word_classes);
        !s.is_ok())
      return s;
    if (Status s = read_index(wordnet_dir + "/index." + name, pos, tables->index[p], tables->word_classes); !s.is_ok())
      return s;
  }
  if (tables->index[kVerb].size() < 1000 || tables->index[kNoun].size() < 1000)
    return Status::invalid_input("WordNet index looks truncated (too few lemmas)", wordnet_dir);
  for (const ClosedEntry& e : kClosedClass) tables->closed_class.insert(e.key, e.lemma);
  return std::shared_ptr<const Lemmatizer>(std::make_shared<Lemmatizer>(std::move(tables)));
}

namespace {

// English doubles a final consonant after a single short vowel before -ed/-ing ("hopping"), so an
// undoubled stem of that shape points to a silent -e ("hoping" -> "hope", not "hop").
bool prefers_silent_e(std::string_view stem) {
  const std::size_t n = stem.size();
  if (n < 2) return false;
  const char last = stem[n - 1];
  if (!is_consonant(last) || last == 'w' || last == 'x' || last == 'y') return false;
  if (!is_vowel(stem[n - 2])) return false;
  return n < 3 || !is_vowel(stem[n - 3]);
}

// Stem repair for words WordNet does not list: "googl" -> "google", "chatt" -> "chat".
void repair_unknown_stem(std::string_view stem, std::string& out) {
  const std::size_t n = stem.size();
  out.assign(stem);
  if (n < 2) return;
  const char last = stem[n - 1], before = stem[n - 2];
  if (last == before && is_consonant(last) && last != 'l' && last != 's' && last != 'z' && last != 'f') {
    out.pop_back();  // "chatt" -> "chat"
  } else if (last == 'v' || last == 'u' || (last == 'z' && before != 'z') || last == 'c' ||
             (last == 'l' && is_consonant(before) && before != 'l' && before != 'r')) {
    out.push_back('e');  // "googl" -> "google", "produc" -> "produce"
  }
}

}  // namespace

std::uint16_t Lemmatizer::word_classes(std::string_view word) const {
  if (word.empty() || word.size() > kMaxWord) return 0;
  std::array<char, kMaxWord> buffer{};
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    buffer[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  const std::string_view w(buffer.data(), word.size());
  const StringTable& table = tables_->word_classes;
  auto classes_of = [&](std::string_view key) -> std::uint16_t {
    bool found = false;
    const std::string_view v = table.find(key, &found);
    if (!found || v.size() != 2) return 0;
    return static_cast<std::uint16_t>(static_cast<unsigned char>(v[0]) | (static_cast<unsigned char>(v[1]) << 8));
  };
  std::uint16_t out = classes_of(w);
  // morphy's detachment rules; a stem counts only when the index lists it for that part of speech.
  auto stem = [&](std::size_t cut, std::string_view ending) {
    return classes_of(Candidate(w.substr(0, w.size() - cut), ending).view());
  };
  if (ends_with(w, "s") && !ends_with(w, "ss") && w.size() > 2) {
    const std::uint16_t bare = stem(1, "");  // "talks" -> "talk", "takes" -> "take"
    if (bare & kNounLemma) out |= kNounPlural;
    if (bare & kVerbLemma) out |= kVerbPresent3;
    if (ends_with(w, "es")) {  // "boxes" -> "box", "fixes" -> "fix"
      const std::uint16_t e = stem(2, "");
      if ((e & kNounLemma) && (ends_with(w, "ses") || ends_with(w, "xes") || ends_with(w, "zes") ||
                               ends_with(w, "ches") || ends_with(w, "shes")))
        out |= kNounPlural;
      if (e & kVerbLemma) out |= kVerbPresent3;
    }
    if (ends_with(w, "ies")) {  // "parties" -> "party", "tries" -> "try"
      const std::uint16_t y = stem(3, "y");
      if (y & kNounLemma) out |= kNounPlural;
      if (y & kVerbLemma) out |= kVerbPresent3;
    }
  } else if (ends_with(w, "men")) {  // "spokesmen" -> "spokesman"
    if (stem(3, "man") & kNounLemma) out |= kNounPlural;
  } else if (ends_with(w, "ed") && w.size() > 3) {  // "voted" -> "vote", "opened" -> "open"
    if ((stem(1, "") | stem(2, "")) & kVerbLemma) out |= kVerbPast;
    if (ends_with(w, "ied") && (stem(3, "y") & kVerbLemma)) out |= kVerbPast;  // "denied" -> "deny"
  } else if (ends_with(w, "ing") && w.size() > 4) {  // "voting" -> "vote", "opening" -> "open"
    if ((stem(3, "") | stem(3, "e")) & kVerbLemma) out |= kVerbIng;
  } else if (ends_with(w, "er") && w.size() > 3) {  // "larger" -> "large", "older" -> "old"
    if ((stem(2, "") | stem(1, "")) & kAdjLemma) out |= kAdjGraded;
  } else if (ends_with(w, "est") && w.size() > 4) {  // "largest", "oldest"
    if ((stem(3, "") | stem(2, "")) & kAdjLemma) out |= kAdjGraded;
  }
  return out;
}

std::string Lemmatizer::lemma(std::string_view word, std::string_view upos) const {
  std::string out;
  lower_ascii(word, out);
  if (out.empty() || out.size() > kMaxWord) return out;
  const Tables& t = *tables_;

  {  // Closed classes first: "'s"/AUX -> "be", "them"/PRON -> "they".
    std::array<char, kMaxWord + 16> key{};
    if (upos.size() < 8) {
      std::size_t k = 0;
      for (char c : upos) key[k++] = c;
      key[k++] = '\t';
      for (char c : out) key[k++] = c;
      bool found = false;
      const std::string_view lemma = t.closed_class.find(std::string_view(key.data(), k), &found);
      if (found) {
        out.assign(lemma);
        return out;
      }
    }
  }

  PosIndex pos;
  if (upos == "VERB" || upos == "AUX") {
    pos = kVerb;
  } else if (upos == "NOUN") {
    pos = kNoun;
  } else if (upos == "ADJ") {
    pos = kAdj;
  } else if (upos == "ADV") {
    pos = kAdv;
  } else if (upos == "PROPN") {
    // Plural names of peoples and groups lemmatise like nouns ("Americans" -> "american", "States"
    // -> "state"); other names keep their form ("Paris", "Reuters").
    const std::string_view w = out;
    if (w.size() > 4 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") &&
        word.size() > 0 && word[0] >= 'A' && word[0] <= 'Z') {
      Candidate c(w.substr(0, w.size() - 1), "");
      if (tables_->index[kNoun].contains(c.view()) && !tables_->index[kNoun].contains(w)) {
        out.assign(c.view());
        return out;
      }
    }
    return out;
  } else {
    return out;  // PROPN and closed classes keep their (lower-cased) form
  }
  const StringTable& exceptions = t.exceptions[pos];
  const StringTable& index = t.index[pos];
  const std::string_view w = out;

  bool found = false;
  if (std::string_view base = exceptions.find(w, &found); found) {
    out.assign(base);
    return out;
  }
  if (pos == kAdv) {
    // Comparative adverbs take their adjective's base: "later" -> "late", "earlier" -> "early".
    const StringTable& adjectives = t.index[kAdj];
    if (ends_with(w, "ier") && w.size() > 5) {
      Candidate c(w.substr(0, w.size() - 3), "y");
      if (adjectives.contains(c.view())) { out.assign(c.view()); return out; }
    } else if (ends_with(w, "er") && w.size() > 4) {
      Candidate bare(w.substr(0, w.size() - 2), ""), with_e(w.substr(0, w.size() - 2), "e");
      if (adjectives.contains(with_e.view())) { out.assign(with_e.view()); return out; }
      if (adjectives.contains(bare.view())) { out.assign(bare.view()); return out; }
    }
    return out;
  }

  // Hyphenated compounds inflect on their last part: "re-elected" -> "re-elect".
  if (const std::size_t hyphen = w.rfind('-'); hyphen != std::string_view::npos && hyphen + 1 < w.size() &&
                                               hyphen > 0 && !index.contains(w)) {
    const std::string head(w.substr(0, hyphen + 1));
    std::string tail = lemma(w.substr(hyphen + 1), upos);
    out = head + tail;
    return out;
  }

  if (pos == kVerb) {
    if (index.contains(w)) return out;
    // morphy's verb rules, with the silent-e choice made by spelling when both stems are verbs.
    std::string_view stem;
    if (ends_with(w, "ies")) {
      Candidate c(w.substr(0, w.size() - 3), "y");
      if (index.contains(c.view())) { out.assign(c.view()); return out; }
    }
    if (ends_with(w, "s")) {
      Candidate c(w.substr(0, w.size() - 1), "");
      if (index.contains(c.view())) { out.assign(c.view()); return out; }
      if (ends_with(w, "es")) {
        Candidate e(w.substr(0, w.size() - 2), "");
        if (index.contains(e.view())) { out.assign(e.view()); return out; }
      }
    }
    if (ends_with(w, "ed") && w.size() > 3) stem = w.substr(0, w.size() - 2);
    if (ends_with(w, "ing") && w.size() > 4) stem = w.substr(0, w.size() - 3);
    if (!stem.empty()) {
      Candidate with_e(stem, "e"), bare(stem, "");
      const bool e_ok = index.contains(with_e.view()), bare_ok = index.contains(bare.view());
      if (e_ok && bare_ok) { out.assign(prefers_silent_e(stem) ? with_e.view() : bare.view()); return out; }
      if (e_ok) { out.assign(with_e.view()); return out; }
      if (bare_ok) { out.assign(bare.view()); return out; }
      if (ends_with(w, "ied")) { out.assign(Candidate(w.substr(0, w.size() - 3), "y").view()); return out; }
      // Verbs made from nouns ("tweeted", "emailed") are in the noun index.
      const StringTable& nouns = t.index[kNoun];
      if (nouns.contains(bare.view())) { out.assign(bare.view()); return out; }
      if (nouns.contains(with_e.view())) { out.assign(with_e.view()); return out; }
      std::string repaired;
      repair_unknown_stem(stem, repaired);
      out = std::move(repaired);
      return out;
    }
    if (ends_with(w, "ies") && w.size() > 4) { out.assign(Candidate(w.substr(0, w.size() - 3), "y").view()); return out; }
    if (ends_with(w, "ches") || ends_with(w, "shes") || ends_with(w, "sses") || ends_with(w, "xes") ||
        ends_with(w, "zes") || ends_with(w, "oes"))
      { out.assign(w.substr(0, w.size() - 2)); return out; }
    if (ends_with(w, "s") && !ends_with(w, "ss") && !ends_with(w, "us") && !ends_with(w, "is") && w.size() > 3)
      { out.assign(w.substr(0, w.size() - 1)); return out; }
    return out;
  }

  if (pos == kNoun) {
    const bool known = index.contains(w);
    // Words ending in -ss/-us/-is are singular ("glass", "bus", "crisis"); WordNet lists the plurals
    // of the irregular ones in noun.exc.
    if (!ends_with(w, "s") || ends_with(w, "ss") || ends_with(w, "us") || ends_with(w, "is")) {
      if (ends_with(w, "men")) {
        Candidate c(w.substr(0, w.size() - 3), "man");
        if (index.contains(c.view())) { out.assign(c.view()); return out; }
      }
      return out;
    }
    struct Rule {
      const char* suffix;
      const char* ending;
    };
    static constexpr Rule kRules[] = {{"ies", "y"}, {"ses", "s"},   {"xes", "x"}, {"zes", "z"},
                                      {"ches", "ch"}, {"shes", "sh"}, {"s", ""}};
    // Try "s" last but before giving up: "ties" -> "tie" beats "ty" because "ty" is not a noun.
    Candidate plain(w.substr(0, w.size() - 1), "");
    if (plain.view().size() >= 3 && index.contains(plain.view())) { out.assign(plain.view()); return out; }
    for (const Rule& r : kRules) {
      const std::string_view suffix = r.suffix;
      if (!ends_with(w, suffix)) continue;
      Candidate c(w.substr(0, w.size() - suffix.size()), r.ending);
      if (c.view().size() >= 3 && index.contains(c.view())) { out.assign(c.view()); return out; }
    }
    if (known) return out;
    if (ends_with(w, "ies") && w.size() > 4) { out.assign(Candidate(w.substr(0, w.size() - 3), "y").view()); return out; }
    if (ends_with(w, "ches") || ends_with(w, "shes") || ends_with(w, "sses") || ends_with(w, "xes") ||
        ends_with(w, "zes"))
      { out.assign(w.substr(0, w.size() - 2)); return out; }
    if (w.size() > 3) { out.assign(w.substr(0, w.size() - 1)); return out; }
    return out;
  }

  // Adjectives: comparatives and superlatives ("larger" -> "large", "latest" -> "late").
  const bool known = index.contains(w);
  for (std::string_view suffix : {std::string_view("er"), std::string_view("est")}) {
    if (!ends_with(w, suffix) || w.size() < suffix.size() + 3) continue;
    // A listed adjective in -est keeps its form unless the stem is a real word of some length:
    // "greatest" -> "great", but "modest" is not "mod" + "est".
    const std::size_t min_stem = (suffix == "est" && known) ? 4 : 3;
    const std::string_view stem = w.substr(0, w.size() - suffix.size());
    Candidate bare(stem, ""), with_e(stem, "e");
    if (bare.view().size() >= min_stem && index.contains(bare.view())) { out.assign(bare.view()); return out; }
    if (with_e.view().size() >= min_stem && index.contains(with_e.view())) { out.assign(with_e.view()); return out; }
    if (suffix == "est" && known) continue;
    if (stem.size() >= 2 && stem[stem.size() - 1] == stem[stem.size() - 2]) {
      Candidate undoubled(stem.substr(0, stem.size() - 1), "");
      if (index.contains(undoubled.view())) { out.assign(undoubled.view()); return out; }
    }
    if (ends_with(stem, "i")) {
      Candidate y(stem.substr(0, stem.size() - 1), "y");
      if (index.contains(y.view())) { out.assign(y.view()); return out; }
    }
  }
  return out;
}

}  // namespace parley::syntax
