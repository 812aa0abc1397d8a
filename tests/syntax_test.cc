#include "syntax/syntax.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <random>
#include <filesystem>
#include <sstream>
#include <thread>

#include "syntax/conllu.h"
#include "syntax/evaluate.h"
#include "syntax/features.h"
#include "syntax/trainer.h"

namespace parley::syntax {
namespace {

const std::string kModelPath = PARLEY_SOURCE_DIR "/data/model/parley-en.model";

// A handful of sentences written for this test, in CoNLL-U (form, lemma, UPOS, XPOS, head, relation).
std::string tiny_treebank() {
  struct Word {
    const char* form;
    const char* upos;
    const char* xpos;
    int head;
    const char* deprel;
  };
  const std::vector<std::vector<Word>> sentences = {
      {{"Russia", "PROPN", "NNP", 2, "nsubj"}, {"condemned", "VERB", "VBD", 0, "root"},
       {"the", "DET", "DT", 4, "det"}, {"decision", "NOUN", "NN", 2, "obj"}, {".", "PUNCT", ".", 2, "punct"}},
      {{"Iran", "PROPN", "NNP", 2, "nsubj"}, {"thanked", "VERB", "VBD", 0, "root"}, {"China", "PROPN", "NNP", 2, "obj"},
       {"for", "ADP", "IN", 6, "case"}, {"its", "PRON", "PRP$", 6, "nmod:poss"}, {"role", "NOUN", "NN", 2, "obl"},
       {".", "PUNCT", ".", 2, "punct"}},
      {{"The", "DET", "DT", 2, "det"}, {"minister", "NOUN", "NN", 3, "nsubj"}, {"met", "VERB", "VBD", 0, "root"},
       {"his", "PRON", "PRP$", 5, "nmod:poss"}, {"counterpart", "NOUN", "NN", 3, "obj"}, {"in", "ADP", "IN", 7, "case"},
       {"Paris", "PROPN", "NNP", 3, "obl"}, {".", "PUNCT", ".", 3, "punct"}},
      {{"Leaders", "NOUN", "NNS", 2, "nsubj"}, {"held", "VERB", "VBD", 0, "root"}, {"talks", "NOUN", "NNS", 2, "obj"},
       {"with", "ADP", "IN", 5, "case"}, {"rebels", "NOUN", "NNS", 2, "obl"}, {"yesterday", "NOUN", "NN", 2, "obl:tmod"},
       {".", "PUNCT", ".", 2, "punct"}},
      {{"Police", "NOUN", "NNS", 3, "nsubj"}, {"have", "AUX", "VBP", 3, "aux"}, {"arrested", "VERB", "VBN", 0, "root"},
       {"two", "NUM", "CD", 5, "nummod"}, {"men", "NOUN", "NNS", 3, "obj"}, {"and", "CCONJ", "CC", 7, "cc"},
       {"released", "VERB", "VBN", 3, "conj"}, {"a", "DET", "DT", 9, "det"}, {"woman", "NOUN", "NN", 7, "obj"},
       {".", "PUNCT", ".", 3, "punct"}},
      {{"She", "PRON", "PRP", 2, "nsubj"}, {"said", "VERB", "VBD", 0, "root"}, {"that", "SCONJ", "IN", 5, "mark"},
       {"talks", "NOUN", "NNS", 5, "nsubj"}, {"failed", "VERB", "VBD", 2, "ccomp"}, {".", "PUNCT", ".", 2, "punct"}},
  };
  std::ostringstream out;
  for (const auto& words : sentences) {
    int id = 1;
    for (const Word& w : words)
      out << id++ << '\t' << w.form << "\t_\t" << w.upos << '\t' << w.xpos << "\t_\t" << w.head << '\t' << w.deprel
          << "\t_\t_\n";
    out << '\n';
  }
  return out.str();
}

TEST(SyntaxTraining, LearnsATinyTreebank) {
  auto treebank = read_conllu_text(tiny_treebank(), "tiny");
  ASSERT_TRUE(treebank.ok()) << treebank.status().to_string();
  TrainOptions options;
  options.tagger_epochs = 8;
  options.parser_epochs = 10;
  options.tagger_bits = options.upos_bits = options.parser_bits = options.labeller_bits = 14;
  options.prune = 0.0f;
  options.dictionary_min_count = 1000;  // no dictionary: the perceptrons must learn every tag
  auto model = train_syntax_model(*treebank, *treebank, options, nullptr);
  ASSERT_TRUE(model.ok()) << model.status().to_string();
  const Evaluation e = evaluate(**model, *treebank);
  EXPECT_EQ(e.words, 43);
  EXPECT_GE(e.upos, 97.0);
  EXPECT_GE(e.xpos, 97.0);
  EXPECT_GE(e.uas, 95.0);
  EXPECT_GE(e.las, 90.0);

  // The file round-trips: same bytes, same parses.
  const std::string bytes = (*model)->serialize();
  auto reloaded = SyntaxModel::from_bytes(bytes, "tiny.model", nullptr);
  ASSERT_TRUE(reloaded.ok()) << reloaded.status().to_string();
  EXPECT_EQ((*reloaded)->serialize(), bytes);
  const Evaluation again = evaluate(**reloaded, *treebank);
  EXPECT_EQ(again.las, e.las);

  // Training is deterministic for a seed.
  auto twin = train_syntax_model(*treebank, *treebank, options, nullptr);
  ASSERT_TRUE(twin.ok());
  EXPECT_EQ((*twin)->serialize(), bytes);
}

// The taggers use WordNet's word classes when WordNet is there; a model trained with them still loads
// and tags without it (the classes read as unknown), and training with WordNet is deterministic too.
TEST(SyntaxTraining, WordNetClassesAreOptionalAtInference) {
  if (!std::filesystem::exists("/usr/share/wordnet/index.verb")) GTEST_SKIP() << "WordNet not installed";
  auto lemmatizer = Lemmatizer::load("/usr/share/wordnet");
  ASSERT_TRUE(lemmatizer.ok()) << lemmatizer.status().to_string();
  auto treebank = read_conllu_text(tiny_treebank(), "tiny");
  ASSERT_TRUE(treebank.ok());
  TrainOptions options;
  options.tagger_epochs = 8;
  options.parser_epochs = 4;
  options.tagger_bits = options.upos_bits = options.parser_bits = options.labeller_bits = 14;
  options.prune = 0.0f;
  options.dictionary_min_count = 1000;
  auto model = train_syntax_model(*treebank, *treebank, options, *lemmatizer);
  ASSERT_TRUE(model.ok()) << model.status().to_string();
  EXPECT_TRUE((*model)->has_wordnet());
  EXPECT_GE(evaluate(**model, *treebank).xpos, 97.0);
  const std::string bytes = (*model)->serialize();
  auto twin = train_syntax_model(*treebank, *treebank, options, *lemmatizer);
  ASSERT_TRUE(twin.ok());
  EXPECT_EQ((*twin)->serialize(), bytes);

  auto blind = SyntaxModel::from_bytes(bytes, "tiny.model", nullptr);
  ASSERT_TRUE(blind.ok()) << blind.status().to_string();
  EXPECT_FALSE((*blind)->has_wordnet());
  const Evaluation e = evaluate(**blind, *treebank);
  EXPECT_EQ(e.words, 43);
  EXPECT_GT(e.xpos, 50.0);  // tags from the other features; no crash, no empty tags
  Sentence s;
  for (const char* form : {"Officials", "denounced", "the", "crises", "."}) {
    Token t;
    t.form = form;
    s.tokens.push_back(t);
  }
  SyntaxState state;
  (*blind)->annotate(s, state);
  for (const Token& t : s.tokens) {
    EXPECT_FALSE(t.xpos.empty()) << t.form;
    EXPECT_EQ(t.lemma, std::string(t.form == "Officials" ? "officials" : t.form)) << "lemmas are lower-cased forms";
  }
}

// Sentences written for this test, split at hyphens as UD English EWT splits them.
TEST(SyntaxTraining, JoinsSplitHyphenatedCompoundsAsTheTokeniserKeepsThem) {
  auto read = read_conllu_text(
      "1\tThe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
      "2\tlong\tlong\tADJ\tJJ\t_\t4\tamod\t_\tSpaceAfter=No\n"
      "3\t-\t-\tPUNCT\tHYPH\t_\t4\tpunct\t_\tSpaceAfter=No\n"
      "4\tterm\tterm\tNOUN\tNN\t_\t5\tcompound\t_\t_\n"
      "5\tplan\tplan\tNOUN\tNN\t_\t6\tnsubj\t_\t_\n"
      "6\tfailed\tfail\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "7\tin\tin\tADP\tIN\t_\t11\tcase\t_\t_\n"
      "8\tstate\tstate\tNOUN\tNN\t_\t11\tcompound\t_\tSpaceAfter=No\n"
      "9\t-\t-\tPUNCT\tHYPH\t_\t10\tpunct\t_\tSpaceAfter=No\n"
      "10\trun\trun\tVERB\tVBN\t_\t8\tamod\t_\t_\n"
      "11\tfirms\tfirm\tNOUN\tNNS\t_\t6\tobl\t_\t_\n"
      "12\t-\t-\tPUNCT\t:\t_\t6\tpunct\t_\t_\n"
      "13\tagain\tagain\tADV\tRB\t_\t6\tadvmod\t_\tSpaceAfter=No\n"
      "14\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n\n",
      "hyphens");
  ASSERT_TRUE(read.ok()) << read.status().to_string();
  const ConlluSentence joined = join_hyphenated_compounds((*read)[0]);
  std::vector<std::string> forms;
  for (const ConlluWord& w : joined.words) forms.push_back(w.form);
  // "again" is not joined: the hyphen before it has spaces round it.
  EXPECT_EQ(forms, (std::vector<std::string>{"The", "long-term", "plan", "failed", "in", "state-run", "firms", "-",
                                             "again", "."}));
  const auto& w = joined.words;
  // "long-term" takes the place of "term" (its head is outside the run); "state-run" of "state".
  EXPECT_EQ(w[1].xpos, "NN");
  EXPECT_EQ(w[1].head, 3);
  EXPECT_EQ(w[1].deprel, "compound");
  EXPECT_EQ(w[5].xpos, "NN");
  EXPECT_EQ(w[5].head, 7);
  EXPECT_EQ(w[6].head, 4);  // "firms" -> "failed", renumbered
  EXPECT_EQ(w[0].head, 3);  // "The" -> "plan"
  EXPECT_EQ(w[4].head, 7);  // "in" -> "firms"
  EXPECT_EQ(w[9].head, 4);
  // The original is untouched when nothing is joinable.
  const ConlluSentence again = join_hyphenated_compounds(joined);
  EXPECT_EQ(again.words.size(), joined.words.size());
}

TEST(SyntaxModelFile, BadFilesAreErrorsNotCrashes) {
  auto treebank = read_conllu_text(tiny_treebank(), "tiny");
  ASSERT_TRUE(treebank.ok());
  TrainOptions options;
  options.tagger_epochs = options.parser_epochs = 1;
  options.tagger_bits = options.upos_bits = options.parser_bits = options.labeller_bits = 10;
  auto model = train_syntax_model(*treebank, {}, options, nullptr);
  ASSERT_TRUE(model.ok());
  const std::string good = (*model)->serialize();
  struct Case {
    std::string bytes;
    const char* message_part;
  };
  std::string wrong_magic = good;
  wrong_magic[0] = 'X';
  std::string wrong_version = good;
  wrong_version[8] = 9;
  std::string flipped = good;
  flipped[flipped.size() / 2] ^= 0x40;
  const Case cases[] = {
      {"", "truncated"},
      {good.substr(0, 10), "truncated"},
      {good.substr(0, good.size() - 1), "truncated"},
      {good + "x", "truncated or padded"},
      {wrong_magic, "magic"},
      {wrong_version, "version 9"},
      {flipped, "checksum"},
  };
  for (const Case& c : cases) {
    auto loaded = SyntaxModel::from_bytes(c.bytes, "bad.model", nullptr);
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.status().file(), "bad.model");
    EXPECT_NE(loaded.status().message().find(c.message_part), std::string::npos) << loaded.status().to_string();
  }
  // Payload decoding on its own refuses garbage.
  EXPECT_FALSE(SyntaxModel::decode_payload("garbage", "x").ok());
  EXPECT_FALSE(SyntaxModel::decode_payload(good.substr(28, good.size() - 40), "x").ok());
  auto missing = SyntaxModel::load("/nonexistent/parley.model");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), Status::Code::kNotFound);
}

