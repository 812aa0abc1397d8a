#include "syntax/syntax.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include "text/text.h"

namespace parley::syntax {

namespace {

constexpr char kMagic[8] = {'P', 'A', 'R', 'L', 'E', 'Y', 'S', 'X'};
constexpr std::size_t kHeaderSize = 8 + 4 + 8 + 8;  // magic, version, payload size, payload hash
// Table shapes a valid file may ask for: bounds keep a corrupt file from requesting gigabytes.
constexpr int kMinBits = 8, kMaxBits = 22;
constexpr std::size_t kMaxTableEntries = std::size_t{1} << 26;

int argmax(const std::int32_t* scores, int n) {
  int best = 0;
  for (int c = 1; c < n; ++c)
    if (scores[c] > scores[best]) best = c;
  return best;
}

// ---- Byte encoding ----
class ByteWriter {
 public:
  void u8(std::uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void u32(std::uint32_t v) {
    for (int i = 0; i < 4; ++i) u8(static_cast<std::uint8_t>(v >> (8 * i)));
  }
  void u64(std::uint64_t v) {
    for (int i = 0; i < 8; ++i) u8(static_cast<std::uint8_t>(v >> (8 * i)));
  }
  void varint(std::uint64_t v) {
    while (v >= 0x80) {
      u8(static_cast<std::uint8_t>(v | 0x80));
      v >>= 7;
    }
    u8(static_cast<std::uint8_t>(v));
  }
  void f32(float v) {
    std::uint32_t bits;
    std::memcpy(&bits, &v, 4);
    u32(bits);
  }
  void str(std::string_view s) {
    varint(s.size());
    out_.append(s);
  }
  std::string& bytes() { return out_; }

 private:
  std::string out_;
};

class ByteReader {
 public:
  explicit ByteReader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool at_end() const { return pos_ == in_.size(); }
  std::uint8_t u8() {
    if (pos_ >= in_.size()) return fail();
    return static_cast<std::uint8_t>(in_[pos_++]);
  }
  std::uint32_t u32() {
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v |= static_cast<std::uint32_t>(u8()) << (8 * i);
    return v;
  }
  std::uint64_t u64() {
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v |= static_cast<std::uint64_t>(u8()) << (8 * i);
    return v;
  }
  std::uint64_t varint() {
    std::uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      const std::uint8_t b = u8();
      if (!ok_) return 0;
      v |= static_cast<std::uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) return v;
    }
    return fail();
  }
  float f32() {
    const std::uint32_t bits = u32();
    float v;
    std::memcpy(&v, &bits, 4);
    return v;
  }
  std::string_view str(std::size_t max_size) {
    const std::uint64_t n = varint();
    if (!ok_ || n > max_size || n > in_.size() - pos_) {
      fail();
      return {};
    }
    std::string_view s = in_.substr(pos_, n);
    pos_ += n;
    return s;
  }

 private:
  std::uint8_t fail() {
    ok_ = false;
    pos_ = in_.size();
    return 0;
  }
  std::string_view in_;
  std::size_t pos_ = 0;
  bool ok_ = true;
};

std::uint64_t payload_hash(std::string_view payload) { return hash_bytes(payload, 0x6d6f64656c); }

void write_names(ByteWriter& w, const std::vector<std::string>& names) {
  w.varint(names.size());
  for (const std::string& s : names) w.str(s);
}

void write_linear(ByteWriter& w, const FrozenLinear& m) {
  w.u8(static_cast<std::uint8_t>(m.bits()));
  w.varint(static_cast<std::uint64_t>(m.classes()));
  w.f32(m.scale());
  w.varint(m.row_count());
  // Per present row: the gap from the previous row, the number of non-zero classes, then
  // (class, zig-zag value) pairs. Rows are mostly sparse in classes: a perceptron only touches the
  // classes it confused.
  std::size_t index = 0;
  std::uint64_t previous = 0;
  const auto& blocks = m.blocks();
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    for (std::uint64_t bits = blocks[b].present; bits != 0; bits &= bits - 1) {
      const std::uint64_t row = b * 64 + static_cast<std::uint64_t>(__builtin_ctzll(bits));
      w.varint(row - previous);
      previous = row;
      const std::int16_t* weights = m.row_weights(index++);
      std::uint64_t nonzero = 0;
      for (int c = 0; c < m.classes(); ++c) nonzero += weights[c] != 0;
      w.varint(nonzero);
      for (int c = 0; c < m.classes(); ++c) {
        if (weights[c] == 0) continue;
        w.varint(static_cast<std::uint64_t>(c));
        const std::int32_t v = weights[c];
        w.varint(static_cast<std::uint32_t>((v << 1) ^ (v >> 31)));
      }
    }
  }
}

