// parley_train: trains parley's syntax model (tagger + parser + labeller) from UD CoNLL-U files.
//
//   parley_train --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu --out parley-en.model
//                [--epochs N] [--tagger-epochs N] [--seed S] [--jackknife K] [--test TEST.conllu]
//                [--parser-bits B] [--tagger-bits B] [--labeller-bits B] [--prune W] [--extra MORE.conllu]...
//                [--parser-prune W] [--parser-runs R] [--join-hyphens] [--wordnet-dropout N]
//
// Picks each component's best epoch on the dev set, prints progress, and with --test reports the
// scores of the saved model on a test set (gold tokens). --join-hyphens joins the training data's split
// hyphenated compounds as parley's tokeniser keeps them ("long-term"; dev and test stay as given).
// --wordnet-dropout N tags every Nth training sentence as if WordNet were absent (the taggers use
// WordNet's word classes; see data/model/README.md).
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>

#include "syntax/conllu.h"
#include "syntax/evaluate.h"
#include "syntax/trainer.h"

namespace {

int usage() {
  std::cerr << "usage: parley_train --train TRAIN.conllu --dev DEV.conllu --out FILE [--epochs N] "
               "[--tagger-epochs N] [--seed S] [--jackknife K] [--test TEST.conllu] [--wordnet DIR]\n"
               "       [--parser-bits B] [--tagger-bits B] [--labeller-bits B] [--prune W] [--extra MORE.conllu]...\n"
               "       [--parser-prune W] [--parser-runs R] [--join-hyphens] [--wordnet-dropout N]\n";
  return 2;
}

void report(const char* name, const parley::syntax::Evaluation& e) {
  std::printf("%s: %ld sentences, %ld words: UPOS %.2f XPOS %.2f lemma %.2f UAS %.2f LAS %.2f, %.0f sentences/s\n",
              name, e.sentences, e.words, e.upos, e.xpos, e.lemma, e.uas, e.las, e.sentences_per_second);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace parley::syntax;
  std::string train_path, dev_path, out_path, test_path, wordnet = "/usr/share/wordnet";
  std::vector<std::string> extra_paths;
  TrainOptions options;
  options.log = &std::cout;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    try {
      if (arg == "--train") train_path = value();
      else if (arg == "--dev") dev_path = value();
      else if (arg == "--out") out_path = value();
      else if (arg == "--test") test_path = value();
      else if (arg == "--wordnet") wordnet = value();
      else if (arg == "--epochs") options.parser_epochs = std::stoi(value());
      else if (arg == "--tagger-epochs") options.tagger_epochs = std::stoi(value());
      else if (arg == "--seed") options.seed = std::stoull(value());
      else if (arg == "--jackknife") options.jackknife_folds = std::stoi(value());
      else if (arg == "--parser-bits") options.parser_bits = std::stoi(value());
      else if (arg == "--tagger-bits") options.tagger_bits = std::stoi(value());
      else if (arg == "--labeller-bits") options.labeller_bits = std::stoi(value());
      else if (arg == "--prune") options.prune = std::stof(value());
      else if (arg == "--parser-prune") options.parser_prune = std::stof(value());
      else if (arg == "--parser-runs") options.parser_runs = std::stoi(value());
      else if (arg == "--extra") extra_paths.push_back(value());
      else if (arg == "--join-hyphens") options.join_hyphens = true;
      else if (arg == "--wordnet-dropout") options.wordnet_dropout = std::stoi(value());
      else return usage();
    } catch (const std::exception&) {
      return usage();
    }
  }
  if (train_path.empty() || out_path.empty()) return usage();
  auto train = read_conllu_file(train_path);
  if (!train.ok()) {
    std::cerr << train.status().to_string() << "\n";
    return 1;
  }
  // Extra treebanks (such as data/model/diplomatic-treebank.conllu) join the training data.
  for (const std::string& path : extra_paths) {
    auto extra = read_conllu_file(path);
    if (!extra.ok()) {
      std::cerr << extra.status().to_string() << "\n";
      return 1;
    }
    for (ConlluSentence& s : *extra) train->push_back(std::move(s));
  }
  std::vector<ConlluSentence> dev;
  if (!dev_path.empty()) {
    auto read = read_conllu_file(dev_path);
    if (!read.ok()) {
      std::cerr << read.status().to_string() << "\n";
      return 1;
    }
    dev = std::move(*read);
  }
  std::shared_ptr<const Lemmatizer> lemmatizer;
  if (auto loaded = Lemmatizer::load(wordnet); loaded.ok()) lemmatizer = *loaded;
  else std::cerr << "warning: " << loaded.status().to_string() << " (lemmas will be lower-cased forms)\n";
  auto model = train_syntax_model(*train, dev, options, lemmatizer);
  if (!model.ok()) {
    std::cerr << model.status().to_string() << "\n";
    return 1;
  }
  if (parley::Status s = (*model)->save(out_path); !s.is_ok()) {
    std::cerr << s.to_string() << "\n";
    return 1;
  }
  std::cout << "wrote " << out_path << " (" << (*model)->serialize().size() << " bytes)\n";
  {
    const ModelParts& p = (*model)->parts();
    std::printf("rows kept: XPOS %zu, UPOS %zu, parser %zu, labeller %zu\n", p.xpos.row_count(), p.upos.row_count(),
                p.parser.row_count(), p.labeller.row_count());
  }
  // Reload what was written, so the scores below are those of the file.
  const auto load_start = std::chrono::steady_clock::now();
  auto loaded = SyntaxModel::load(out_path, wordnet);
  if (!loaded.ok()) {
    std::cerr << loaded.status().to_string() << "\n";
    return 1;
  }
  std::printf("reloaded in %.3f s\n",
              std::chrono::duration<double>(std::chrono::steady_clock::now() - load_start).count());
  if (!dev.empty()) report("dev", evaluate(**loaded, dev));
  if (!test_path.empty()) {
    auto test = read_conllu_file(test_path);
    if (!test.ok()) {
      std::cerr << test.status().to_string() << "\n";
      return 1;
    }
    report("test", evaluate(**loaded, *test));
  }
  return 0;
}
