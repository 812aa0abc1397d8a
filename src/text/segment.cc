// Sentence splitting: paragraphs first (parley's rules), then ICU's sentence iterator inside each
// paragraph, then parley's abbreviation list to undo ICU's false breaks ("Mr. Smith", "Jan. 5").
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <memory>

#include "text/abbreviations.h"
#include "text/text.h"
#include "text/tokenizer.h"
#include "text/unicode.h"

namespace parley::text {
namespace {

using internal::AbbreviationKind;

// A sentence longer than this is cut: no real sentence is, and the parser's cost grows with length.
constexpr std::size_t kMaxSentenceTokens = 400;

struct Range {
  std::size_t begin, end;
};

bool is_blank_line(std::string_view line) {
  for (char c : line)
    if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v') return false;
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// "- item", "* item", "• item", "1. item", "2) item": a list item starts a new paragraph even without
// a blank line before it.
bool starts_list_item(std::string_view line) {
  line = trim(line);
  if (line.size() < 2) return false;
  if ((line[0] == '-' || line[0] == '*') && line[1] == ' ') return true;
  if (line.rfind("\xE2\x80\xA2", 0) == 0 || line.rfind("\xC2\xB7", 0) == 0) return true;  // • ·
  std::size_t digits = 0;
  while (digits < line.size() && digits < 3 && line[digits] >= '0' && line[digits] <= '9') ++digits;
  return digits > 0 && digits + 1 < line.size() && (line[digits] == '.' || line[digits] == ')') &&
         line[digits + 1] == ' ';
}

// A short line without closing punctuation followed by a capitalised line is a heading or a
// one-line paragraph ("Background\nThe two sides ..."). Hard-wrapped prose is not broken: its lines
// are about as long as its typical (median) line, and a wrapped line often ends in a lower-case word
// ("... during the\nCOVID-19 pandemic"), which a heading doesn't.
bool ends_heading(std::string_view line, std::string_view next, std::size_t typical_line) {
  line = trim(line);
  next = trim(next);
  if (line.empty() || next.empty()) return false;
  const char last = line.back();
  // After a period ICU and the abbreviation list decide ("Mr.\nSmith" goes on).
  if (last == ',' || last == ';' || last == ':' || last == '-' || last == '(' || last == '&' || last == '[' ||
      last == '.')
    return false;
  const std::size_t word_start = line.find_last_of(" \t");
  const internal::CodePoint last_word = internal::decode(line, word_start == std::string_view::npos ? 0 : word_start + 1);
  if (internal::is_lower(last_word.value)) return false;
  const internal::CodePoint first = internal::decode(next, 0);
  if (!internal::is_upper(first.value) && !internal::is_digit(first.value) && first.value != '"' &&
      first.value != 0x201C)
    return false;
  return line.size() * 10 < typical_line * 6;
}

// Splits [begin, end) into paragraphs: at blank lines, before list items and after headings.
std::vector<Range> paragraphs(std::string_view text, std::size_t begin, std::size_t end) {
  std::vector<Range> out;
  std::vector<Range> block;  // the lines of the current run of non-blank lines
  auto flush_block = [&] {
    if (block.empty()) return;
    std::vector<std::size_t> lengths;
    for (const Range& r : block) lengths.push_back(trim(text.substr(r.begin, r.end - r.begin)).size());
    std::nth_element(lengths.begin(), lengths.begin() + static_cast<std::ptrdiff_t>(lengths.size() / 2), lengths.end());
    const std::size_t typical = lengths[lengths.size() / 2];
    std::size_t paragraph_begin = block.front().begin;
    for (std::size_t i = 0; i + 1 < block.size(); ++i) {
      const std::string_view line = text.substr(block[i].begin, block[i].end - block[i].begin);
      const std::string_view next = text.substr(block[i + 1].begin, block[i + 1].end - block[i + 1].begin);
      if (starts_list_item(next) || ends_heading(line, next, typical)) {
        out.push_back({paragraph_begin, block[i].end});
        paragraph_begin = block[i + 1].begin;
      }
    }
    out.push_back({paragraph_begin, block.back().end});
    block.clear();
  };
  std::size_t pos = begin;
  while (pos < end) {
    std::size_t newline = text.find('\n', pos);
    if (newline == std::string_view::npos || newline > end) newline = end;
    const std::string_view line = text.substr(pos, newline - pos);
    if (is_blank_line(line)) flush_block();
    else block.push_back({pos, newline});
    pos = newline + 1;
  }
  flush_block();
  return out;
}

// ICU's sentence iterator, one per thread: creating one costs far more than using it.
icu::BreakIterator* sentence_iterator() {
  thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
    if (U_FAILURE(status)) it.reset();
    return it;
  }();
  return iterator.get();
}

// ICU's candidate boundaries inside text[begin, end), as absolute byte offsets. Line breaks inside a
// paragraph are hard-wrapping, not sentence ends, so ICU sees them as spaces (same byte length, so its
// offsets are ours).
std::vector<std::size_t> icu_boundaries(std::string_view text, std::size_t begin, std::size_t end) {
  std::vector<std::size_t> out;
  icu::BreakIterator* iterator = sentence_iterator();
  if (iterator == nullptr) return out;
  std::string buffer(text.substr(begin, end - begin));
  for (char& c : buffer)
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  UErrorCode status = U_ZERO_ERROR;
  UText utext = UTEXT_INITIALIZER;
  utext_openUTF8(&utext, buffer.data(), static_cast<int64_t>(buffer.size()), &status);
  if (U_FAILURE(status)) return out;
  iterator->setText(&utext, status);
  if (U_SUCCESS(status)) {
    for (int32_t b = iterator->next(); b != icu::BreakIterator::DONE; b = iterator->next())
      out.push_back(begin + static_cast<std::size_t>(b));
  }
  // Detach the iterator from the buffer before it goes away.
  UText empty = UTEXT_INITIALIZER;
  UErrorCode ignored = U_ZERO_ERROR;
  utext_openUTF8(&empty, "", 0, &ignored);
  iterator->setText(&empty, ignored);
  utext_close(&utext);
  utext_close(&empty);
  return out;
}

// Whether ICU's break between `before` and `after` is a false one, caused by an abbreviation.
bool abbreviation_joins(const Token& before, const Token& after) {
  const AbbreviationKind kind = internal::abbreviation_kind(before.form);
  if (kind == AbbreviationKind::kNone) return false;
  const internal::CodePoint first = internal::decode(after.form, 0);
  // After any abbreviation, a lower-case word or a number continues the sentence ("Jan. 5",
  // "U.S. officials", "No. 10").
  if (internal::is_lower(first.value) || internal::is_digit(first.value)) return true;
  if (kind == AbbreviationKind::kPrefix) return true;  // "Mr. Smith", "Gen. Milley"
  // "U.S. President", "Donald J. Trump" continue; "in the U.S. The talks" ends.
  return !internal::is_sentence_starter(after.form);
}

// "1." or "a)" or "-" opening a list item: ICU ends a sentence after "1." but the item goes on.
bool is_list_marker(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
  if (last - first > 3) return false;
  for (std::size_t i = first; i < last; ++i) {
    const std::string& form = tokens[i].form;
    const bool number = form.size() <= 3 && std::all_of(form.begin(), form.end(), [](char c) { return c >= '0' && c <= '9'; });
    const bool letter = form.size() == 1 && ((form[0] >= 'a' && form[0] <= 'z') || (form[0] >= 'A' && form[0] <= 'Z'));
    const bool mark = form == "." || form == ")" || form == "(" || form == "-" || form == "*" || form == "\u2022";
    if (!number && !letter && !mark) return false;
  }
  return true;
}

void split_paragraph(std::string_view text, Range paragraph, std::vector<Sentence>& out, Field field) {
  std::vector<Token> tokens;
  internal::tokenize_range(text, paragraph.begin, paragraph.end, tokens);
  if (tokens.empty()) return;
  const std::vector<std::size_t> boundaries = icu_boundaries(text, paragraph.begin, paragraph.end);

  std::size_t first = 0;  // first token of the sentence being built
  auto cut = [&](std::size_t last) {  // emits tokens [first, last)
    while (first < last) {
      const std::size_t stop = std::min(last, first + kMaxSentenceTokens);
      Sentence sentence;
      sentence.index = static_cast<int>(out.size());
      sentence.field = field;
      sentence.start = tokens[first].start;
      sentence.end = tokens[stop - 1].end;
      sentence.tokens.assign(std::make_move_iterator(tokens.begin() + static_cast<std::ptrdiff_t>(first)),
                             std::make_move_iterator(tokens.begin() + static_cast<std::ptrdiff_t>(stop)));
      out.push_back(std::move(sentence));
      first = stop;
    }
  };
  std::size_t k = 0;  // tokens [0, k) end at or before the boundary
  for (const std::size_t boundary : boundaries) {
    while (k < tokens.size() && tokens[k].end <= boundary) ++k;
    if (k == tokens.size()) break;
    if (k <= first) continue;
    if (tokens[k].start < boundary) continue;  // ICU broke inside a token ("way.before")
    if (abbreviation_joins(tokens[k - 1], tokens[k])) continue;
    if (is_list_marker(tokens, first, k)) continue;
    cut(k);
  }
  cut(tokens.size());
}

}  // namespace

std::vector<Sentence> segment(const Document& doc) {
  std::vector<Sentence> out;
  // Offsets are 32-bit; a longer text is coded up to that length.
  const std::string_view text =
      std::string_view(doc.text).substr(0, std::numeric_limits<std::uint32_t>::max());
  std::size_t body_begin = std::min(doc.body_offset, text.size());

  if (!doc.title.empty()) {
    std::vector<Token> tokens;
    Sentence title;
    const bool inside = doc.title_offset && *doc.title_offset <= text.size() &&
                        doc.title.size() <= text.size() - *doc.title_offset;
    if (inside) {
      const std::size_t begin = *doc.title_offset;
      internal::tokenize_range(text, begin, begin + doc.title.size(), tokens);
      title.field = Field::kText;
      // The body never repeats the title.
      if (begin >= body_begin) body_begin = std::max(body_begin, begin + doc.title.size());
    } else {
      const std::string_view title_text =
          std::string_view(doc.title).substr(0, std::numeric_limits<std::uint32_t>::max());
      internal::tokenize_range(title_text, 0, title_text.size(), tokens);
      title.field = Field::kTitle;
    }
    if (!tokens.empty()) {
      title.start = tokens.front().start;
      title.end = tokens.back().end;
      title.tokens = std::move(tokens);
      out.push_back(std::move(title));
    }
  }
  for (const Range& paragraph : paragraphs(text, body_begin, text.size()))
    split_paragraph(text, paragraph, out, Field::kText);
  return out;
}

std::vector<std::string> tokenize_phrase(std::string_view phrase) {
  std::vector<Token> tokens;
  internal::tokenize_range(phrase, 0, std::min<std::size_t>(phrase.size(), std::numeric_limits<std::uint32_t>::max()), tokens);
  std::vector<std::string> forms;
  forms.reserve(tokens.size());
  for (Token& token : tokens) forms.push_back(std::move(token.form));
  return forms;
}

}  // namespace parley::text