bool read_names(ByteReader& r, std::vector<std::string>& names) {
  const std::uint64_t n = r.varint();
  if (!r.ok() || n == 0 || n > 250) return false;
  for (std::uint64_t i = 0; i < n; ++i) {
    std::string_view s = r.str(64);
    if (!r.ok() || s.empty()) return false;
    names.emplace_back(s);
  }
  return true;
}

bool read_linear(ByteReader& r, int expected_classes, FrozenLinear& out) {
  const int bits = r.u8();
  const std::uint64_t classes = r.varint();
  const float scale = r.f32();
  if (!r.ok() || bits < kMinBits || bits > kMaxBits || classes != static_cast<std::uint64_t>(expected_classes))
    return false;
  if (!(scale > 0.0f) || scale > 1e6f) return false;
  const std::uint64_t rows = r.varint();
  const std::uint64_t max_rows = std::uint64_t{1} << bits;
  if (!r.ok() || rows > max_rows || rows * classes > kMaxTableEntries) return false;
  out = FrozenLinear::empty(bits, static_cast<int>(classes), scale);
  std::vector<std::int16_t> weights(classes);
  std::uint64_t row = 0;
  for (std::uint64_t k = 0; k < rows; ++k) {
    const std::uint64_t gap = r.varint();
    if (!r.ok() || (k > 0 && gap == 0) || gap >= max_rows || row + gap >= max_rows) return false;
    row += gap;
    const std::uint64_t nonzero = r.varint();
    if (!r.ok() || nonzero > classes) return false;
    std::fill(weights.begin(), weights.end(), 0);
    for (std::uint64_t j = 0; j < nonzero; ++j) {
      const std::uint64_t c = r.varint();
      const std::uint64_t zigzag = r.varint();
      if (!r.ok() || c >= classes || zigzag > 0xffff) return false;
      const auto raw = static_cast<std::uint32_t>(zigzag);
      weights[c] = static_cast<std::int16_t>(static_cast<std::int32_t>(raw >> 1) ^ -static_cast<std::int32_t>(raw & 1));
    }
    out.append_row(static_cast<std::uint32_t>(row), weights.data());
  }
  out.finish();
  return true;
}

}  // namespace

std::string default_model_path() {
  if (const char* env = std::getenv("PARLEY_MODEL"); env != nullptr && *env != '\0') return env;
#ifdef PARLEY_SOURCE_DATA_DIR
  const std::string source = PARLEY_SOURCE_DATA_DIR "/model/parley-en.model";
#else
  const std::string source = "data/model/parley-en.model";
#endif
  if (std::ifstream(source).good()) return source;
#ifdef PARLEY_INSTALL_DATA_DIR
  const std::string installed = PARLEY_INSTALL_DATA_DIR "/model/parley-en.model";
  if (std::ifstream(installed).good()) return installed;
#endif
  return source;
}

SyntaxModel::SyntaxModel(ModelParts parts, std::shared_ptr<const Lemmatizer> lemmatizer)
    : parts_(std::move(parts)), lemmatizer_(std::move(lemmatizer)) {
  static std::atomic<std::uint64_t> instances{0};
  instance_ = ++instances;
  // Value: the two tags, then (when the UPOS is known and WordNet is there) the word's lemma, which
  // is then looked up once here instead of at every occurrence.
  for (const ModelParts::DictionaryEntry& e : parts_.dictionary) {
    std::string value{static_cast<char>(e.xpos), static_cast<char>(e.upos)};
    if (lemmatizer_ && e.upos != ModelParts::kNoTag && e.upos < parts_.upos_names.size())
      value += lemmatizer_->lemma(e.form, parts_.upos_names[e.upos]);
    dictionary_.insert(e.form, value);
  }
  for (std::size_t i = 0; i < parts_.upos_names.size(); ++i) {
    if (parts_.upos_names[i] == "AUX") aux_ = static_cast<std::uint8_t>(i);
    if (parts_.upos_names[i] == "ADP") adp_ = static_cast<std::uint8_t>(i);
    if (parts_.upos_names[i] == "SCONJ") sconj_ = static_cast<std::uint8_t>(i);
    if (parts_.upos_names[i] == "PUNCT") punct_ = static_cast<std::uint8_t>(i);
  }
  for (std::size_t i = 0; i < parts_.deprel_names.size(); ++i)
    if (parts_.deprel_names[i] == "punct") punct_label_ = static_cast<int>(i);
}

