// Feature extraction shared by training and inference: string atoms hashed once per sentence, then
// templates combined into 64-bit keys (linear.h picks table rows from them). Internal.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "syntax/lemmatizer.h"
#include "syntax/string_table.h"

namespace parley::syntax {

// splitmix64: spreads template ids and atoms over all 64 bits, so the top bits make a good row index.
inline std::uint64_t mix64(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}
// One finalising mix per feature: the atoms are hashes or small ids, so multiplying each by its own
// odd constant and rotating keeps (a, b) apart from (b, a) without mixing three times.
inline std::uint64_t rotate_left(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
inline std::uint64_t feature_key(std::uint64_t template_id, std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0) {
  return mix64(template_id * 0x9e3779b97f4a7c15ULL ^ a * 0xc2b2ae3d27d4eb4fULL ^
               rotate_left(b * 0x165667b19e3779f9ULL, 21) ^ rotate_left(c * 0xd6e8feb86659fd93ULL, 42));
}

// Per-token hashed string atoms.
struct TokenAtoms {
  std::uint64_t form = 0, lower = 0, shape = 0;
  std::array<std::uint64_t, 3> prefix{};  // 1..3 bytes of the lower-cased form
  std::array<std::uint64_t, 4> suffix{};  // 1..4 bytes
  // Lemmatizer::word_classes() of the form: WordNet's ambiguity class ("talks": plural noun or
  // present verb), known for words the treebank never showed the tagger.
  std::uint64_t wordnet = 0;
};

// The WordNet atom when WordNet is not installed: a value no word's classes take (they fit in 9 bits),
// so the model's WordNet features fall silent instead of claiming "not an English word".
// Words of the tagger's dictionary are not looked up (half the tokens of running text): their tags
// are known, and a neighbour's templates that see them see their form as well.
inline constexpr std::uint64_t kNoWordNet = 0x10000, kDictionaryWord = 0x10001;
inline std::uint64_t wordnet_atom(const Lemmatizer* lemmatizer, std::string_view form, bool in_dictionary) {
  if (in_dictionary) return kDictionaryWord;
  return lemmatizer == nullptr ? kNoWordNet : lemmatizer->word_classes(form);
}

// Atoms for positions outside the sentence and for the parser's artificial root.
inline constexpr std::uint64_t kBeforeAtom = 0x5eed0001, kAfterAtom = 0x5eed0002, kRootAtom = 0x5eed0003,
                               kNoneAtom = 0x5eed0004;

inline void compute_atoms(std::string_view form, TokenAtoms& out) {
  std::array<char, 64> lower{};
  std::array<char, 64> shape{};
  const std::size_t n = form.size() < lower.size() ? form.size() : lower.size();
  std::size_t shape_size = 0;
  char last_class = 0;
  int repeat = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const char c = form[i];
    lower[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    // "Amir-Abdollahian" -> "Xx-Xx", "2023" -> "d", "U.N." -> "X.X." (runs collapsed after two).
    char cls = (c >= 'A' && c <= 'Z') ? 'X' : (c >= 'a' && c <= 'z') ? 'x' : (c >= '0' && c <= '9') ? 'd'
                                                                               : (static_cast<unsigned char>(c) >= 0x80) ? 'u' : c;
    if (cls == last_class) {
      if (++repeat >= 2) continue;
    } else {
      repeat = 0;
    }
    last_class = cls;
    shape[shape_size++] = cls;
  }
  const std::string_view low(lower.data(), n);
  out.form = hash_bytes(form, 1);
  out.lower = hash_bytes(low, 2);
  out.shape = hash_bytes(std::string_view(shape.data(), shape_size), 3);
  for (std::size_t k = 0; k < 3; ++k)
    out.prefix[k] = hash_bytes(low.substr(0, k + 1 < n ? k + 1 : n), 10 + k);
  for (std::size_t k = 0; k < 4; ++k) {
    const std::size_t len = k + 1 < n ? k + 1 : n;
    out.suffix[k] = hash_bytes(low.substr(n - len), 20 + k);
  }
}

// A bounded feature buffer (no allocation: templates are fixed in number).
struct FeatureBuffer {
  std::array<std::uint64_t, 128> keys{};
  int size = 0;
  void clear() { size = 0; }
  // Templates beyond the capacity are dropped rather than written past the end (the current sets use
  // at most 96).
  void add(std::uint64_t key) {
    if (size < static_cast<int>(keys.size())) keys[static_cast<std::size_t>(size++)] = key;
  }
};

// ---- Tagger (XPOS pass) ----
// `tags` holds the tags predicted so far (greedy left to right); `bos` is the id used before the start.
inline void xpos_features(const std::vector<TokenAtoms>& a, int i, int p1, int p2, FeatureBuffer& f) {
  const int n = static_cast<int>(a.size());
  auto lower = [&](int j) { return j < 0 ? kBeforeAtom : j >= n ? kAfterAtom : a[static_cast<std::size_t>(j)].lower; };
  auto suf3 = [&](int j) { return j < 0 ? kBeforeAtom : j >= n ? kAfterAtom : a[static_cast<std::size_t>(j)].suffix[2]; };
  auto shape = [&](int j) { return j < 0 ? kBeforeAtom : j >= n ? kAfterAtom : a[static_cast<std::size_t>(j)].shape; };
  const TokenAtoms& t = a[static_cast<std::size_t>(i)];
  const auto u1 = static_cast<std::uint64_t>(p1), u2 = static_cast<std::uint64_t>(p2);
  f.clear();
  f.add(feature_key(1, 0));
  f.add(feature_key(2, t.lower));
  f.add(feature_key(3, t.form));
  for (std::uint64_t k = 0; k < 4; ++k) f.add(feature_key(4 + k, t.suffix[k]));
  for (std::uint64_t k = 0; k < 3; ++k) f.add(feature_key(8 + k, t.prefix[k]));
  f.add(feature_key(11, t.shape));
  f.add(feature_key(12, u1));
  f.add(feature_key(13, u1, u2));
  f.add(feature_key(14, u1, t.lower));
  f.add(feature_key(15, lower(i - 1)));
  f.add(feature_key(16, lower(i - 2)));
  f.add(feature_key(17, lower(i + 1)));
  f.add(feature_key(18, lower(i + 2)));
  f.add(feature_key(19, suf3(i - 1)));
  f.add(feature_key(20, suf3(i + 1)));
  f.add(feature_key(21, shape(i + 1)));
  f.add(feature_key(22, shape(i - 1)));
  f.add(feature_key(23, u1, t.suffix[2]));
  f.add(feature_key(24, t.lower, lower(i + 1)));
  f.add(feature_key(25, lower(i - 1), t.lower));
  f.add(feature_key(26, i == 0 ? 1 : 0, t.shape));
  f.add(feature_key(27, u1, lower(i + 1)));
  f.add(feature_key(28, i + 1 < n ? a[static_cast<std::size_t>(i + 1)].suffix[1] : kAfterAtom));
  f.add(feature_key(29, u1, t.shape));
  f.add(feature_key(30, t.suffix[1], lower(i + 1)));
  // WordNet's ambiguity class, alone and with the suffix, the shape, the previous tag and the
  // neighbours' classes: "talks" after "the" (noun or verb) is a plural noun, an unseen "-ed" word that
  // WordNet knows only as a verb's past is VBD or VBN. (Measured on EWT dev: +0.3 XPOS, +0.4 UPOS.)
  auto wordnet = [&](int j) { return j < 0 ? kBeforeAtom : j >= n ? kAfterAtom : a[static_cast<std::size_t>(j)].wordnet; };
  f.add(feature_key(31, t.wordnet));
  f.add(feature_key(32, t.wordnet, t.suffix[1]));
  f.add(feature_key(33, t.wordnet, t.shape));
  f.add(feature_key(34, t.wordnet, u1));
  f.add(feature_key(35, wordnet(i - 1), t.wordnet));
  f.add(feature_key(36, t.wordnet, wordnet(i + 1)));
  f.add(feature_key(37, wordnet(i + 1)));
}

// ---- Tagger (UPOS pass): runs after XPOS, so it sees the XPOS of the whole sentence ----
inline void upos_features(const std::vector<TokenAtoms>& a, const std::vector<std::uint8_t>& xpos, int i, int u1,
                          int u2, FeatureBuffer& f) {
  const int n = static_cast<int>(a.size());
  auto x = [&](int j) -> std::uint64_t { return j < 0 ? 1000 : j >= n ? 1001 : xpos[static_cast<std::size_t>(j)]; };
  auto lower = [&](int j) { return j < 0 ? kBeforeAtom : j >= n ? kAfterAtom : a[static_cast<std::size_t>(j)].lower; };
  const TokenAtoms& t = a[static_cast<std::size_t>(i)];
  const auto p1 = static_cast<std::uint64_t>(u1), p2 = static_cast<std::uint64_t>(u2);
  f.clear();
  f.add(feature_key(101, 0));
  f.add(feature_key(102, x(i)));
  f.add(feature_key(103, x(i), t.lower));
  f.add(feature_key(104, x(i), t.suffix[2]));
  f.add(feature_key(105, x(i), x(i - 1)));
  f.add(feature_key(106, x(i), x(i + 1)));
  f.add(feature_key(107, x(i), x(i + 1), t.lower));
  f.add(feature_key(108, x(i - 1), x(i), t.lower));
  f.add(feature_key(109, p1, x(i)));
  f.add(feature_key(110, p1, p2, x(i)));
  f.add(feature_key(111, t.lower));
  f.add(feature_key(112, x(i), lower(i + 1)));
  f.add(feature_key(113, x(i), lower(i - 1)));
  f.add(feature_key(114, x(i), x(i + 2), x(i + 1)));
  f.add(feature_key(115, x(i), t.shape));
  f.add(feature_key(116, x(i), lower(i + 1), t.lower));
  f.add(feature_key(117, x(i), lower(i + 2)));
  f.add(feature_key(118, x(i), x(i - 2), x(i - 1)));
  // WordNet's class with the XPOS: a capitalised NNP that WordNet knows as a noun is often a NOUN.
  f.add(feature_key(119, x(i), t.wordnet));
  f.add(feature_key(120, x(i), t.wordnet, t.shape));
}

// ---- Parser: arc-hybrid configuration (stack, buffer as a suffix of the sentence, root at n) ----
struct ParserTokens {
  // Per position 0..n (n = the root): atoms the parser templates use.
  std::vector<std::uint64_t> word;  // lower-case form hash
  std::vector<std::uint64_t> tag;   // XPOS id (small)
  std::vector<std::uint64_t> upos;  // UPOS id
};

struct ParserTree {
  // Per position 0..n: children seen so far, and the arc-hybrid counters the templates use.
  std::vector<int> head, lc1, lc2, rc1, rc2, nleft, nright;
  void reset(int size) {
    auto fill = [&](std::vector<int>& v, int value) { v.assign(static_cast<std::size_t>(size), value); };
    fill(head, -1);
    fill(lc1, -1);
    fill(lc2, -1);
    fill(rc1, -1);
    fill(rc2, -1);
    fill(nleft, 0);
    fill(nright, 0);
  }
  void add_arc(int h, int d) {
    const auto hh = static_cast<std::size_t>(h);
    head[static_cast<std::size_t>(d)] = h;
    if (d < h) {  // arc-hybrid adds left children nearest-first, so the newest is the leftmost
      lc2[hh] = lc1[hh];
      lc1[hh] = d;
      ++nleft[hh];
    } else {  // and right children left to right, so the newest is the rightmost
      rc2[hh] = rc1[hh];
      rc1[hh] = d;
      ++nright[hh];
    }
  }
};

// Parser templates are numbered 200..295. Those that read one position of the configuration only
// (and the bias) form four groups, scored once per position and cached while a sentence is parsed:
// a word's group-s0 score is the same every time it is on top of the stack.
enum ParserSlot : int { kSlotS0 = 0, kSlotS1 = 1, kSlotS2 = 2, kSlotB0 = 3 };
inline constexpr int kParserSlots = 4;

// The keys of one group for position j (-1: no such position; for kSlotB0, j is b0 and the group
// also reads b0 + 1 and b0 + 2, which b0 fixes).
inline void parser_slot_features(const ParserTokens& t, int slot, int j, int n, FeatureBuffer& f) {
  auto w = [&](int k) -> std::uint64_t { return k < 0 ? kNoneAtom : t.word[static_cast<std::size_t>(k)]; };
  auto p = [&](int k) -> std::uint64_t { return k < 0 ? 999 : t.tag[static_cast<std::size_t>(k)]; };
  auto u = [&](int k) -> std::uint64_t { return k < 0 ? 999 : t.upos[static_cast<std::size_t>(k)]; };
  auto F = [&](std::uint64_t id, std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0) {
    f.add(feature_key(200 + id, a, b, c));
  };
  switch (slot) {
    case kSlotS0:
      F(1, w(j)); F(2, p(j)); F(3, w(j), p(j)); F(86, u(j));
      break;
    case kSlotS1:
      F(4, w(j)); F(5, p(j)); F(6, w(j), p(j)); F(88, u(j));
      break;
    case kSlotS2:
      F(15, p(j)); F(16, w(j));
      break;
    default: {
      const int b1 = j >= 0 && j + 1 <= n ? j + 1 : -1;
      const int b2 = j >= 0 && j + 2 <= n ? j + 2 : -1;
      F(0, 0);  // bias
      F(7, w(j)); F(8, p(j)); F(9, w(j), p(j));
      F(10, w(b1)); F(11, p(b1)); F(12, w(b1), p(b1));
      F(13, p(b2)); F(14, w(b2));
      F(24, p(j), p(b1)); F(34, p(j), p(b1), p(b2)); F(87, u(j));
    }
  }
}

// The templates that read two positions or the tree built so far.
inline void parser_context_features(const ParserTokens& t, const ParserTree& tree, const int* stack, int stack_size,
                                    int b0, int n, FeatureBuffer& f) {
  auto w = [&](int j) -> std::uint64_t { return j < 0 ? kNoneAtom : t.word[static_cast<std::size_t>(j)]; };
  auto p = [&](int j) -> std::uint64_t { return j < 0 ? 999 : t.tag[static_cast<std::size_t>(j)]; };
  auto u = [&](int j) -> std::uint64_t { return j < 0 ? 999 : t.upos[static_cast<std::size_t>(j)]; };
  auto child = [&](const std::vector<int>& v, int j) { return j < 0 ? -1 : v[static_cast<std::size_t>(j)]; };
  auto count = [&](const std::vector<int>& v, int j) -> std::uint64_t {
    return j < 0 ? 99 : static_cast<std::uint64_t>(std::min(v[static_cast<std::size_t>(j)], 4));
  };
  const int s0 = stack_size > 0 ? stack[stack_size - 1] : -1;
  const int s1 = stack_size > 1 ? stack[stack_size - 2] : -1;
  const int s2 = stack_size > 2 ? stack[stack_size - 3] : -1;
  const int b1 = b0 + 1 <= n ? b0 + 1 : -1;
  const std::uint64_t s0w = w(s0), s0p = p(s0), s1w = w(s1), s1p = p(s1), b0w = w(b0), b0p = p(b0);
  const std::uint64_t b1w = w(b1), b1p = p(b1), s2p = p(s2);
  const int s0l1 = child(tree.lc1, s0), s0l2 = child(tree.lc2, s0), s0r1 = child(tree.rc1, s0),
            s0r2 = child(tree.rc2, s0);
  const int s1l1 = child(tree.lc1, s1), s1r1 = child(tree.rc1, s1), s1r2 = child(tree.rc2, s1);
  const int b0l1 = child(tree.lc1, b0), b0l2 = child(tree.lc2, b0);
  // Distance between s0 and b0, bucketed (the root counts as far).
  std::uint64_t dist = 0;
  if (s0 >= 0) {
    const int d = (b0 == n) ? 10 : b0 - s0;
    dist = static_cast<std::uint64_t>(d <= 4 ? d : d <= 6 ? 5 : d <= 10 ? 6 : 7);
  }
  std::uint64_t dist01 = 0;
  if (s1 >= 0) {
    const int d = s0 - s1;
    dist01 = static_cast<std::uint64_t>(d <= 4 ? d : d <= 6 ? 5 : d <= 10 ? 6 : 7);
  }
  std::uint64_t id = 217;
  auto F = [&](std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0) { f.add(feature_key(id++, a, b, c)); };
  auto skip = [&] { ++id; };  // a template of parser_slot_features
  // Pairs.
  F(s0w, s0p, b0w ^ (b0p << 1)); F(s0w, s0p, b0w); F(s0w, b0w, b0p); F(s0w ^ (s0p << 1), b0p);
  F(s0p, b0w ^ (b0p << 1)); F(s0w, b0w); F(s0p, b0p); skip();  // (b0p, b1p)
  F(s1w, s1p, s0w ^ (s0p << 1)); F(s1w, s0w); F(s1p, s0p); F(s1w, s0p); F(s1p, s0w);
  F(s1p, b0p); F(s1w, b0w); F(s1p, b0w); F(s1w, b0p);
  // Triples of tags.
  skip(); F(s0p, b0p, b1p); F(s1p, s0p, b0p); F(s2p, s1p, s0p);  // skipped: (b0p, b1p, b2p)
  F(s0p, p(s0l1), b0p); F(s0p, p(s0r1), b0p); F(s1p, s0p, p(s0l1)); F(s1p, s0p, p(s0r1));
  F(s1p, p(s1r1), s0p); F(s0p, b0p, p(b0l1)); F(s1p, p(s1l1), s0p); F(s0w, s1p, b0p);
  // Distance.
  F(s0w, dist); F(s0p, dist); F(b0w, dist); F(b0p, dist); F(s0w, b0w, dist); F(s0p, b0p, dist);
  F(s1p, s0p, dist01); F(s1w, s0w, dist01);
  // Valency.
  F(s0w, count(tree.nright, s0)); F(s0p, count(tree.nright, s0)); F(s0w, count(tree.nleft, s0));
  F(s0p, count(tree.nleft, s0)); F(s1w, count(tree.nright, s1)); F(s1p, count(tree.nright, s1));
  F(s1w, count(tree.nleft, s1)); F(s1p, count(tree.nleft, s1)); F(b0w, count(tree.nleft, b0));
  F(b0p, count(tree.nleft, b0));
  // Children.
  F(w(s0l1)); F(p(s0l1)); F(w(s0r1)); F(p(s0r1)); F(w(s1l1)); F(p(s1l1)); F(w(s1r1)); F(p(s1r1));
  F(w(b0l1)); F(p(b0l1)); F(p(s0l2)); F(p(s0r2)); F(p(s1r2)); F(p(b0l2));
  // Second order.
  F(s0p, p(s0l1), p(s0l2)); F(s0p, p(s0r1), p(s0r2)); F(s1p, p(s1r1), p(s1r2)); F(b0p, p(b0l1), p(b0l2));
  // Lexical triples that help attachment of prepositions and coordination.
  F(s0w, b0w, b1p); F(s1w, s0w, b0w); F(s0p, b0w, b1w); F(s1p, s0w, b0p);
  // UPOS tells auxiliaries and copulas from main verbs, which Penn tags (VB*) do not: UD attaches
  // "has" in "has met" to "met", so the parser must see the difference.
  skip(); skip(); skip();  // u(s0), u(b0), u(s1)
  F(u(s0), u(b0)); F(u(s1), u(s0)); F(u(s0), u(b0), u(b1));
  F(u(s1), u(s0), u(b0)); F(s0w, u(b0)); F(u(s0), b0w); F(u(s0), u(b0), dist);
}

// Every template of a configuration (96 keys): what the trainer scores and updates.
// Applies an arc-hybrid move to the configuration (stack[0, depth), buffer from b0): 0 shifts b0,
// 1 attaches s0 to b0 (left arc), 2 attaches s0 to s1 (right arc); SyntaxModel::Transition numbers
// them so. The caller checks that the move is legal.
inline void apply_transition(int move, ParserTree& tree, int* stack, int& depth, int& b0) {
  if (move == 0) {
    stack[depth++] = b0++;
  } else if (move == 1) {
    tree.add_arc(b0, stack[--depth]);
  } else {
    const int d = stack[--depth];
    tree.add_arc(stack[depth - 1], d);
  }
}

inline void parser_features(const ParserTokens& t, const ParserTree& tree, const int* stack, int stack_size, int b0,
                            int n, FeatureBuffer& f) {
  f.clear();
  parser_slot_features(t, kSlotS0, stack_size > 0 ? stack[stack_size - 1] : -1, n, f);
  parser_slot_features(t, kSlotS1, stack_size > 1 ? stack[stack_size - 2] : -1, n, f);
  parser_slot_features(t, kSlotS2, stack_size > 2 ? stack[stack_size - 3] : -1, n, f);
  parser_slot_features(t, kSlotB0, b0, n, f);
  parser_context_features(t, tree, stack, stack_size, b0, n, f);
}

}  // namespace parley::syntax

namespace parley::syntax {

// ---- Labeller: one decision per word once the tree is built (dependent d, head h, -1 = root) ----
struct LabellerInput {
  const std::vector<TokenAtoms>* atoms;
  const std::vector<std::uint8_t>* xpos;
  const std::vector<std::uint8_t>* upos;
  const std::vector<int>* head;      // 0-based, -1 for the root
  const std::vector<int>* label;     // labels decided so far (-1 = not yet)
  std::uint8_t aux_upos;             // UPOS id of AUX, ADP and SCONJ, for marker features
  std::uint8_t adp_upos;
  std::uint8_t sconj_upos;
};

inline void labeller_features(const LabellerInput& in, int d, FeatureBuffer& f) {
  const auto& heads = *in.head;
  const int n = static_cast<int>(heads.size());
  const int h = heads[static_cast<std::size_t>(d)];
  auto lw = [&](int j) -> std::uint64_t { return j < 0 ? kRootAtom : (*in.atoms)[static_cast<std::size_t>(j)].lower; };
  auto xp = [&](int j) -> std::uint64_t { return j < 0 ? 998 : (*in.xpos)[static_cast<std::size_t>(j)]; };
  auto up = [&](int j) -> std::uint64_t { return j < 0 ? 998 : (*in.upos)[static_cast<std::size_t>(j)]; };
  const std::uint64_t dir = h < 0 ? 2 : (d < h ? 0 : 1);
  const int distance = h < 0 ? 0 : (d < h ? h - d : d - h);
  const std::uint64_t dist = static_cast<std::uint64_t>(distance <= 3 ? distance : distance <= 6 ? 4 : 5);
  const int g = h < 0 ? -1 : heads[static_cast<std::size_t>(h)];
  // Children of d and of h: the nearest marker (ADP/SCONJ) left of d, d's leftmost child, h's nearest
  // auxiliary, the previous sibling on d's side and its label, d's rank among h's dependents on its side.
  int marker = -1, d_leftmost = -1, d_rightmost = -1, h_aux = -1, prev_sibling = -1, rank = 0, d_children = 0;
  for (int j = 0; j < n; ++j) {
    const int hj = heads[static_cast<std::size_t>(j)];
    if (hj == d) {
      ++d_children;
      if (d_leftmost < 0) d_leftmost = j;
      d_rightmost = j;
      const auto u = (*in.upos)[static_cast<std::size_t>(j)];
      if (j < d && (u == in.adp_upos || u == in.sconj_upos) && marker < 0) marker = j;
    }
    if (h >= 0 && hj == h && j != d) {
      if (j < h && (*in.upos)[static_cast<std::size_t>(j)] == in.aux_upos) h_aux = j;
      if ((j < h) == (d < h)) {
        if ((d < h && j > d) || (d > h && j < d)) {
          ++rank;
          if (d > h) prev_sibling = j;            // nearest right sibling between h and d
          else if (prev_sibling < 0) prev_sibling = j;  // nearest left sibling between d and h
        }
      }
    }
  }
  const std::uint64_t prev_label =
      prev_sibling < 0 ? 999 : static_cast<std::uint64_t>((*in.label)[static_cast<std::size_t>(prev_sibling)] + 1);
  const std::uint64_t rank_bucket = static_cast<std::uint64_t>(rank < 3 ? rank : 3);
  const TokenAtoms& t = (*in.atoms)[static_cast<std::size_t>(d)];
  f.clear();
  std::uint64_t id = 400;
  auto F = [&](std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0) { f.add(feature_key(id++, a, b, c)); };
  F(0);
  F(t.lower); F(xp(d)); F(up(d)); F(lw(h)); F(xp(h)); F(up(h));
  F(up(d), up(h), dir); F(xp(d), xp(h), dir); F(t.lower, up(h), dir); F(lw(h), up(d), dir);
  F(t.lower, lw(h)); F(xp(d), xp(h), dir * 8 + dist); F(up(d), dir, dist); F(up(d), up(h), up(g));
  F(xp(d), xp(h), xp(g)); F(lw(marker), up(d), up(h)); F(lw(marker), lw(h)); F(lw(marker), t.lower);
  F(lw(d_leftmost), up(d)); F(up(d_leftmost), up(d), up(h)); F(up(d_rightmost), up(d));
  F(lw(h_aux), xp(h), dir); F(lw(h_aux), xp(h), up(d) * 4 + dir);
  F(prev_label, up(d), dir); F(prev_label, xp(d), xp(h)); F(rank_bucket, up(d), up(h) * 4 + dir);
  F(t.suffix[2], up(h), dir); F(t.shape, up(d)); F(static_cast<std::uint64_t>(std::min(d_children, 3)), up(d), up(h));
  F(lw(d - 1 >= 0 ? d - 1 : -1), up(d), up(h)); F(lw(d + 1 < n ? d + 1 : -1), up(d));
  F(t.lower, xp(h), dir * 8 + dist); F(lw(h), xp(d), dir * 8 + dist);
}

}  // namespace parley::syntax
