#include "syntax/trainer.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <unordered_map>

#include "syntax/evaluate.h"
#include "text/text.h"

namespace parley::syntax {

namespace {

class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() { return mix64(state_++); }
  double uniform() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
  template <typename T>
  void shuffle(std::vector<T>& v) {  // Fisher-Yates with our own generator: the same on every platform
    for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[next() % i]);
  }

 private:
  std::uint64_t state_;
};

struct Vocabulary {
  std::vector<std::string> names;
  std::unordered_map<std::string, int> ids;
  void build(std::map<std::string, long> counts) {
    for (const auto& [name, count] : counts) {
      ids[name] = static_cast<int>(names.size());
      names.push_back(name);
    }
  }
  int id(const std::string& name) const {
    auto it = ids.find(name);
    return it == ids.end() ? 0 : it->second;
  }
};

struct Example {
  std::vector<std::string> forms;
  std::vector<TokenAtoms> atoms;
  std::vector<std::uint8_t> gold_xpos, gold_upos, xpos, upos;  // xpos/upos: tags the parser trains on
  std::vector<int> heads;                                      // 0-based, -1 root
  std::vector<int> labels;
};

double elapsed(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

void log_line(const TrainOptions& o, const std::string& line) {
  if (o.log) *o.log << line << std::endl;
}

std::string format(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", v);
  return buffer;
}

int argmax(const float* scores, int n) {
  int best = 0;
  for (int c = 1; c < n; ++c)
    if (scores[c] > scores[best]) best = c;
  return best;
}

// ---- Tagger ----
struct TaggerModels {
  TrainableLinear xpos, upos;
  TaggerModels(const TrainOptions& o, int xpos_classes, int upos_classes)
      : xpos(o.tagger_bits, xpos_classes), upos(o.upos_bits, upos_classes) {}
};

struct Dictionary {
  std::unordered_map<std::string, std::pair<std::uint8_t, std::uint8_t>> entries;
  std::pair<int, int> find(const std::string& form) const {
    auto it = entries.find(form);
    if (it == entries.end()) return {-1, -1};
    return {it->second.first == ModelParts::kNoTag ? -1 : it->second.first,
            it->second.second == ModelParts::kNoTag ? -1 : it->second.second};
  }
};

void train_tagger_epoch(TaggerModels& m, const Dictionary& dict, std::vector<Example>& data,
                        const std::vector<std::size_t>& order) {
  FeatureBuffer f;
  std::vector<float> scores(static_cast<std::size_t>(std::max(m.xpos.classes(), m.upos.classes())));
  std::vector<std::uint8_t> predicted;
  for (std::size_t index : order) {
    Example& e = data[index];
    const int n = static_cast<int>(e.forms.size());
    predicted.assign(static_cast<std::size_t>(n), 0);
    int p1 = m.xpos.classes(), p2 = m.xpos.classes() + 1;
    for (int i = 0; i < n; ++i) {
      const auto k = static_cast<std::size_t>(i);
      int tag = dict.find(e.forms[k]).first;
      if (tag < 0) {
        xpos_features(e.atoms, i, p1, p2, f);
        m.xpos.tick();
        m.xpos.score(f.keys.data(), f.size, scores.data());
        tag = argmax(scores.data(), m.xpos.classes());
        m.xpos.update(f.keys.data(), f.size, e.gold_xpos[k], tag);
      }
      predicted[k] = static_cast<std::uint8_t>(tag);
      p2 = p1;
      p1 = tag;
    }
    int u1 = m.upos.classes(), u2 = m.upos.classes() + 1;
    for (int i = 0; i < n; ++i) {
      const auto k = static_cast<std::size_t>(i);
      int tag = dict.find(e.forms[k]).second;
      if (tag < 0) {
        upos_features(e.atoms, predicted, i, u1, u2, f);
        m.upos.tick();
        m.upos.score(f.keys.data(), f.size, scores.data());
        tag = argmax(scores.data(), m.upos.classes());
        m.upos.update(f.keys.data(), f.size, e.gold_upos[k], tag);
      }
      u2 = u1;
      u1 = tag;
    }
  }
}

// A model with only the tagger filled in (parser and labeller empty), for dev checks and jack-knifing.
ModelParts tagger_parts(const ModelParts& base, const TaggerModels& m, float prune) {
  ModelParts parts;
  parts.xpos_names = base.xpos_names;
  parts.upos_names = base.upos_names;
  parts.deprel_names = base.deprel_names;
  parts.dictionary = base.dictionary;
  parts.xpos = FrozenLinear::from(m.xpos, prune);
  parts.upos = FrozenLinear::from(m.upos, prune);
  parts.parser = FrozenLinear::empty(8, 3, 1.0f);
  parts.labeller = FrozenLinear::empty(8, static_cast<int>(base.deprel_names.size()), 1.0f);
  return parts;
}

Sentence bare_sentence(const Example& e) {
  Sentence s;
  for (const std::string& form : e.forms) {
    Token t;
    t.form = form;
    s.tokens.push_back(std::move(t));
  }
  return s;
}

double tag_accuracy(const SyntaxModel& model, const std::vector<Example>& data) {
  SyntaxState state;
  long right = 0, total = 0;
  for (const Example& e : data) {
    Sentence s = bare_sentence(e);
    model.tag(s, state);
    for (std::size_t i = 0; i < e.forms.size(); ++i) {
      right += state.upos[i] == e.gold_upos[i];
      right += state.xpos[i] == e.gold_xpos[i];
      total += 2;
    }
  }
  return total ? 100.0 * static_cast<double>(right) / static_cast<double>(total) : 0.0;
}

// Trains a tagger for `epochs` and returns the frozen parts of the best epoch on `dev` (or the last).
ModelParts train_tagger(const ModelParts& base, const Dictionary& dict, std::vector<Example>& train,
                        const std::vector<Example>& dev, int epochs, const TrainOptions& o, Random& random,
                        int* best_epoch, bool verbose, const std::shared_ptr<const Lemmatizer>& lemmatizer) {
  TaggerModels m(o, static_cast<int>(base.xpos_names.size()), static_cast<int>(base.upos_names.size()));
  std::vector<std::size_t> order(train.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  ModelParts best;
  double best_score = -1;
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    const auto start = std::chrono::steady_clock::now();
    random.shuffle(order);
    train_tagger_epoch(m, dict, train, order);
    if (dev.empty() && epoch < epochs) continue;
    ModelParts parts = tagger_parts(base, m, o.prune);
    double score = 0;
    if (!dev.empty()) {
      SyntaxModel model(parts, lemmatizer);  // the WordNet classes the training examples were given
      score = tag_accuracy(model, dev);
    }
    if (verbose)
      log_line(o, "tagger epoch " + std::to_string(epoch) + ": dev (UPOS+XPOS)/2 " + format(score) + " (" +
                      format(elapsed(start)) + " s)");
    if (score > best_score || dev.empty()) {
      best_score = score;
      best = std::move(parts);
      if (best_epoch) *best_epoch = epoch;
    }
  }
  return best;
}

// ---- Parser (arc-hybrid, dynamic oracle) ----

// Gold arcs lost by each transition (Goldberg & Nivre 2013, arc-hybrid). `gold` has n for the root.
void transition_costs(const std::vector<int>& gold, const int* stack, int depth, int b0, int n, int costs[3]) {
  const int s0 = depth > 0 ? stack[depth - 1] : -1;
  const int s1 = depth > 1 ? stack[depth - 2] : -1;
  costs[0] = costs[1] = costs[2] = 0;
  if (b0 < n) {  // SHIFT: b0 loses heads deeper in the stack and dependents anywhere in it
    const int hb = gold[static_cast<std::size_t>(b0)];
    for (int k = 0; k < depth; ++k) {
      const int x = stack[k];
      if (x != s0 && hb == x) ++costs[0];
      if (gold[static_cast<std::size_t>(x)] == b0) ++costs[0];
    }
  }
  if (s0 >= 0) {
    int buffer_dependents = 0;
    for (int d = b0; d < n; ++d) buffer_dependents += gold[static_cast<std::size_t>(d)] == s0;
    const int hs = gold[static_cast<std::size_t>(s0)];
    // LEFT: s0 takes b0 as head; loses a head in s1 or further in the buffer, and buffer dependents.
    costs[1] = buffer_dependents + ((hs != b0 && (hs == s1 || hs > b0)) ? 1 : 0);
    // RIGHT: s0 takes s1 as head; loses a head in the buffer, and buffer dependents.
    costs[2] = buffer_dependents + ((hs != s1 && hs >= b0) ? 1 : 0);
  }
}

struct ParserTrainer {
  TrainableLinear parser;
  TrainableLinear labeller;
};

void fill_parser_tokens(const Example& e, ParserTokens& t) {
  const std::size_t n = e.forms.size();
  t.word.resize(n + 1);
  t.tag.resize(n + 1);
  t.upos.resize(n + 1);
  for (std::size_t i = 0; i < n; ++i) {
    t.word[i] = e.atoms[i].lower;
    t.tag[i] = e.xpos[i];
    t.upos[i] = e.upos[i];
  }
  t.word[n] = kRootAtom;
  t.tag[n] = 997;
  t.upos[n] = 997;
}

void train_parser_epoch(ParserTrainer& m, std::vector<Example>& data, const std::vector<std::size_t>& order,
                        bool explore, Random& random, std::uint8_t aux, std::uint8_t adp, std::uint8_t sconj,
                        std::uint8_t punct, int punct_label) {
  FeatureBuffer f;
  ParserTokens tokens;
  ParserTree tree;
  std::vector<int> stack, gold, labels;
  std::vector<float> scores(static_cast<std::size_t>(std::max(3, m.labeller.classes())));
  for (std::size_t index : order) {
    Example& e = data[index];
    const int n = static_cast<int>(e.forms.size());
    fill_parser_tokens(e, tokens);
    tree.reset(n + 1);
    stack.assign(static_cast<std::size_t>(n + 1), 0);
    gold.resize(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) gold[static_cast<std::size_t>(i)] = e.heads[static_cast<std::size_t>(i)] < 0 ? n : e.heads[static_cast<std::size_t>(i)];
    int depth = 0, b0 = 0;
    while (!(depth == 0 && b0 == n)) {
      const bool legal[3] = {b0 < n, depth > 0 && (b0 < n || depth == 1), depth > 1};
      parser_features(tokens, tree, stack.data(), depth, b0, n, f);
      m.parser.tick();
      m.parser.score(f.keys.data(), f.size, scores.data());
      int costs[3];
      transition_costs(gold, stack.data(), depth, b0, n, costs);
      int min_cost = 1 << 30;
      for (int c = 0; c < 3; ++c)
        if (legal[c]) min_cost = std::min(min_cost, costs[c]);
      int predicted = -1, best_gold = -1;
      for (int c = 0; c < 3; ++c) {
        if (!legal[c]) continue;
        if (predicted < 0 || scores[static_cast<std::size_t>(c)] > scores[static_cast<std::size_t>(predicted)]) predicted = c;
        if (costs[c] == min_cost &&
            (best_gold < 0 || scores[static_cast<std::size_t>(c)] > scores[static_cast<std::size_t>(best_gold)]))
          best_gold = c;
      }
      if (costs[predicted] > min_cost) m.parser.update(f.keys.data(), f.size, best_gold, predicted);
      const int next = (costs[predicted] == min_cost || (explore && random.uniform() < 0.9)) ? predicted : best_gold;
      apply_transition(next, tree, stack.data(), depth, b0);
    }
    // Labeller on the gold tree, labels decided left to right as at inference.
    labels.assign(static_cast<std::size_t>(n), -1);
    LabellerInput in{&e.atoms, &e.xpos, &e.upos, &e.heads, &labels, aux, adp, sconj};
    for (int d = 0; d < n; ++d) {
      if (e.upos[static_cast<std::size_t>(d)] == punct && punct_label >= 0) {  // as at inference
        labels[static_cast<std::size_t>(d)] = e.labels[static_cast<std::size_t>(d)];
        continue;
      }
      labeller_features(in, d, f);
      m.labeller.tick();
      m.labeller.score(f.keys.data(), f.size, scores.data());
      const int predicted = argmax(scores.data(), m.labeller.classes());
      m.labeller.update(f.keys.data(), f.size, e.labels[static_cast<std::size_t>(d)], predicted);
      labels[static_cast<std::size_t>(d)] = e.labels[static_cast<std::size_t>(d)];
    }
  }
}

}  // namespace