TEST(SyntaxModelFile, DefaultPathHonoursTheEnvironment) {
  ::setenv("PARLEY_MODEL", "/somewhere/else.model", 1);
  EXPECT_EQ(default_model_path(), "/somewhere/else.model");
  ::unsetenv("PARLEY_MODEL");
  EXPECT_NE(default_model_path().find("model/parley-en.model"), std::string::npos);
}

Sentence tokens_of(const std::string& text) {
  Sentence s;
  std::istringstream in(text);
  std::string word;
  while (in >> word) {
    Token t;
    t.form = word;
    s.tokens.push_back(std::move(t));
  }
  return s;
}

// Diplomatic-news sentences written for this test; checked with the shipped model: the main
// predicate, and the words heading its subject, object and obl (with its case marker). Names follow
// UD English EWT: the first word of a name heads it ("Qin" in "Qin Gang", the rest is flat), and a
// title before it hangs on it as nmod:desc, so "Foreign Minister Qin Gang" is headed by "Qin".
TEST(SyntaxModelParses, DiplomaticNewsSentences) {
  if (!std::filesystem::exists(kModelPath)) GTEST_SKIP() << "model file absent: " << kModelPath;
  auto model = SyntaxModel::load(kModelPath);
  ASSERT_TRUE(model.ok()) << model.status().to_string();
  struct Case {
    const char* text;  // tokens separated by spaces
    const char* predicate_lemma;
    const char* subject;  // "" = none expected
    const char* object;
    const char* obl;  // "" = not checked
    const char* obl_case;
  };
  const Case cases[] = {
      {"Foreign Minister Qin Gang had a phone call with Iranian Foreign Minister Hossein Amir-Abdollahian .", "have",
       "Qin", "call", "Hossein", "with"},
      {"Iran thanked China for its constructive role .", "thank", "Iran", "China", "role", "for"},
      {"Russia condemned the decision .", "condemn", "Russia", "decision", "", ""},
      {"President Xi Jinping met with the Prime Minister of Pakistan in Beijing on Monday .", "meet", "Xi", "",
       "Minister", "with"},
      {"The two sides held talks with the delegation .", "hold", "sides", "talks", "delegation", "with"},
      {"Japan protested the missile launch .", "protest", "Japan", "launch", "", ""},
      {"Germany has signed an agreement with France .", "sign", "Germany", "agreement", "France", "with"},
      {"The United Nations urged both parties to show restraint .", "urge", "Nations", "parties", "", ""},
      {"Egypt welcomed the ceasefire between Israel and Hamas .", "welcome", "Egypt", "ceasefire", "", ""},
      {"Ukraine accused Russia of shelling the plant .", "accuse", "Ukraine", "Russia", "", ""},
      {"Chinese Premier Li Qiang will meet German Chancellor Olaf Scholz in Berlin .", "meet", "Li", "Olaf", "Berlin",
       "in"},
      {"The minister criticized the sanctions .", "criticize", "minister", "sanctions", "", ""},
      {"Foreign Minister Maria Lindqvist had a phone call with Kenyan Foreign Minister Alfred Mutua .", "have",
       "Maria", "call", "Alfred", "with"},
  };
  SyntaxState state;
  for (const Case& c : cases) {
    Sentence s = tokens_of(c.text);
    (*model)->annotate(s, state);
    int root = -1;
    for (std::size_t i = 0; i < s.tokens.size(); ++i)
      if (s.tokens[i].head == -1) root = static_cast<int>(i);
    ASSERT_GE(root, 0) << c.text;
    EXPECT_EQ(s.tokens[static_cast<std::size_t>(root)].lemma, c.predicate_lemma) << c.text;
    auto dependent = [&](int head, const std::string& relation) -> int {
      for (std::size_t i = 0; i < s.tokens.size(); ++i)
        if (s.tokens[i].head == head && s.tokens[i].deprel.substr(0, s.tokens[i].deprel.find(':')) == relation)
          return static_cast<int>(i);
      return -1;
    };
    auto form = [&](int i) { return i < 0 ? std::string() : s.tokens[static_cast<std::size_t>(i)].form; };
    EXPECT_EQ(form(dependent(root, "nsubj")), c.subject) << c.text;
    EXPECT_EQ(form(dependent(root, "obj")), c.object) << c.text;
    const int obl = dependent(root, "obl");
    if (*c.obl) {
      EXPECT_EQ(form(obl), c.obl) << c.text;
      EXPECT_EQ(form(dependent(obl, "case")), c.obl_case) << c.text;
    }
  }
}

