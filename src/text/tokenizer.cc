#include "text/tokenizer.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "text/abbreviations.h"
#include "text/unicode.h"

namespace parley::text::internal {
namespace {

char lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool equals_lower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i)
    if (lower_ascii(word[i]) != lower[i]) return false;
  return true;
}

// EWT splits these clitics off their host: "'s" "'ll" "'re" "'ve" "'m" "'d" (and "n't", below).
bool is_clitic_suffix(std::string_view letters) {
  return equals_lower(letters, "s") || equals_lower(letters, "ll") || equals_lower(letters, "re") ||
         equals_lower(letters, "ve") || equals_lower(letters, "m") || equals_lower(letters, "d");
}

bool starts_with_lower(std::string_view text, std::size_t pos, std::string_view prefix) {
  if (text.size() - pos < prefix.size()) return false;
  return equals_lower(text.substr(pos, prefix.size()), prefix);
}

bool is_email_local(char c) {
  return is_ascii_alnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '%' ||
         c == '+' || c == '-';
}

bool is_domain_char(char c) { return is_ascii_alnum(static_cast<unsigned char>(c)) || c == '-' || c == '.'; }

class Scanner {
 public:
  Scanner(std::string_view text, std::size_t end, std::vector<Token>& out)
      : text_(text.substr(0, end)), out_(out) {}

  void run(std::size_t pos) {
    while (pos < text_.size()) {
      const CodePoint cp = decode(text_, pos);
      if (is_space(cp.value)) {
        pos += cp.length;
      } else if (std::size_t url = url_end(pos); url > pos) {
        emit(pos, url);
        pos = url;
      } else if (is_word(cp.value)) {
        pos = word(pos);
      } else {
        pos = punctuation(pos, cp);
      }
    }
  }

 private:
  UChar32 at(std::size_t pos) const { return pos < text_.size() ? decode(text_, pos).value : -1; }

  void emit(std::size_t start, std::size_t end) {
    Token token;
    token.form = normalise_form(text_.substr(start, end - start));
    token.start = static_cast<std::uint32_t>(start);
    token.end = static_cast<std::uint32_t>(end);
    out_.push_back(std::move(token));
  }

  // URLs ("https://...", "www....") and e-mail addresses are single tokens; trailing sentence
  // punctuation and an unbalanced closing bracket are left for the punctuation rules.
  std::size_t url_end(std::size_t pos) const {
    const char first = text_[pos];
    std::size_t end = pos;
    if (first == 'h' || first == 'H' || first == 'w' || first == 'W' || first == 'f' || first == 'F') {
      if (starts_with_lower(text_, pos, "http://") || starts_with_lower(text_, pos, "https://") ||
          starts_with_lower(text_, pos, "ftp://") || starts_with_lower(text_, pos, "www.")) {
        end = pos;
        while (end < text_.size()) {
          const CodePoint cp = decode(text_, end);
          if (is_space(cp.value) || cp.value == '"' || cp.value == '<' || cp.value == '>' ||
              cp.value == 0x201C || cp.value == 0x201D)
            break;
          end += cp.length;
        }
        return trim_url(pos, end);
      }
    }
    if (!is_ascii_alnum(static_cast<unsigned char>(first))) return pos;
    // e-mail: local@domain.tld. A run of local-part characters without an "@" after it is
    // remembered, so "a+a+a+..." is scanned once, not once per word in it.
    if (pos < no_email_until_) return pos;
    std::size_t at_sign = pos;
    while (at_sign < text_.size() && is_email_local(text_[at_sign])) ++at_sign;
    if (at_sign >= text_.size() || text_[at_sign] != '@') {
      no_email_until_ = at_sign;
      return pos;
    }
    end = at_sign + 1;
    while (end < text_.size() && is_domain_char(text_[end])) ++end;
    while (end > at_sign + 1 && (text_[end - 1] == '.' || text_[end - 1] == '-')) --end;
    const std::string_view domain = text_.substr(at_sign + 1, end - at_sign - 1);
    const std::size_t dot = domain.find('.');
    if (domain.empty() || dot == std::string_view::npos || dot == 0) return pos;
    return end;
  }

