// Linear multi-class models over hashed features, as the tagger, parser and labeller use them.
//
// Features are 64-bit keys (template id mixed with atom ids, see features.h); a key's top `bits`
// bits pick a row of a table that holds one weight per class, contiguously ("class-major"), so one
// feature costs one cache line of class scores. Training uses floats with lazy averaging
// (TrainableLinear); the shipped model holds the averaged weights quantised to 16 bits
// (FrozenLinear), which is all inference touches.
#pragma once

#include <sys/mman.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <new>
#include <string>
#include <vector>

namespace parley::syntax {

// Population count without relying on -mpopcnt (the portable build would call libgcc).
inline int popcount64(std::uint64_t x) {
  x = x - ((x >> 1) & 0x5555555555555555ULL);
  x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
  x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0fULL;
  return static_cast<int>((x * 0x0101010101010101ULL) >> 56);
}

// Allocates arrays of 2 MB and more on 2 MB boundaries and asks the kernel for transparent huge
// pages there (madvise): the weight tables (40 MB in all) are read at random, one row per feature,
// and with 4 KB pages nearly every read also misses the TLB. Smaller arrays come from the heap.
template <class T>
struct HugePageAllocator {
  using value_type = T;
  static constexpr std::size_t kHuge = std::size_t{2} << 20;
  HugePageAllocator() = default;
  template <class U>
  HugePageAllocator(const HugePageAllocator<U>&) {}  // NOLINT(google-explicit-constructor): allocator rebind
  T* allocate(std::size_t n) {
    const std::size_t bytes = n * sizeof(T);
    if (bytes < kHuge) return std::allocator<T>{}.allocate(n);
    const std::size_t rounded = (bytes + kHuge - 1) / kHuge * kHuge;
    void* p = std::aligned_alloc(kHuge, rounded);
    if (p == nullptr) throw std::bad_alloc();
#if defined(MADV_HUGEPAGE)
    ::madvise(p, rounded, MADV_HUGEPAGE);  // advice only: without huge pages it still works
#endif
    return static_cast<T*>(p);
  }
  void deallocate(T* p, std::size_t n) {
    if (n * sizeof(T) < kHuge) std::allocator<T>{}.deallocate(p, n);
    else std::free(p);
  }
  friend bool operator==(const HugePageAllocator&, const HugePageAllocator&) { return true; }
};

inline std::uint32_t row_of(std::uint64_t key, int bits) { return static_cast<std::uint32_t>(key >> (64 - bits)); }

// The averaged perceptron (Collins 2002) with the "w - u / c" averaging trick (Daume III), so each
// update touches only the classes involved.
class TrainableLinear {
 public:
  TrainableLinear(int bits, int classes)
      : bits_(bits), classes_(classes),
        weights_((std::size_t{1} << bits) * static_cast<std::size_t>(classes), 0.0f),
        sums_(weights_.size(), 0.0) {}

  int bits() const { return bits_; }
  int classes() const { return classes_; }

  void score(const std::uint64_t* keys, int n, float* scores) const {
    std::fill(scores, scores + classes_, 0.0f);
    for (int i = 0; i < n; ++i) {
      const float* row = &weights_[static_cast<std::size_t>(row_of(keys[i], bits_)) * static_cast<std::size_t>(classes_)];
      for (int c = 0; c < classes_; ++c) scores[c] += row[c];
    }
  }

  // Call once per training example, before any update for it.
  void tick() { ++clock_; }

  // Rewards `gold`, penalises `predicted` on every feature.
  void update(const std::uint64_t* keys, int n, int gold, int predicted) {
    if (gold == predicted) return;
    for (int i = 0; i < n; ++i) {
      const std::size_t base = static_cast<std::size_t>(row_of(keys[i], bits_)) * static_cast<std::size_t>(classes_);
      weights_[base + static_cast<std::size_t>(gold)] += 1.0f;
      sums_[base + static_cast<std::size_t>(gold)] += static_cast<double>(clock_);
      weights_[base + static_cast<std::size_t>(predicted)] -= 1.0f;
      sums_[base + static_cast<std::size_t>(predicted)] -= static_cast<double>(clock_);
    }
  }

  // All averaged weights, in table order.
  std::vector<float> averaged_weights() const {
    std::vector<float> out(weights_.size());
    for (std::size_t i = 0; i < out.size(); ++i) out[i] = averaged(i);
    return out;
  }
  // The averaged weight of one table entry.
  float averaged(std::size_t index) const {
    if (clock_ == 0) return 0.0f;
    return static_cast<float>(static_cast<double>(weights_[index]) - sums_[index] / static_cast<double>(clock_));
  }
  std::size_t size() const { return weights_.size(); }

 private:
  int bits_;
  int classes_;
  std::vector<float> weights_;
  std::vector<double> sums_;
  std::uint64_t clock_ = 0;
};

// The shipped form: averaged weights, quantised to int16 with one scale per model, and only the
// rows that hold a non-zero weight. A bitmap over all 2^bits rows (with a running count per 64 rows)
// says whether a feature's row exists and where it sits, so an absent feature costs a look at the
// small bitmap instead of a cache miss in a big table. Scores are summed in int32 (argmax does not
// need the scale).
class FrozenLinear {
 public:
  struct Block {
    std::uint64_t present = 0;  // bit k: row (block * 64 + k) exists
    std::uint32_t before = 0;   // rows present in earlier blocks
    std::uint32_t unused = 0;
  };

  FrozenLinear() = default;