TEST(SyntaxModelParses, OneModelServesSeveralThreads) {
  if (!std::filesystem::exists(kModelPath)) GTEST_SKIP() << "model file absent: " << kModelPath;
  auto model = SyntaxModel::load(kModelPath);
  ASSERT_TRUE(model.ok()) << model.status().to_string();
  const std::vector<std::string> texts = {"Russia condemned the decision .",
                                          "The two sides held talks with the delegation on Monday .",
                                          "Egypt welcomed the ceasefire between Israel and Hamas ."};
  auto run = [&](std::vector<Sentence>& out) {
    SyntaxState state;
    for (int round = 0; round < 20; ++round)
      for (const std::string& text : texts) {
        Sentence s = tokens_of(text);
        (*model)->annotate(s, state);
        if (round == 0) out.push_back(std::move(s));
      }
  };
  std::vector<Sentence> first, second;
  std::thread other([&] { run(second); });
  run(first);
  other.join();
  ASSERT_EQ(first.size(), second.size());
  for (std::size_t k = 0; k < first.size(); ++k)
    for (std::size_t i = 0; i < first[k].tokens.size(); ++i) {
      EXPECT_EQ(first[k].tokens[i].head, second[k].tokens[i].head);
      EXPECT_EQ(first[k].tokens[i].deprel, second[k].tokens[i].deprel);
      EXPECT_EQ(first[k].tokens[i].xpos, second[k].tokens[i].xpos);
    }
}

