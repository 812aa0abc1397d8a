// StringTable: an immutable-after-build, open-addressing map from strings to strings (or to a set
// membership), with every byte kept in one arena. Lookups take a string_view and never allocate,
// which is why the lemmatiser and the tagger's dictionaries use it instead of std::unordered_map.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace parley::syntax {

// 64-bit FNV-1a followed by a murmur finaliser: cheap, and good enough spread for power-of-two tables.
inline std::uint64_t hash_bytes(std::string_view s, std::uint64_t seed = 0) {
  std::uint64_t h = 1469598103934665603ULL ^ seed;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return h;
}

class StringTable {
 public:
  // Adds `key` -> `value` unless `key` is present already (the first value wins, as in WordNet's
  // exception files where the first listed base form is the usual one).
  void insert(std::string_view key, std::string_view value = {}) {
    if (find_slot(key) != kNone) return;
    if ((entries_.size() + 1) * 2 > slots_.size()) grow();
    Entry e;
    e.hash = hash_bytes(key);
    e.key_offset = static_cast<std::uint32_t>(arena_.size());
    e.key_length = static_cast<std::uint32_t>(key.size());
    arena_.append(key);
    e.value_offset = static_cast<std::uint32_t>(arena_.size());
    e.value_length = static_cast<std::uint32_t>(value.size());
    arena_.append(value);
    entries_.push_back(e);
    place(static_cast<std::uint32_t>(entries_.size() - 1));
  }

  // Room for `entries` keys of `bytes` bytes in all, so that building a big table does not rehash.
  void reserve(std::size_t entries, std::size_t bytes) {
    entries_.reserve(entries);
    arena_.reserve(bytes);
    std::size_t slots = slots_.empty() ? 64 : slots_.size();
    while (slots < entries * 2) slots *= 2;
    if (slots != slots_.size()) {
      slots_.assign(slots, kNone);
      for (std::uint32_t i = 0; i < entries_.size(); ++i) place(i);
    }
  }

  bool contains(std::string_view key) const { return find_slot(key) != kNone; }

  // The bytes of the value stored for `key`, to update in place (same length), or nullptr when
  // `key` is absent. Valid until the next insert.
  char* find_mutable(std::string_view key) {
    const std::uint32_t index = find_slot(key);
    return index == kNone ? nullptr : arena_.data() + entries_[index].value_offset;
  }

  // The value stored for `key`; `found` tells an empty value apart from a missing key. The view lives
  // as long as the table.
  std::string_view find(std::string_view key, bool* found = nullptr) const {
    const std::uint32_t index = find_slot(key);
    if (found) *found = index != kNone;
    if (index == kNone) return {};
    const Entry& e = entries_[index];
    return std::string_view(arena_).substr(e.value_offset, e.value_length);
  }

  std::size_t size() const { return entries_.size(); }

 private:
  static constexpr std::uint32_t kNone = 0xffffffffu;
  struct Entry {
    std::uint64_t hash;
    std::uint32_t key_offset, key_length, value_offset, value_length;
  };

  std::uint32_t find_slot(std::string_view key) const {
    if (slots_.empty()) return kNone;
    const std::uint64_t h = hash_bytes(key);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const std::uint32_t index = slots_[i];
      if (index == kNone) return kNone;
      const Entry& e = entries_[index];
      if (e.hash == h && std::string_view(arena_).substr(e.key_offset, e.key_length) == key) return index;
    }
  }
  void place(std::uint32_t index) {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = entries_[index].hash & mask;; i = (i + 1) & mask) {
      if (slots_[i] == kNone) {
        slots_[i] = index;
        return;
      }
    }
  }
  void grow() {
    slots_.assign(slots_.empty() ? 64 : slots_.size() * 2, kNone);
    for (std::uint32_t i = 0; i < entries_.size(); ++i) place(i);
  }

  std::string arena_;
  std::vector<Entry> entries_;
  std::vector<std::uint32_t> slots_;
};

}  // namespace parley::syntax