  std::size_t trim_url(std::size_t start, std::size_t end) const {
    // Bracket balance, counted once (not per trailing bracket: that is quadratic on "))))...").
    std::ptrdiff_t unbalanced = 0;
    for (std::size_t i = start; i < end; ++i) unbalanced += (text_[i] == ')') - (text_[i] == '(');
    while (end > start) {
      const char c = text_[end - 1];
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' ||
          c == ']' || c == '}') {
        --end;
      } else if (c == ')') {
        if (unbalanced <= 0) break;
        --unbalanced;
        --end;
      } else if (static_cast<unsigned char>(c) >= 0x80) {
        // A typographic closing quote or other trailing non-ASCII punctuation.
        std::size_t lead = end - 1;
        while (lead > start && (static_cast<unsigned char>(text_[lead]) & 0xC0) == 0x80) --lead;
        const UChar32 cp = decode(text_, lead).value;
        if (is_word(cp)) break;
        end = lead;
      } else {
        break;
      }
    }
    // "www." alone or "http://" alone is not a URL.
    const std::string_view url = text_.substr(start, end - start);
    const std::size_t scheme = url.find("//");
    const std::size_t body = scheme == std::string_view::npos ? 4 : scheme + 2;
    return url.size() > body ? end : start;
  }

  // Scans a word with its internal connectors, then splits clitics off it.
  std::size_t word(std::size_t start) {
    std::size_t end = start;
    UChar32 last = -1;
    while (true) {
      while (end < text_.size()) {
        const CodePoint cp = decode(text_, end);
        if (!is_word(cp.value)) break;
        last = cp.value;
        end += cp.length;
      }
      if (end >= text_.size()) break;
      const CodePoint connector = decode(text_, end);
      const std::size_t after = end + connector.length;
      const UChar32 c = connector.value;
      const UChar32 next = at(after);
      bool joins = false;
      if (c == '-' || c == 0x2010 || c == 0x2011) {
        joins = is_word(next);  // "long-term", "China-Iran", "2023-01-19", "COVID-19"
      } else if (c == '.') {
        joins = is_word(next);  // "U.S", "3.5", "e.g", "whitehouse.gov"
      } else if (c == ',') {
        // Thousands separators: "1,529" but not "1,2" or "2023,2024".
        joins = is_digit(last) && is_digit(next) && is_digit(at(after + 1)) && is_digit(at(after + 2)) &&
                !is_digit(at(after + 3)) && !is_word(at(after + 3));
      } else if (c == ':') {
        joins = is_digit(last) && is_digit(next) && is_digit(at(after + 1)) && !is_word(at(after + 2));
      } else if (c == '/') {
        joins = is_digit(last) && is_digit(next);  // "1/2", "24/7"; EWT splits "and / or"
      } else if (c == '&') {
        joins = is_upper(last) && is_upper(next);  // "AT&T"
      } else if (is_apostrophe(c)) {
        joins = is_word(next);  // "China's", "don't", "O'Brien": split below
      }
      if (!joins) break;
      end = after;
    }
    split_word(start, end);
    // An abbreviation keeps its period: "Mr.", "U.S.", "Jan." (but "etc..." keeps its ellipsis).
    const std::size_t last_start = out_.back().start;
    if (end < text_.size() && text_[end] == '.' && (end + 1 >= text_.size() || text_[end + 1] != '.') &&
        abbreviation_kind(text_.substr(last_start, end + 1 - last_start)) != AbbreviationKind::kNone &&
        (end - last_start > 1 || initial_before_name(end + 1))) {
      out_.back().form += '.';
      out_.back().end = static_cast<std::uint32_t>(++end);
    }
    return end;
  }

  // A single capital with a period is an initial only when a name follows: "Donald J. Trump", but
  // "so do I." and "Plan B." end with a period token.
  bool initial_before_name(std::size_t pos) const {
    std::size_t next = pos;
    while (next < text_.size() && (text_[next] == ' ' || text_[next] == '\t' || text_[next] == '\n')) ++next;
    return next > pos && next < text_.size() && is_upper(decode(text_, next).value);
  }

  void split_word(std::size_t start, std::size_t end) {
    const std::string_view word = text_.substr(start, end - start);
    // EWT splits these fused forms into two words.
    if (equals_lower(word, "cannot")) return emit(start, start + 3), emit(start + 3, end);
    if (equals_lower(word, "gonna") || equals_lower(word, "wanna") || equals_lower(word, "gotta"))
      return emit(start, start + 3), emit(start + 3, end);
    // The last apostrophe: ASCII ' or U+2019 (E2 80 99).
    std::size_t apostrophe = std::string_view::npos;
    std::size_t apostrophe_length = 0;
    for (std::size_t i = word.size(); i-- > 0;) {
      if (word[i] == '\'') {
        apostrophe = i, apostrophe_length = 1;
        break;
      }
      if (word[i] == '\xE2' && i + 2 < word.size() && word[i + 1] == '\x80' && word[i + 2] == '\x99') {
        apostrophe = i, apostrophe_length = 3;
        break;
      }
    }
    if (apostrophe != std::string_view::npos && apostrophe > 0) {
      const std::string_view suffix = word.substr(apostrophe + apostrophe_length);
      if (is_clitic_suffix(suffix))
        return emit(start, start + apostrophe), emit(start + apostrophe, end);
      if (equals_lower(suffix, "t") && apostrophe > 1 && lower_ascii(word[apostrophe - 1]) == 'n')
        return emit(start, start + apostrophe - 1), emit(start + apostrophe - 1, end);
    }
    emit(start, end);
  }

  std::size_t punctuation(std::size_t start, CodePoint cp) {
    const UChar32 c = cp.value;
    std::size_t end = start + cp.length;
    if (c == '!' || c == '?') {
      // "?!" and "!!!" are single tokens.
      while (end < text_.size() && (text_[end] == '!' || text_[end] == '?')) ++end;
    } else if (c < 0x80 && c > 0x20 && std::string_view(".-*=_~#$<>+^|").find(static_cast<char>(c)) != std::string_view::npos) {
      // A run of the same mark is one token, as in EWT: "...", "--", "***", "=====", "$$$", "<<".
      while (end < text_.size() && text_[end] == static_cast<char>(c)) ++end;
    } else if (is_apostrophe(c)) {
      // A clitic written apart from its host ("China ’s") is still the clitic.
      std::size_t letters = end;
      while (letters < text_.size() && (text_[letters] | 0x20) >= 'a' && (text_[letters] | 0x20) <= 'z')
        ++letters;
      if (letters > end && !is_word(at(letters)) && is_clitic_suffix(text_.substr(end, letters - end)))
        end = letters;
    } else if (c < 0) {
      Token token;
      token.form = "\xEF\xBF\xBD";  // U+FFFD for an invalid byte
      token.start = static_cast<std::uint32_t>(start);
      token.end = static_cast<std::uint32_t>(end);
      out_.push_back(std::move(token));
      return end;
    }
    emit(start, end);
    return end;
  }

  std::string_view text_;
  std::vector<Token>& out_;
  mutable std::size_t no_email_until_ = 0;
};

}  // namespace

void tokenize_range(std::string_view text, std::size_t begin, std::size_t end, std::vector<Token>& out) {
  if (end > text.size()) end = text.size();
  if (begin >= end) return;
  // English averages about six bytes per token; growing the vector of (large) tokens costs more than
  // tokenising, so reserve up front.
  out.reserve(out.size() + (end - begin) / 5 + 8);
  Scanner(text, end, out).run(begin);
}

std::string normalise_form(std::string_view bytes) {
  bool ascii = true;
  for (char c : bytes) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return std::string(bytes);
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(bytes.data(), static_cast<int32_t>(bytes.size())));
  for (int32_t i = 0; i < text.length(); ++i) {
    const char16_t c = text.charAt(i);
    if (c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x201B || c == 0x2032) text.setCharAt(i, u'\'');
    else if (c == 0x201C || c == 0x201D || c == 0x201E || c == 0x201F || c == 0x2033) text.setCharAt(i, u'"');
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  std::string out;
  if (U_SUCCESS(status)) {
    icu::UnicodeString normal = nfc->normalize(text, status);
    if (U_SUCCESS(status)) text = std::move(normal);
  }
  text.toUTF8String(out);
  return out;
}

}  // namespace parley::text::internal
