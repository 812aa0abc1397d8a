// The CAMEO 1.1b3 codebook: a compiled-in table sorted by code string, searched by binary search.
//
// The rows live in cameo_table.inc (see its header for sources and for the deliberate choices in the
// PLOVER crosswalk). The table is constexpr, so it sits in read-only data, needs no initialisation
// at start-up and is safe to read from any thread.
#include "parley/codebook.h"

#include <algorithm>
#include <array>
#include <iterator>

namespace parley {
namespace {

constexpr EventCode kCameoCodes[] = {
#include "cameo_table.inc"
};

// find() relies on this order; checking it at compile time means a bad edit to the table cannot ship.
constexpr bool sorted_and_unique() {
  for (std::size_t i = 1; i < std::size(kCameoCodes); ++i) {
    if (!(kCameoCodes[i - 1].code < kCameoCodes[i].code)) return false;
  }
  return true;
}
static_assert(sorted_and_unique(), "cameo_table.inc must be sorted by code string, without duplicates");

}  // namespace

const Codebook& Codebook::cameo() {
  static const Codebook codebook;
  return codebook;
}

const EventCode* Codebook::find(std::string_view code) const {
  const auto begin = std::begin(kCameoCodes);
  const auto end = std::end(kCameoCodes);
  const auto it = std::lower_bound(begin, end, code,
                                   [](const EventCode& row, std::string_view key) { return row.code < key; });
  if (it == end || it->code != code) return nullptr;
  return &*it;
}

std::span<const EventCode> Codebook::all() const { return std::span<const EventCode>(kCameoCodes); }

std::string Codebook::root_string(std::string_view code) {
  // Any string whose first two characters are a root 01..20 gets that root, so callers can ask about
  // codes from imported dictionaries before validating them; anything else gets "".
  if (code.size() < 2 || code[0] < '0' || code[0] > '2' || code[1] < '0' || code[1] > '9') return {};
  const int root = (code[0] - '0') * 10 + (code[1] - '0');
  if (root < 1 || root > 20) return {};
  return std::string(code.substr(0, 2));
}

}  // namespace parley
