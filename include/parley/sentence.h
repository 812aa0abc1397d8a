// parley/sentence.h: sentences and tokens, as the text stage produces them and the syntax stage fills
// in (tags, lemmas, heads, relations). Offsets are byte offsets into the document's original text
// (Document::text, or Document::title for a title that is not inside the text).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace parley {

struct Token {
  std::string form;         // the token's text after normalisation (NFC, typographic quotes folded)
  std::uint32_t start = 0;  // byte span in the original text: [start, end)
  std::uint32_t end = 0;
  // Filled by the syntax stage; empty / -1 before it runs.
  std::string upos;         // UD universal tag: "NOUN", "VERB", "PROPN", ...
  std::string xpos;         // Penn tag: "NN", "VBD", ...
  std::string lemma;        // lower-case lemma: "meet" for "met"
  int head = -1;            // index of the head token in the sentence, or -1 for the root
  std::string deprel;       // UD basic relation to the head: "nsubj", "obj", "obl", "root", ...
};

enum class Field : std::uint8_t { kText, kTitle };

struct Sentence {
  int index = 0;            // 0-based position in the document (the title, if any, is 0)
  Field field = Field::kText;
  std::uint32_t start = 0;  // byte span in the original text (or title)
  std::uint32_t end = 0;
  std::vector<Token> tokens;
};

}  // namespace parley