namespace {
bool is_word_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80;
}
bool space_after(const ConlluWord& w) { return w.misc.find("SpaceAfter=No") == std::string::npos; }
}  // namespace

ConlluSentence join_hyphenated_compounds(const ConlluSentence& sentence) {
  ConlluSentence s = sentence;
  if (!s.multiwords.empty()) return s;
  for (std::size_t i = 0; i + 2 < s.words.size();) {
    const ConlluWord &a = s.words[i], &hyphen = s.words[i + 1], &b = s.words[i + 2];
    if (hyphen.form != "-" || space_after(a) || space_after(hyphen) || a.form.empty() || b.form.empty() ||
        !is_word_byte(a.form.back()) || !is_word_byte(b.form.front())) {
      ++i;
      continue;
    }
    // Ids are 1-based: the run is first..first+2.
    const int first = static_cast<int>(i) + 1, last = first + 2;
    auto inside = [&](int head) { return head >= first && head <= last; };
    int representative = -1, outside_head = -2;
    bool joinable = true;
    for (int id = first; id <= last && joinable; ++id) {
      const int head = s.words[static_cast<std::size_t>(id - 1)].head;
      if (head < 0) joinable = false;  // "_": no tree to keep
      if (inside(head)) continue;
      if (representative < 0) {
        representative = id;
        outside_head = head;
      } else if (head != outside_head) {
        joinable = false;
      }
    }
    if (!joinable || representative < 0) {
      ++i;
      continue;
    }
    ConlluWord joined = s.words[static_cast<std::size_t>(representative - 1)];
    joined.form = a.form + "-" + b.form;
    joined.lemma = a.lemma + "-" + b.lemma;
    joined.misc = b.misc;
    joined.deps = "_";
    s.words.erase(s.words.begin() + static_cast<std::ptrdiff_t>(i), s.words.begin() + static_cast<std::ptrdiff_t>(i) + 3);
    s.words.insert(s.words.begin() + static_cast<std::ptrdiff_t>(i), std::move(joined));
    // Renumber: the run's ids become `first`, later ids move down by two.
    for (ConlluWord& w : s.words) {
      if (inside(w.head)) w.head = first;
      else if (w.head > last) w.head -= 2;
    }
    // The joined word may join again with the next run ("state-of-the-art"): stay at i.
  }
  return s;
}