std::string SyntaxModel::serialize() const {
  ByteWriter payload;
  write_names(payload, parts_.xpos_names);
  write_names(payload, parts_.upos_names);
  write_names(payload, parts_.deprel_names);
  payload.varint(parts_.dictionary.size());
  for (const ModelParts::DictionaryEntry& e : parts_.dictionary) {
    payload.str(e.form);
    payload.u8(e.xpos);
    payload.u8(e.upos);
  }
  write_linear(payload, parts_.xpos);
  write_linear(payload, parts_.upos);
  write_linear(payload, parts_.parser);
  write_linear(payload, parts_.labeller);
  ByteWriter file;
  file.bytes().append(kMagic, sizeof kMagic);
  file.u32(kFormatVersion);
  file.u64(payload.bytes().size());
  file.u64(payload_hash(payload.bytes()));
  file.bytes() += payload.bytes();
  return std::move(file.bytes());
}

Status SyntaxModel::save(const std::string& path) const {
  const std::string bytes = serialize();
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::io_error("cannot write model file", path);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) return Status::io_error("error writing model file", path);
  return Status::ok();
}

Result<ModelParts> SyntaxModel::decode_payload(std::string_view payload, const std::string& name) {
  ByteReader r(payload);
  ModelParts parts;
  auto corrupt = [&](const char* what) { return Status::invalid_input(std::string("corrupt model: ") + what, name); };
  if (!read_names(r, parts.xpos_names) || !read_names(r, parts.upos_names) || !read_names(r, parts.deprel_names))
    return corrupt("bad tag or relation list");
  const std::uint64_t entries = r.varint();
  if (!r.ok() || entries > payload.size()) return corrupt("bad dictionary size");
  parts.dictionary.reserve(entries);
  for (std::uint64_t i = 0; i < entries; ++i) {
    ModelParts::DictionaryEntry e;
    e.form = r.str(256);
    e.xpos = r.u8();
    e.upos = r.u8();
    if (!r.ok() || e.form.empty()) return corrupt("bad dictionary entry");
    if ((e.xpos != ModelParts::kNoTag && e.xpos >= parts.xpos_names.size()) ||
        (e.upos != ModelParts::kNoTag && e.upos >= parts.upos_names.size()))
      return corrupt("dictionary tag out of range");
    parts.dictionary.push_back(std::move(e));
  }
  if (!read_linear(r, static_cast<int>(parts.xpos_names.size()), parts.xpos) ||
      !read_linear(r, static_cast<int>(parts.upos_names.size()), parts.upos) ||
      !read_linear(r, 3, parts.parser) ||
      !read_linear(r, static_cast<int>(parts.deprel_names.size()), parts.labeller))
    return corrupt("bad weight table");
  parts.parser.make_dense();
  if (!r.at_end()) return corrupt("trailing bytes");
  return parts;
}

Result<std::shared_ptr<const SyntaxModel>> SyntaxModel::from_bytes(std::string_view bytes, const std::string& name,
                                                                   std::shared_ptr<const Lemmatizer> lemmatizer) {
  if (bytes.size() < kHeaderSize) return Status::invalid_input("model file truncated (no header)", name);
  if (std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
    return Status::invalid_input("not a parley syntax model (wrong magic number)", name);
  ByteReader header(bytes.substr(8, kHeaderSize - 8));
  const std::uint32_t version = header.u32();
  const std::uint64_t size = header.u64();
  const std::uint64_t hash = header.u64();
  if (version != kFormatVersion)
    return Status::invalid_input("model format version " + std::to_string(version) + " is not supported (expected " +
                                     std::to_string(kFormatVersion) + ")",
                                 name);
  if (size != bytes.size() - kHeaderSize)
    return Status::invalid_input("model file truncated or padded (payload size mismatch)", name);
  const std::string_view payload = bytes.substr(kHeaderSize);
  if (payload_hash(payload) != hash) return Status::invalid_input("model file corrupt (checksum mismatch)", name);
  Result<ModelParts> parts = decode_payload(payload, name);
  if (!parts.ok()) return parts.status();
  return std::shared_ptr<const SyntaxModel>(std::make_shared<SyntaxModel>(std::move(*parts), std::move(lemmatizer)));
}

Result<std::shared_ptr<const SyntaxModel>> SyntaxModel::load(const std::string& path, const std::string& wordnet_dir) {
  std::shared_ptr<const Lemmatizer> lemmatizer;
  if (auto loaded = Lemmatizer::load(wordnet_dir); loaded.ok()) lemmatizer = *loaded;
  return load(path, std::move(lemmatizer));
}

Result<std::shared_ptr<const SyntaxModel>> SyntaxModel::load(const std::string& path,
                                                             std::shared_ptr<const Lemmatizer> lemmatizer) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::not_found("cannot open syntax model", path);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return from_bytes(buffer.str(), path, std::move(lemmatizer));
}

