// The tokeniser: UD English EWT conventions, because the tagger and parser are trained on EWT.
// Punctuation is split off; clitics are split ("China's" -> "China" "'s", "don't" -> "do" "n't",
// "cannot" -> "can" "not"); hyphenated words, numbers ("1,529", "3.5"), ISO dates, times, URLs,
// e-mail addresses, abbreviations with their period ("U.S.", "Mr.") and "..." / "--" stay whole.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "parley/sentence.h"

namespace parley::text::internal {

// Appends the tokens of text[begin, end) to `out`. Spans are byte offsets into `text` (not relative to
// `begin`). Never fails: invalid UTF-8 bytes become one-byte tokens with form U+FFFD.
// REQUIRES: begin <= end <= text.size() <= UINT32_MAX.
void tokenize_range(std::string_view text, std::size_t begin, std::size_t end, std::vector<Token>& out);

// The form of a token: NFC, typographic quotes folded to ASCII. ASCII input is returned as is.
std::string normalise_form(std::string_view bytes);

}  // namespace parley::text::internal