// A state keeps what it learnt of each word (SyntaxState::WordCache) across sentences; used with
// another model in turn, it must annotate as a fresh state does, never with the other model's tags.
TEST(SyntaxModelParses, AStateSharedBetweenModelsAnnotatesAsAFreshOne) {
  if (!std::filesystem::exists(kModelPath)) GTEST_SKIP() << "model file absent: " << kModelPath;
  if (!std::filesystem::exists("/usr/share/wordnet/index.verb")) GTEST_SKIP() << "WordNet not installed";
  auto full = SyntaxModel::load(kModelPath);
  ASSERT_TRUE(full.ok()) << full.status().to_string();
  auto lemmatizer = Lemmatizer::load("/usr/share/wordnet");
  ASSERT_TRUE(lemmatizer.ok());
  auto treebank = read_conllu_text(tiny_treebank(), "tiny");
  ASSERT_TRUE(treebank.ok());
  TrainOptions options;
  options.tagger_epochs = 4;
  options.parser_epochs = 2;
  options.tagger_bits = options.upos_bits = options.parser_bits = options.labeller_bits = 12;
  options.dictionary_min_count = 1;  // every word of the tiny treebank is a dictionary word
  auto trained = train_syntax_model(*treebank, *treebank, options, *lemmatizer);
  ASSERT_TRUE(trained.ok()) << trained.status().to_string();
  auto tiny = SyntaxModel::from_bytes((*trained)->serialize(), "tiny.model", nullptr);  // and no WordNet
  ASSERT_TRUE(tiny.ok());
  const std::vector<std::string> texts = {"The minister met his counterpart in Paris .",
                                          "Officials denounced the crises and met the rebels .",
                                          "The minister denounced the talks ."};
  auto annotate = [](const SyntaxModel& model, const std::string& text, SyntaxState& state) {
    Sentence s = tokens_of(text);
    model.annotate(s, state);
    std::string out;
    for (const Token& t : s.tokens)
      out += t.form + "/" + t.xpos + "/" + t.upos + "/" + t.lemma + "/" + std::to_string(t.head) + "/" + t.deprel + " ";
    return out;
  };
  SyntaxState shared;
  for (int round = 0; round < 2; ++round)
    for (const std::string& text : texts)
      for (const SyntaxModel* model : {full->get(), tiny->get()}) {
        SyntaxState fresh;
        EXPECT_EQ(annotate(*model, text, shared), annotate(*model, text, fresh))
            << text << (model == full->get() ? " (shipped model)" : " (tiny model)");
      }
}

