// The text stage: from a Document to sentences of tokens with byte spans into the original text.
// Internal API (src/ only). Thread-safe: no shared mutable state (ICU objects are per call or
// thread-local).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "parley/document.h"
#include "parley/sentence.h"

namespace parley::text {

// Splits a document into sentences of tokens. The title (when present) is sentence 0 and is never
// merged with the body; the dateline is skipped. Sentence::index runs 0, 1, 2, ...; spans are byte
// offsets into Document::text (or into Document::title for Field::kTitle sentences when the title is
// not inside the text). Token::form is the NFC-normalised token with typographic quotes folded to
// ASCII ("China’s" -> "China", "'s").
std::vector<Sentence> segment(const Document& doc);

// Tokenises a stand-alone phrase (dictionary entries) exactly as document text is tokenised.
std::vector<std::string> tokenize_phrase(std::string_view phrase);

// The matching key of a token: NFC, lower case, diacritics removed, typographic quotes/dashes ASCII.
// "Türkiye" -> "turkiye", "China’s" -> "china's". Fast path for plain ASCII.
std::string fold(std::string_view token);

// A word's letters without their marks, case kept, where that leaves it plain ASCII ("Türkiye" ->
// "Turkiye", "Erdoğan" -> "Erdogan"); any other token unchanged ("“", "Ørsted"). What the tagger
// reads: it learnt English web text, where a non-ASCII byte is mostly punctuation.
std::string ascii_letters(std::string_view token);

// True if `text` is valid UTF-8.
bool valid_utf8(std::string_view text);

}  // namespace parley::text