// ---- Inference ----

void SyntaxModel::tag_span(const Sentence& sentence, int begin, int end, SyntaxState& s) const {
  const int n = end - begin;
  s.atoms.resize(static_cast<std::size_t>(n));
  s.xpos.assign(static_cast<std::size_t>(n), 0);
  s.upos.assign(static_cast<std::size_t>(n), 0);
  const int xpos_classes = parts_.xpos.classes(), upos_classes = parts_.upos.classes();
  s.scores.resize(static_cast<std::size_t>(
      std::max({parts_.xpos.stride(), parts_.upos.stride(), parts_.labeller.stride(), parts_.parser.stride()})));
  // XPOS left to right; the previous two predictions are features.
  int p1 = xpos_classes, p2 = xpos_classes + 1;
  // One dictionary look-up per word serves both taggers (and spares dictionary words the WordNet
  // one); its results are kept per word (cached_word).
  SyntaxState::WordCache& cache = s.word_cache;
  if (cache.owner != instance_ || cache.words.size() + static_cast<std::size_t>(n) > kMaxCachedWords) {
    cache.index = StringTable();
    cache.words.clear();
    cache.owner = instance_;
  }
  s.known.resize(static_cast<std::size_t>(n));
  s.word_of.resize(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) {
    const auto k = static_cast<std::size_t>(i);
    s.word_of[k] = cached_word(sentence.tokens[static_cast<std::size_t>(begin + i)].form, s);
    const SyntaxState::WordCache::Word& word = cache.words[s.word_of[k]];
    s.atoms[k] = word.atoms;
    s.known[k] = word.known;
  }
  for (int i = 0; i < n; ++i) {
    const std::uint8_t known = s.known[static_cast<std::size_t>(i)].first;
    int tag;
    if (known != ModelParts::kNoTag) {
      tag = known;
    } else {
      xpos_features(s.atoms, i, p1, p2, s.features);
      parts_.xpos.score(s.features.keys.data(), s.features.size, s.scores.data());
      tag = argmax(s.scores.data(), xpos_classes);
    }
    s.xpos[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(tag);
    p2 = p1;
    p1 = tag;
  }
  int u1 = upos_classes, u2 = upos_classes + 1;
  for (int i = 0; i < n; ++i) {
    const std::uint8_t known = s.known[static_cast<std::size_t>(i)].second;
    int tag;
    if (known != ModelParts::kNoTag) {
      tag = known;
    } else {
      upos_features(s.atoms, s.xpos, i, u1, u2, s.features);
      parts_.upos.score(s.features.keys.data(), s.features.size, s.scores.data());
      tag = argmax(s.scores.data(), upos_classes);
    }
    s.upos[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(tag);
    u2 = u1;
    u1 = tag;
  }
}

static_assert(SyntaxModel::kShift == 0 && SyntaxModel::kLeft == 1 && SyntaxModel::kRight == 2,
              "apply_transition (features.h) numbers the moves so");

std::uint32_t SyntaxModel::cached_word(const std::string& form, SyntaxState& state) const {
  SyntaxState::WordCache& cache = state.word_cache;
  bool cached = false;
  const std::string_view slot = cache.index.find(form, &cached);
  if (cached) {
    std::uint32_t index;
    std::memcpy(&index, slot.data(), sizeof index);
    return index;
  }
  SyntaxState::WordCache::Word word;
  word.known = {ModelParts::kNoTag, ModelParts::kNoTag};
  bool found = false;
  const std::string_view entry = dictionary_.find(form, &found);
  if (found) {
    word.known = {static_cast<std::uint8_t>(entry[0]), static_cast<std::uint8_t>(entry[1])};
    word.known_lemma = entry.substr(2);
  }
  // (A word with marked letters is read as its plain letters: "Türkiye" as "Turkiye".)
  const bool plain = std::all_of(form.begin(), form.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  const std::string ascii = plain ? std::string() : text::ascii_letters(form);
  const std::string& read = plain ? form : ascii;
  compute_atoms(read, word.atoms);
  word.atoms.wordnet = wordnet_atom(lemmatizer_.get(), read, word.known.first != ModelParts::kNoTag);
  const auto index = static_cast<std::uint32_t>(cache.words.size());
  cache.words.push_back(std::move(word));
  cache.index.insert(form, std::string_view(reinterpret_cast<const char*>(&index), sizeof index));
  return index;
}

void SyntaxModel::parse_span(int n, SyntaxState& s) const {
  ParserTokens& t = s.parser_tokens;
  t.word.resize(static_cast<std::size_t>(n + 1));
  t.tag.resize(static_cast<std::size_t>(n + 1));
  t.upos.resize(static_cast<std::size_t>(n + 1));
  for (int i = 0; i < n; ++i) {
    t.word[static_cast<std::size_t>(i)] = s.atoms[static_cast<std::size_t>(i)].lower;
    t.tag[static_cast<std::size_t>(i)] = s.xpos[static_cast<std::size_t>(i)];
    t.upos[static_cast<std::size_t>(i)] = s.upos[static_cast<std::size_t>(i)];
  }
  t.word[static_cast<std::size_t>(n)] = kRootAtom;
  t.tag[static_cast<std::size_t>(n)] = 997;
  t.upos[static_cast<std::size_t>(n)] = 997;
  s.tree.reset(n + 1);
  s.stack.resize(static_cast<std::size_t>(n + 1));
  int* stack = s.stack.data();
  int depth = 0, b0 = 0;
  // Each transition's score is the sum of its context templates and of four per-position groups
  // (the same keys parser_features gives the trainer); the groups are scored once per position.
  const std::size_t positions = static_cast<std::size_t>(n + 2);
  s.slot_scores.resize(kParserSlots * positions);
  s.slot_ready.assign(kParserSlots * positions, 0);
  std::int32_t slot_buffer[3];
  auto slot_score = [&](int slot, int j) -> const std::array<std::int32_t, 3>& {
    const std::size_t k = static_cast<std::size_t>(slot) * positions + static_cast<std::size_t>(j + 1);
    if (!s.slot_ready[k]) {
      s.slot_features.clear();
      parser_slot_features(t, slot, j, n, s.slot_features);
      parts_.parser.score(s.slot_features.keys.data(), s.slot_features.size, slot_buffer);
      s.slot_scores[k] = {slot_buffer[0], slot_buffer[1], slot_buffer[2]};
      s.slot_ready[k] = 1;
    }
    return s.slot_scores[k];
  };
  while (!(depth == 0 && b0 == n)) {
    const bool can_shift = b0 < n;
    const bool can_left = depth > 0 && (b0 < n || depth == 1);
    const bool can_right = depth > 1;
    int best = -1;
    if (can_shift + can_left + can_right == 1) {
      // One legal move (an empty stack must shift; the last word must go to the root): nothing to score.
      best = can_shift ? kShift : can_left ? kLeft : kRight;
    } else {
      s.features.clear();
      parser_context_features(t, s.tree, stack, depth, b0, n, s.features);
      parts_.parser.score(s.features.keys.data(), s.features.size, s.scores.data());
      const std::array<std::int32_t, 3>* groups[4] = {
          &slot_score(kSlotS0, stack[depth - 1]), &slot_score(kSlotS1, depth > 1 ? stack[depth - 2] : -1),
          &slot_score(kSlotS2, depth > 2 ? stack[depth - 3] : -1), &slot_score(kSlotB0, b0)};
      for (const auto* g : groups)
        for (int c = 0; c < 3; ++c) s.scores[static_cast<std::size_t>(c)] += (*g)[static_cast<std::size_t>(c)];
      for (int c = 0; c < 3; ++c) {
        const bool legal = c == kShift ? can_shift : c == kLeft ? can_left : can_right;
        if (legal && (best < 0 || s.scores[static_cast<std::size_t>(c)] > s.scores[static_cast<std::size_t>(best)])) best = c;
      }
    }
    apply_transition(best, s.tree, stack, depth, b0);
  }
  s.heads.resize(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) {
    const int h = s.tree.head[static_cast<std::size_t>(i)];
    s.heads[static_cast<std::size_t>(i)] = h == n ? -1 : h;
  }
}

void SyntaxModel::label_span(int n, SyntaxState& s) const {
  s.labels.assign(static_cast<std::size_t>(n), -1);
  LabellerInput in{&s.atoms, &s.xpos, &s.upos, &s.heads, &s.labels, aux_, adp_, sconj_};
  const int classes = parts_.labeller.classes();
  for (int d = 0; d < n; ++d) {
    // Punctuation is "punct" (the trainer learns nothing else for it), so it is not scored.
    if (s.upos[static_cast<std::size_t>(d)] == punct_ && punct_label_ >= 0) {
      s.labels[static_cast<std::size_t>(d)] = punct_label_;
      continue;
    }
    labeller_features(in, d, s.features);
    parts_.labeller.score(s.features.keys.data(), s.features.size, s.scores.data());
    s.labels[static_cast<std::size_t>(d)] = argmax(s.scores.data(), classes);
  }
}

void SyntaxModel::tag(Sentence& sentence, SyntaxState& state) const {
  const int total = static_cast<int>(sentence.tokens.size());
  for (int begin = 0; begin < total; begin += kMaxParseLength) {
    const int end = std::min(total, begin + kMaxParseLength);
    tag_span(sentence, begin, end, state);
    for (int i = begin; i < end; ++i) {
      Token& token = sentence.tokens[static_cast<std::size_t>(i)];
      token.xpos = parts_.xpos_names[state.xpos[static_cast<std::size_t>(i - begin)]];
      token.upos = parts_.upos_names[state.upos[static_cast<std::size_t>(i - begin)]];
      set_lemma(token, static_cast<std::size_t>(i - begin), state);
    }
  }
}

void SyntaxModel::annotate(Sentence& sentence, SyntaxState& state) const {
  const int total = static_cast<int>(sentence.tokens.size());
  for (int begin = 0; begin < total; begin += kMaxParseLength) {
    const int end = std::min(total, begin + kMaxParseLength);
    const int n = end - begin;
    tag_span(sentence, begin, end, state);
    parse_span(n, state);
    label_span(n, state);
    for (int i = 0; i < n; ++i) {
      Token& token = sentence.tokens[static_cast<std::size_t>(begin + i)];
      const auto k = static_cast<std::size_t>(i);
      token.xpos = parts_.xpos_names[state.xpos[k]];
      token.upos = parts_.upos_names[state.upos[k]];
      const int h = state.heads[k];
      token.head = h < 0 ? -1 : begin + h;
      // A root must be labelled "root" and only a root may be: the labeller does not know the
      // tree's constraint, so enforce it here.
      if (h < 0) {
        token.deprel = "root";
      } else {
        const std::string& label = parts_.deprel_names[static_cast<std::size_t>(state.labels[k])];
        token.deprel = label == "root" ? "dep" : label;
      }
      set_lemma(token, k, state);
    }
  }
}

void SyntaxModel::set_lemma(Token& token, std::size_t k, SyntaxState& state) const {
  SyntaxState::WordCache::Word& word = state.word_cache.words[state.word_of[k]];
  if (!word.known_lemma.empty()) {
    token.lemma.assign(word.known_lemma);  // a dictionary word's, computed when the model loaded
  } else if (lemmatizer_) {
    const std::uint8_t upos = state.upos[k];
    std::size_t slot = 0;
    while (slot < word.lemma_upos.size() && word.lemma_upos[slot] != upos && word.lemma_upos[slot] != ModelParts::kNoTag)
      ++slot;
    if (slot < word.lemma_upos.size() && word.lemma_upos[slot] == upos) {
      token.lemma = word.lemma[slot];
    } else {
      token.lemma = lemmatizer_->lemma(token.form, token.upos);
      if (slot < word.lemma_upos.size()) {
        word.lemma_upos[slot] = upos;
        word.lemma[slot] = token.lemma;
      }
    }
  } else {
    token.lemma = token.form;
    for (char& c : token.lemma)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
}

}  // namespace parley::syntax
