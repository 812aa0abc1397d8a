// parley parse: documents -> CoNLL-U (tags, lemmas, dependency trees); --conllu re-tags and re-parses
// pre-tokenised CoNLL-U; --eval scores the model on gold CoNLL-U and prints one JSON line.
#include <fmt/format.h>

#include <iostream>

#include "cli/commands.h"
#include "io/reader.h"
#include "syntax/conllu.h"
#include "syntax/evaluate.h"
#include "syntax/syntax.h"
#include "text/text.h"

namespace parley::cli {

int run_parse(const ParseOptions& options) {
  auto model = syntax::SyntaxModel::load(options.model.empty() ? syntax::default_model_path() : options.model);
  if (!model.ok()) {
    std::cerr << "parley: " << model.status().to_string() << "\n";
    return kError;
  }
  if (!(*model)->has_wordnet())
    std::cerr << "parley: warning: WordNet not found in /usr/share/wordnet (Debian package wordnet-base): lemmas "
                 "are lower-cased forms and tagging is less accurate\n";
  syntax::SyntaxState state;

  if (!options.eval.empty()) {
    auto gold = syntax::read_conllu_file(options.eval);
    if (!gold.ok()) {
      std::cerr << "parley: " << gold.status().to_string() << "\n";
      return kError;
    }
    const syntax::Evaluation e = syntax::evaluate(**model, *gold);
    std::cout << fmt::format(
        "{{\"sentences\": {}, \"tokens\": {}, \"upos\": {:.2f}, \"xpos\": {:.2f}, \"lemma\": {:.2f}, \"uas\": {:.2f}, "
        "\"las\": {:.2f}, \"sentences_per_second\": {:.0f}}}\n",
        e.sentences, e.words, e.upos, e.xpos, e.lemma, e.uas, e.las, e.sentences_per_second);
    return kOk;
  }

  std::string out;
  if (!options.conllu.empty()) {
    auto sentences = syntax::read_conllu_file(options.conllu);
    if (!sentences.ok()) {
      std::cerr << "parley: " << sentences.status().to_string() << "\n";
      return kError;
    }
    for (const auto& in : *sentences) {
      Sentence s = syntax::to_sentence(in);
      (*model)->annotate(s, state);
      syntax::ConlluSentence parsed = syntax::from_sentence(s);
      parsed.comments = in.comments;
      out.clear();
      syntax::write_conllu(parsed, out);
      std::cout << out;
    }
    return kOk;
  }

  if (options.inputs.empty()) {
    std::cerr << "parley: parse needs input files, '-', --conllu FILE or --eval FILE\n";
    return kUsage;
  }
  io::ReadOptions read_options;
  auto summary = io::read_documents(
      options.inputs, read_options, options.stdin_jsonl,
      [&](Document&& doc) {
        for (Sentence& s : text::segment(doc)) {
          (*model)->annotate(s, state);
          syntax::ConlluSentence parsed = syntax::from_sentence(s);
          const std::string& base = s.field == Field::kTitle ? doc.title : doc.text;
          parsed.comments.push_back("# sent_id = " + doc.id + "-" + std::to_string(s.index));
          if (s.end <= base.size() && s.start <= s.end) {
            std::string text = base.substr(s.start, s.end - s.start);
            for (char& c : text)
              if (c == '\n' || c == '\r') c = ' ';
            parsed.comments.push_back("# text = " + text);
          }
          out.clear();
          syntax::write_conllu(parsed, out);
          std::cout << out;
        }
      },
      [](const Status& problem) { std::cerr << "parley: skipped: " << problem.to_string() << "\n"; });
  return summary.skipped > 0 ? kSkipped : kOk;
}

}  // namespace parley::cli