  // Averages and quantises; rows whose weights are all below `prune` (in weight units) are dropped.
  static FrozenLinear from(const TrainableLinear& trained, float prune) {
    return from_weights(trained.bits(), trained.classes(), trained.averaged_weights(), prune);
  }
  // The same from weights already averaged (2^bits rows of `classes` weights).
  static FrozenLinear from_weights(int bits, int classes_count, const std::vector<float>& averaged, float prune) {
    const std::size_t classes = static_cast<std::size_t>(classes_count);
    const std::size_t rows = std::size_t{1} << bits;
    float max_abs = 0.0f;
    for (float v : averaged) max_abs = std::max(max_abs, std::fabs(v));
    FrozenLinear out = empty(bits, classes_count, max_abs > 0 ? max_abs / 32000.0f : 1.0f);
    std::vector<std::int16_t> row(classes);
    for (std::size_t r = 0; r < rows; ++r) {
      bool any = false;
      for (std::size_t c = 0; c < classes; ++c) {
        const float v = averaged[r * classes + c];
        row[c] = std::fabs(v) < prune ? 0 : static_cast<std::int16_t>(std::lround(v / out.scale_));
        any = any || row[c] != 0;
      }
      if (any) out.append_row(static_cast<std::uint32_t>(r), row.data());
    }
    out.finish();
    return out;
  }

  // A table of the given shape without rows; fill with append_row in increasing row order.
  static FrozenLinear empty(int bits, int classes, float scale) {
    FrozenLinear out;
    out.bits_ = bits;
    out.classes_ = classes;
    out.scale_ = scale;
    // Rows are padded to a multiple of 8 classes so that scoring adds 8 weights per instruction.
    out.stride_ = classes >= 8 ? (classes + 7) / 8 * 8 : classes;
    out.blocks_.assign(((std::size_t{1} << bits) + 63) / 64, Block{});
    return out;
  }

  // REQUIRES: `row` greater than every row appended before, and < 2^bits.
  void append_row(std::uint32_t row, const std::int16_t* weights) {
    Block& block = blocks_[row >> 6];
    block.present |= std::uint64_t{1} << (row & 63);
    rows_.insert(rows_.end(), weights, weights + classes_);
    rows_.resize(rows_.size() + static_cast<std::size_t>(stride_ - classes_), 0);
    ++row_count_;
  }
  // Recomputes the per-block running counts; call after the last append_row.
  void finish() {
    std::uint32_t before = 0;
    for (Block& b : blocks_) {
      b.before = before;
      before += static_cast<std::uint32_t>(popcount64(b.present));
    }
  }

  int bits() const { return bits_; }
  int classes() const { return classes_; }
  // Scores buffers passed to score() must hold at least stride() entries.
  int stride() const { return stride_; }
  float scale() const { return scale_; }
  std::size_t row_count() const { return row_count_; }
  const std::vector<Block>& blocks() const { return blocks_; }
  const std::int16_t* row_weights(std::size_t index) const { return &rows_[index * static_cast<std::size_t>(stride_)]; }

  // For tables of at most three classes (the parser's transitions): a second copy of the weights
  // that score() reads instead, one 4-byte row for every possible row, three int8 weights and a
  // whole-number multiplier (the row's largest weight / 127, rounded up), so that a feature costs
  // one memory access instead of a bitmap block and a row. 8 MB for the parser's 2^21 rows; scores
  // move by at most half a multiplier per weight (EWT dev UAS 84.32 -> 84.31, LAS 80.78 -> 80.77;
  // test unchanged). The 16-bit rows stay, for serialize(). Called on a model read from a file.
  void make_dense() {
    if (classes_ > 3 || !dense_.empty()) return;
    dense_.assign((std::size_t{1} << bits_) * 4, 0);
    std::size_t index = 0;
    for (std::size_t b = 0; b < blocks_.size(); ++b)
      for (std::uint64_t bits = blocks_[b].present; bits != 0; bits &= bits - 1, ++index) {
        const std::size_t row = b * 64 + static_cast<std::size_t>(__builtin_ctzll(bits));
        const std::int16_t* w = &rows_[index * static_cast<std::size_t>(stride_)];
        int largest = 0;
        for (int c = 0; c < classes_; ++c) largest = std::max(largest, std::abs(static_cast<int>(w[c])));
        const int multiplier = std::clamp((largest + 126) / 127, 1, 255);
        for (int c = 0; c < classes_; ++c) {
          const long q = std::clamp(std::lround(static_cast<double>(w[c]) / multiplier), -127L, 127L);
          dense_[row * 4 + static_cast<std::size_t>(c)] = static_cast<std::uint8_t>(static_cast<std::int8_t>(q));
        }
        dense_[row * 4 + 3] = static_cast<std::uint8_t>(multiplier);
      }
  }

  // Sums the rows of the present features into scores[0, stride()). REQUIRES: n <= kMaxFeatures.
  // Three passes so that the cache misses overlap instead of queueing one after another: prefetch
  // every bitmap block, then find and prefetch every present row, then add the rows. (A dense
  // table, make_dense, needs two: prefetch every row, then add.)
  static constexpr int kMaxFeatures = 128;
  void score(const std::uint64_t* keys, int n, std::int32_t* scores) const;

 private:
  int bits_ = 0;
  int classes_ = 0;
  int stride_ = 0;
  float scale_ = 1.0f;
  std::vector<Block> blocks_;
  std::vector<std::int16_t, HugePageAllocator<std::int16_t>> rows_;
  std::size_t row_count_ = 0;
  std::vector<std::uint8_t, HugePageAllocator<std::uint8_t>> dense_;  // make_dense: 4 bytes per row
};

}  // namespace parley::syntax
