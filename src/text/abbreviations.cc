#include "text/abbreviations.h"

#include <algorithm>
#include <array>

namespace parley::text::internal {
namespace {

struct Entry {
  std::string_view word;  // without the final period
  AbbreviationKind kind;
};

using K = AbbreviationKind;

// Sorted by word (checked in a test through abbreviation_kind on every entry).
constexpr Entry kEntries[] = {
    {"Adm", K::kPrefix},  {"Amb", K::kPrefix},   {"Apr", K::kMonth},   {"Assn", K::kOther},
    {"Aug", K::kMonth},   {"Ave", K::kOther},    {"Blvd", K::kOther},  {"Brig", K::kPrefix},
    {"Bros", K::kOther},  {"Capt", K::kPrefix},  {"Cmdr", K::kPrefix}, {"Co", K::kOther},
    {"Col", K::kPrefix},  {"Corp", K::kOther},   {"Cpl", K::kPrefix},  {"Dec", K::kMonth},
    {"Dept", K::kOther},  {"Dr", K::kPrefix},    {"Esq", K::kOther},   {"Feb", K::kMonth},
    {"Fr", K::kPrefix},   {"Ft", K::kPrefix},    {"Gen", K::kPrefix},  {"Gov", K::kPrefix},
    {"Hon", K::kPrefix},  {"Inc", K::kOther},    {"Jan", K::kMonth},   {"Jr", K::kOther},
    {"Jul", K::kMonth},   {"Jun", K::kMonth},    {"Lt", K::kPrefix},   {"Ltd", K::kOther},
    {"Maj", K::kPrefix},  {"Mar", K::kMonth},    {"Messrs", K::kPrefix}, {"Mr", K::kPrefix},
    {"Mrs", K::kPrefix},  {"Ms", K::kPrefix},    {"Mt", K::kPrefix},   {"No", K::kPrefix},
    {"Nos", K::kPrefix},  {"Nov", K::kMonth},    {"Oct", K::kMonth},   {"Ph.D", K::kOther},
    {"Pres", K::kPrefix}, {"Prof", K::kPrefix},  {"Pvt", K::kPrefix},  {"Rd", K::kOther},
    {"Rep", K::kPrefix},  {"Reps", K::kPrefix},  {"Rev", K::kPrefix},  {"Sen", K::kPrefix},
    {"Sens", K::kPrefix}, {"Sep", K::kMonth},    {"Sept", K::kMonth},  {"Sgt", K::kPrefix},
    {"Sr", K::kOther},    {"St", K::kPrefix},    {"Supt", K::kPrefix}, {"Univ", K::kOther},
    {"Vol", K::kPrefix},  {"approx", K::kPrefix}, {"cf", K::kPrefix},  {"est", K::kOther},
    {"etc", K::kOther},   {"vs", K::kPrefix},
};

constexpr std::string_view kStarters[] = {
    "A",        "According", "After",     "Also",     "Although",  "An",      "And",     "As",
    "At",       "Because",   "Before",    "Both",     "But",       "During",  "Each",    "Earlier",
    "For",      "From",      "He",        "Her",      "Here",      "His",     "How",     "However",
    "I",        "If",        "In",        "It",       "Its",       "Last",    "Later",   "Many",
    "Meanwhile", "Most",     "My",        "No",       "Now",       "On",      "Our",     "She",
    "Since",    "So",        "Some",      "That",     "The",       "Their",   "Then",    "There",
    "These",    "They",      "This",      "Those",    "Today",     "Under",   "We",      "What",
    "When",     "Where",     "Which",     "While",    "Who",       "Why",     "With",    "Yesterday",
    "You",
};

bool is_letter_ascii(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// "J.", "U.S.", "U.S.A.", "e.g.", "i.e.", "a.m.": single letters, each followed by a period. A lone
// lower-case letter ("a.") is not an initial: it ends sentences far more often than it abbreviates.
bool is_initials(std::string_view word) {
  if (word.size() < 2 || word.size() % 2 != 0) return false;
  for (std::size_t i = 0; i < word.size(); i += 2)
    if (!is_letter_ascii(word[i]) || word[i + 1] != '.') return false;
  return word.size() > 2 || (word[0] >= 'A' && word[0] <= 'Z');
}

}  // namespace

AbbreviationKind abbreviation_kind(std::string_view word) {
  if (word.size() < 2 || word.back() != '.') return K::kNone;
  if (is_initials(word)) {
    // "e.g." and "i.e." introduce what follows, like a title does.
    if (word == "e.g." || word == "i.e.") return K::kPrefix;
    return K::kOther;
  }
  const std::string_view stem = word.substr(0, word.size() - 1);
  const auto* end = std::end(kEntries);
  const auto* it = std::lower_bound(std::begin(kEntries), end, stem,
                                    [](const Entry& e, std::string_view w) { return e.word < w; });
  if (it != end && it->word == stem) return it->kind;
  return K::kNone;
}

bool is_sentence_starter(std::string_view word) {
  return std::binary_search(std::begin(kStarters), std::end(kStarters), word);
}

}  // namespace parley::text::internal