// More distinct words than a state keeps: the cache is emptied between sentences, never inside one.
TEST(SyntaxModelParses, AStatePastItsWordLimitStillAnnotatesAsAFreshOne) {
  if (!std::filesystem::exists(kModelPath)) GTEST_SKIP() << "model file absent: " << kModelPath;
  auto model = SyntaxModel::load(kModelPath);
  ASSERT_TRUE(model.ok()) << model.status().to_string();
  auto describe = [](const Sentence& s) {
    std::string out;
    for (const Token& t : s.tokens) out += t.xpos + "/" + t.lemma + "/" + std::to_string(t.head) + "/" + t.deprel + " ";
    return out;
  };
  const std::string known = "The ministers met their counterparts and discussed the crises .";
  SyntaxState shared;
  Sentence first = tokens_of(known);
  (*model)->annotate(first, shared);
  // Sentences of 250 words never seen, until the cache has been emptied at least once.
  const std::size_t per_sentence = 250;
  const std::size_t sentences = SyntaxModel::kMaxCachedWords / per_sentence + 2;
  for (std::size_t k = 0; k < sentences; ++k) {
    Sentence s;
    for (std::size_t i = 0; i < per_sentence; ++i) s.tokens.emplace_back().form = "zq" + std::to_string(k * per_sentence + i) + "ed";
    s.tokens.emplace_back().form = known.substr(4, 9);  // "ministers", once per sentence
    (*model)->annotate(s, shared);
    ASSERT_LE(shared.word_cache.words.size(), SyntaxModel::kMaxCachedWords);
  }
  Sentence again = tokens_of(known);
  (*model)->annotate(again, shared);
  SyntaxState fresh;
  Sentence reference = tokens_of(known);
  (*model)->annotate(reference, fresh);
  EXPECT_EQ(describe(again), describe(reference));
  EXPECT_EQ(describe(first), describe(reference));
}

