// fold() and valid_utf8(): the matching key of a token, and the UTF-8 check readers rely on.
#include <unicode/locid.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

#include "text/text.h"

namespace parley::text {
namespace {

// Removes diacritics: "Türkiye" -> "Turkiye". One per thread: Transliterator isn't thread-safe and is
// costly to build. Null if ICU data lacks the rule (then diacritics stay; matching still works for
// ASCII dictionaries).
icu::Transliterator* diacritic_remover() {
  thread_local std::unique_ptr<icu::Transliterator> remover = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
        "NFD; [:Nonspacing Mark:] Remove; NFC", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) t.reset();
    return t;
  }();
  return remover.get();
}

char16_t ascii_equivalent(char16_t c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: return u'\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: return u'"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: return u'-';
    default: return c;
  }
}

}  // namespace

std::string fold(std::string_view token) {
  bool ascii = true;
  for (char c : token) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    std::string out(token);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(token.data(), static_cast<int32_t>(token.size())));
  for (int32_t i = 0; i < text.length(); ++i) {
    const char16_t c = text.charAt(i);
    const char16_t a = ascii_equivalent(c);
    if (a != c) text.setCharAt(i, a);
  }
  // Lower-case before removing marks: "İ" lower-cases to "i" + U+0307, and the mark then goes.
  text.toLower(icu::Locale::getRoot());
  if (icu::Transliterator* remover = diacritic_remover()) remover->transliterate(text);
  std::string out;
  text.toUTF8String(out);
  return out;
}

std::string ascii_letters(std::string_view token) {
  // Only Latin letters with marks can lose them (UTF-8 lead bytes 0xC3-0xC9 and 0xE1, Latin Extended
  // Additional); punctuation such as "’" or "“" (0xE2 ...) is returned at once, without ICU.
  if (std::none_of(token.begin(), token.end(), [](char c) {
        const auto b = static_cast<unsigned char>(c);
        return (b >= 0xC3 && b <= 0xC9) || b == 0xE1;
      }))
    return std::string(token);
  icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(token.data(), static_cast<int32_t>(token.size())));
  if (icu::Transliterator* remover = diacritic_remover()) remover->transliterate(text);
  std::string out;
  text.toUTF8String(out);
  if (std::any_of(out.begin(), out.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
    return std::string(token);
  return out;
}

bool valid_utf8(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char b = p[i];
    if (b < 0x80) {
      ++i;
      continue;
    }
    std::size_t length;
    unsigned char low = 0x80, high = 0xBF;  // bounds for the second byte
    if (b >= 0xC2 && b <= 0xDF) {
      length = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
      length = 3;
      if (b == 0xE0) low = 0xA0;         // no overlongs
      if (b == 0xED) high = 0x9F;        // no surrogates
    } else if (b >= 0xF0 && b <= 0xF4) {
      length = 4;
      if (b == 0xF0) low = 0x90;         // no overlongs
      if (b == 0xF4) high = 0x8F;        // nothing above U+10FFFF
    } else {
      return false;
    }
    if (n - i < length) return false;
    if (p[i + 1] < low || p[i + 1] > high) return false;
    for (std::size_t k = 2; k < length; ++k)
      if (p[i + k] < 0x80 || p[i + k] > 0xBF) return false;
    i += length;
  }
  return true;
}

}  // namespace parley::text
