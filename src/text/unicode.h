// Internal helpers for the text stage: UTF-8 decoding and the character classes the tokeniser and
// sentence splitter share. Header-only so the ASCII paths inline into the scanners.
#pragma once

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace parley::text::internal {

struct CodePoint {
  UChar32 value;  // negative for an invalid byte sequence
  int length;     // bytes consumed, >= 1 (an invalid sequence consumes at least one byte)
};

// Decodes the code point at `pos`. REQUIRES: pos < text.size().
inline CodePoint decode(std::string_view text, std::size_t pos) {
  const auto byte = static_cast<unsigned char>(text[pos]);
  if (byte < 0x80) return {byte, 1};
  // U8_NEXT takes int32 lengths; a code point is at most 4 bytes, so look at a small window only.
  const std::size_t window = text.size() - pos < 4 ? text.size() - pos : 4;
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data() + pos);
  std::int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(bytes, i, static_cast<std::int32_t>(window), c);
  return {c, i > 0 ? i : 1};
}

inline bool is_ascii_alnum(UChar32 c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Whitespace, control characters and invisible format characters separate tokens and are never part
// of one. NUL bytes and stray controls in input land here, so they cannot end up inside a form.
inline bool is_space(UChar32 c) {
  if (c < 0) return false;  // an invalid byte is a token of its own, not a separator
  if (c < 0x80) return c <= 0x20 || c == 0x7F;
  if (c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF) return true;
  if (c >= 0x80 && c < 0xA0) return true;  // C1 controls
  return u_isUWhiteSpace(c) != 0;
}

// Letters, digits and combining marks: what words are made of.
inline bool is_word(UChar32 c) {
  if (c < 0x80) return c >= 0 && is_ascii_alnum(c);
  if (c < 0) return false;
  if (u_hasBinaryProperty(c, UCHAR_ALPHABETIC) || u_isdigit(c)) return true;
  return (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

inline bool is_apostrophe(UChar32 c) { return c == '\'' || c == 0x2019; }

inline bool is_digit(UChar32 c) { return c >= '0' && c <= '9'; }

inline bool is_upper(UChar32 c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return c > 0 && u_isupper(c);
}

inline bool is_lower(UChar32 c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return c > 0 && u_islower(c);
}

}  // namespace parley::text::internal