TEST(SyntaxModelParses, EmptyAndOverlongSentences) {
  if (!std::filesystem::exists(kModelPath)) GTEST_SKIP() << "model file absent: " << kModelPath;
  auto model = SyntaxModel::load(kModelPath);
  ASSERT_TRUE(model.ok()) << model.status().to_string();
  SyntaxState state;
  Sentence empty;
  (*model)->annotate(empty, state);
  EXPECT_TRUE(empty.tokens.empty());
  std::string text;
  for (int i = 0; i < 700; ++i) text += (i % 7 == 6) ? ", " : "talks ";
  Sentence longest = tokens_of(text);
  (*model)->annotate(longest, state);
  for (const Token& t : longest.tokens) {
    EXPECT_LT(t.head, static_cast<int>(longest.tokens.size()));
    EXPECT_FALSE(t.upos.empty());
    EXPECT_FALSE(t.deprel.empty());
  }
}

// The parser's templates are part of the model file's contract: a model trained with one set scores
// garbage with another. This fingerprint of every key over a fixed walk of configurations was taken
// from the templates the committed model was trained with; change it only with a retrained model.
// Fingerprint of every parser key over a fixed walk of configurations.
std::uint64_t parser_key_fingerprint(void (*features)(const ParserTokens&, const ParserTree&, const int*, int, int, int, FeatureBuffer&)) {
  std::mt19937_64 rng(2024);
  std::uint64_t fingerprint = 0;
  for (int trial = 0; trial < 200; ++trial) {
    const int n = 1 + static_cast<int>(rng() % 25);
    ParserTokens t;
    for (int i = 0; i <= n; ++i) {
      t.word.push_back(rng());
      t.tag.push_back(rng() % 50);
      t.upos.push_back(rng() % 17);
    }
    ParserTree tree;
    tree.reset(n + 1);
    std::vector<int> stack(static_cast<std::size_t>(n + 1));
    int depth = 0, b0 = 0;
    while (!(depth == 0 && b0 == n)) {
      FeatureBuffer f;
      features(t, tree, stack.data(), depth, b0, n, f);
      std::vector<std::uint64_t> keys(f.keys.begin(), f.keys.begin() + f.size);
      std::sort(keys.begin(), keys.end());
      for (std::uint64_t k : keys) fingerprint = mix64(fingerprint ^ k);
      const bool legal[3] = {b0 < n, depth > 0 && (b0 < n || depth == 1), depth > 1};
      int c;
      do c = static_cast<int>(rng() % 3); while (!legal[c]);
      apply_transition(c, tree, stack.data(), depth, b0);
    }
  }
  return fingerprint;
}