Result<std::shared_ptr<const SyntaxModel>> train_syntax_model(const std::vector<ConlluSentence>& given_train,
                                                              const std::vector<ConlluSentence>& dev,
                                                              const TrainOptions& o,
                                                              std::shared_ptr<const Lemmatizer> lemmatizer) {
  if (given_train.empty()) return Status::invalid_input("no training sentences");
  // Hyphenated compounds are joined before anything is counted, so that tagger, dictionary and
  // parser all see the joined words (dev stays as given: it is scored on the treebank's tokens).
  std::vector<ConlluSentence> joined;
  if (o.join_hyphens) {
    joined.reserve(given_train.size());
    for (const ConlluSentence& s : given_train) joined.push_back(join_hyphenated_compounds(s));
  }
  const std::vector<ConlluSentence>& train = o.join_hyphens ? joined : given_train;
  for (int bits : {o.tagger_bits, o.upos_bits, o.parser_bits, o.labeller_bits})
    if (bits < 8 || bits > 22) return Status::invalid_input("table bits must be within 8..22");
  const auto start = std::chrono::steady_clock::now();
  // Tag and relation sets, sorted so ids do not depend on the order of the data.
  std::map<std::string, long> xpos_counts, upos_counts, deprel_counts;
  std::unordered_map<std::string, std::map<std::string, long>> xpos_of, upos_of;
  for (const ConlluSentence& s : train)
    for (const ConlluWord& w : s.words) {
      ++xpos_counts[w.xpos];
      ++upos_counts[w.upos];
      ++deprel_counts[w.deprel];
      ++xpos_of[w.form][w.xpos];
      ++upos_of[w.form][w.upos];
    }
  deprel_counts["root"];  // always present, so the root label exists
  if (xpos_counts.size() > 250 || upos_counts.size() > 250 || deprel_counts.size() > 250)
    return Status::invalid_input("too many distinct tags or relations in the training data (max 250)");
  Vocabulary xpos, upos, deprel;
  xpos.build(xpos_counts);
  upos.build(upos_counts);
  deprel.build(deprel_counts);
  ModelParts base;
  base.xpos_names = xpos.names;
  base.upos_names = upos.names;
  base.deprel_names = deprel.names;

  // Dictionary of frequent unambiguous words.
  Dictionary dict;
  {
    std::vector<std::string> forms;
    for (const auto& [form, tags] : xpos_of) forms.push_back(form);
    std::sort(forms.begin(), forms.end());
    for (const std::string& form : forms) {
      auto unambiguous = [&](const std::map<std::string, long>& tags, const Vocabulary& v) -> std::uint8_t {
        long total = 0, top = 0;
        std::string best;
        for (const auto& [tag, count] : tags) {
          total += count;
          if (count > top) top = count, best = tag;
        }
        if (total < o.dictionary_min_count || static_cast<double>(top) < 0.995 * static_cast<double>(total))
          return ModelParts::kNoTag;
        return static_cast<std::uint8_t>(v.id(best));
      };
      const std::uint8_t x = unambiguous(xpos_of[form], xpos), u = unambiguous(upos_of[form], upos);
      if (x == ModelParts::kNoTag && u == ModelParts::kNoTag) continue;
      if (form.size() > 256) continue;
      base.dictionary.push_back({form, x, u});
      dict.entries[form] = {x, u};
    }
  }

  // `blind_every`: every such sentence is seen as if WordNet were absent (0: none).
  auto to_examples = [&](const std::vector<ConlluSentence>& in, int blind_every) {
    std::vector<Example> out;
    out.reserve(in.size());
    for (const ConlluSentence& s : in) {
      const bool blind = blind_every > 0 && out.size() % static_cast<std::size_t>(blind_every) == 0;
      Example e;
      const std::size_t n = s.words.size();
      e.atoms.resize(n);
      for (std::size_t i = 0; i < n; ++i) {
        const ConlluWord& w = s.words[i];
        e.forms.push_back(w.form);
        const std::string read = text::ascii_letters(w.form);  // as the tagger reads it (syntax.cc)
        compute_atoms(read, e.atoms[i]);
        e.atoms[i].wordnet = wordnet_atom(blind ? nullptr : lemmatizer.get(), read, dict.find(w.form).first >= 0);
        e.gold_xpos.push_back(static_cast<std::uint8_t>(xpos.id(w.xpos)));
        e.gold_upos.push_back(static_cast<std::uint8_t>(upos.id(w.upos)));
        e.heads.push_back(w.head <= 0 ? -1 : w.head - 1);
        e.labels.push_back(deprel.id(w.deprel));
      }
      e.xpos = e.gold_xpos;
      e.upos = e.gold_upos;
      if (n > 0 && n <= static_cast<std::size_t>(SyntaxModel::kMaxParseLength)) out.push_back(std::move(e));
    }
    return out;
  };
  std::vector<Example> train_examples = to_examples(train, o.wordnet_dropout), dev_examples = to_examples(dev, 0);
  log_line(o, "training on " + std::to_string(train_examples.size()) + " sentences, " +
                  std::to_string(xpos.names.size()) + " XPOS, " + std::to_string(upos.names.size()) + " UPOS, " +
                  std::to_string(deprel.names.size()) + " relations, " + std::to_string(base.dictionary.size()) +
                  " dictionary words");

  // 1. Tagger.
  Random random(o.seed);
  int tagger_best_epoch = o.tagger_epochs;
  ModelParts tagger = train_tagger(base, dict, train_examples, dev_examples, o.tagger_epochs, o, random,
                                   &tagger_best_epoch, true, lemmatizer);
  log_line(o, "tagger: best epoch " + std::to_string(tagger_best_epoch));

  // 2. Tags the parser trains on: jack-knifed, so it learns to live with tagger errors.
  if (o.jackknife_folds > 1) {
    const int folds = o.jackknife_folds;
    for (int fold = 0; fold < folds; ++fold) {
      std::vector<Example> rest;
      std::vector<std::size_t> held;
      for (std::size_t i = 0; i < train_examples.size(); ++i) {
        if (static_cast<int>(i % static_cast<std::size_t>(folds)) == fold)
          held.push_back(i);
        else
          rest.push_back(train_examples[i]);
      }
      ModelParts parts = train_tagger(base, dict, rest, {}, tagger_best_epoch, o, random, nullptr, false,
                                       lemmatizer);
      SyntaxModel model(std::move(parts), lemmatizer);
      SyntaxState state;
      for (std::size_t i : held) {
        Example& e = train_examples[i];
        Sentence s = bare_sentence(e);
        model.tag(s, state);
        e.xpos = state.xpos;
        e.upos = state.upos;
      }
      log_line(o, "jack-knife fold " + std::to_string(fold + 1) + "/" + std::to_string(folds) + " tagged (" +
                      format(elapsed(start)) + " s)");
    }
  }

  // 3. Parser and labeller, best epoch by dev LAS; with several runs, the mixture of their best epochs.
  std::uint8_t aux = 254, adp = 254, sconj = 254, punct = 254;
  const int punct_label = deprel.ids.count("punct") ? deprel.id("punct") : -1;
  for (std::size_t i = 0; i < upos.names.size(); ++i) {
    if (upos.names[i] == "PUNCT") punct = static_cast<std::uint8_t>(i);
    if (upos.names[i] == "AUX") aux = static_cast<std::uint8_t>(i);
    if (upos.names[i] == "ADP") adp = static_cast<std::uint8_t>(i);
    if (upos.names[i] == "SCONJ") sconj = static_cast<std::uint8_t>(i);
  }
  const float parser_prune = o.parser_prune >= 0 ? o.parser_prune : o.prune;
  const int runs = std::max(1, o.parser_runs);
  std::vector<std::size_t> order(train_examples.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::shared_ptr<const SyntaxModel> best;
  std::vector<float> mixed_parser, mixed_labeller;  // sums of the runs' best averaged weights
  for (int run = 1; run <= runs; ++run) {
    ParserTrainer m{TrainableLinear(o.parser_bits, 3),
                    TrainableLinear(o.labeller_bits, static_cast<int>(deprel.names.size()))};
    std::vector<float> best_parser, best_labeller;
    double best_las = -1;
    for (int epoch = 1; epoch <= o.parser_epochs; ++epoch) {
      const auto epoch_start = std::chrono::steady_clock::now();
      random.shuffle(order);
      train_parser_epoch(m, train_examples, order, epoch > 1, random, aux, adp, sconj, punct, punct_label);
      if (dev.empty() && epoch < o.parser_epochs) continue;
      ModelParts parts = tagger;
      parts.parser = FrozenLinear::from(m.parser, parser_prune);
      parts.labeller = FrozenLinear::from(m.labeller, o.prune);
      auto model = std::make_shared<const SyntaxModel>(std::move(parts), lemmatizer);
      double las = 0;
      if (!dev.empty()) {
        const Evaluation e = evaluate(*model, dev);
        las = e.las;
        log_line(o, (runs > 1 ? "run " + std::to_string(run) + " " : std::string()) + "parser epoch " +
                        std::to_string(epoch) + ": dev UPOS " + format(e.upos) + " UAS " + format(e.uas) + " LAS " +
                        format(e.las) + " (" + format(elapsed(epoch_start)) + " s)");
      }
      if (las > best_las || dev.empty()) {
        best_las = las;
        best = model;
        if (runs > 1) {
          best_parser = m.parser.averaged_weights();
          best_labeller = m.labeller.averaged_weights();
        }
      }
    }
    if (runs == 1) break;
    if (mixed_parser.empty()) {
      mixed_parser = std::move(best_parser);
      mixed_labeller = std::move(best_labeller);
    } else {
      for (std::size_t i = 0; i < mixed_parser.size(); ++i) mixed_parser[i] += best_parser[i];
      for (std::size_t i = 0; i < mixed_labeller.size(); ++i) mixed_labeller[i] += best_labeller[i];
    }
  }
  if (runs > 1) {
    // Averaging the sums (rather than the models' int16 tables) keeps the one quantisation step.
    for (float& v : mixed_parser) v /= static_cast<float>(runs);
    for (float& v : mixed_labeller) v /= static_cast<float>(runs);
    ModelParts parts = tagger;
    parts.parser = FrozenLinear::from_weights(o.parser_bits, 3, mixed_parser, parser_prune);
    parts.labeller = FrozenLinear::from_weights(o.labeller_bits, static_cast<int>(deprel.names.size()), mixed_labeller,
                                                o.prune);
    best = std::make_shared<const SyntaxModel>(std::move(parts), lemmatizer);
    if (!dev.empty()) {
      const Evaluation e = evaluate(*best, dev);
      log_line(o, "mixture of " + std::to_string(runs) + " runs: dev UAS " + format(e.uas) + " LAS " + format(e.las));
    }
  }
  log_line(o, "trained in " + format(elapsed(start)) + " s");
  return best;
}

}  // namespace parley::syntax