TEST(SyntaxParserTemplates, AreThoseTheModelWasTrainedWith) {
  EXPECT_EQ(parser_key_fingerprint(parser_features), 0x956d57b1db13164cULL);
}

// annotate() scores each transition as cached per-position groups plus context templates; a greedy
// parse scoring parser_features' full key set directly must build the same trees.
TEST(SyntaxParserTemplates, CachedGroupsScoreAsTheFullTemplateSet) {
  if (!std::filesystem::exists(kModelPath)) GTEST_SKIP() << "model file absent: " << kModelPath;
  auto model = SyntaxModel::load(kModelPath);
  ASSERT_TRUE(model.ok()) << model.status().to_string();
  const ModelParts& parts = (*model)->parts();
  std::vector<std::string> texts = {
      "Chinese Foreign Minister Qin Gang had a phone call with Iranian Foreign Minister Hossein Amir-Abdollahian "
      "on January 19 , and the two sides exchanged views on the situation in the region .",
      "Police said that the protesters who had gathered outside the embassy were dispersed by force late on "
      "Sunday , after talks between the two governments broke down .",
      "Talks ."};
  // Many more configurations from the treebank's dev set, when ../shared is beside the project.
  const std::string dev = PARLEY_SOURCE_DIR "/../shared/ud-english-ewt/en_ewt-ud-dev.conllu";
  if (auto sentences = read_conllu_file(dev); sentences.ok())
    for (std::size_t k = 0; k < sentences->size() && k < 400; ++k) {
      std::string text;
      for (const ConlluWord& w : (*sentences)[k].words) text += (text.empty() ? "" : " ") + w.form;
      texts.push_back(text);
    }
  SyntaxState state;
  for (const std::string& text : texts) {
    Sentence sentence = tokens_of(text);
    (*model)->annotate(sentence, state);
    const int n = static_cast<int>(sentence.tokens.size());
    ParserTokens t;
    for (const Token& token : sentence.tokens) {
      TokenAtoms atoms;
      compute_atoms(token.form, atoms);
      t.word.push_back(atoms.lower);
      const auto x = std::find(parts.xpos_names.begin(), parts.xpos_names.end(), token.xpos);
      const auto u = std::find(parts.upos_names.begin(), parts.upos_names.end(), token.upos);
      t.tag.push_back(static_cast<std::uint64_t>(x - parts.xpos_names.begin()));
      t.upos.push_back(static_cast<std::uint64_t>(u - parts.upos_names.begin()));
    }
    t.word.push_back(kRootAtom);
    t.tag.push_back(997);
    t.upos.push_back(997);
    ParserTree tree;
    tree.reset(n + 1);
    std::vector<int> stack(static_cast<std::size_t>(n + 1));
    std::vector<std::int32_t> scores(static_cast<std::size_t>(parts.parser.stride()));
    int depth = 0, b0 = 0;
    while (!(depth == 0 && b0 == n)) {
      const bool legal[3] = {b0 < n, depth > 0 && (b0 < n || depth == 1), depth > 1};
      FeatureBuffer f;
      parser_features(t, tree, stack.data(), depth, b0, n, f);
      parts.parser.score(f.keys.data(), f.size, scores.data());
      int best = -1;
      for (int c = 0; c < 3; ++c)
        if (legal[c] && (best < 0 || scores[static_cast<std::size_t>(c)] > scores[static_cast<std::size_t>(best)]))
          best = c;
      apply_transition(best, tree, stack.data(), depth, b0);
    }
    for (int i = 0; i < n; ++i) {
      const int head = tree.head[static_cast<std::size_t>(i)];
      EXPECT_EQ(sentence.tokens[static_cast<std::size_t>(i)].head, head == n ? -1 : head)
          << text << " word " << i << " '" << sentence.tokens[static_cast<std::size_t>(i)].form << "'";
    }
  }
}

}  // namespace
}  // namespace parley::syntax
