// Linear multi-class models over hashed features, as the tagger, parser and labeller use them.
//
// Features are 64-bit keys (template id mixed with atom ids, see features.h); a key's top `bits`
// bits pick a row of a table that holds one weight per class, contiguously ("class-major"), so one
// feature costs one cache line of class scores. Training uses floats with lazy averaging
// (TrainableLinear); the shipped model holds the averaged weights quantised to 16 bits
// (FrozenLinear), which is all inference touches.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

namespace parley::syntax {

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

// The shipped form: averaged weights, quantised to int16 with one scale per model. Scores are
// summed in int32 (argmax does not need the scale).
class FrozenLinear {
 public:
  FrozenLinear() = default;

  // Averages and quantises; entries whose magnitude is below `prune` (in weight units) become zero,
  // so they cost nothing in the file.
  static FrozenLinear from(const TrainableLinear& trained, float prune) {
    FrozenLinear out;
    out.bits_ = trained.bits();
    out.classes_ = trained.classes();
    float max_abs = 0.0f;
    std::vector<float> averaged(trained.size());
    for (std::size_t i = 0; i < averaged.size(); ++i) {
      averaged[i] = trained.averaged(i);
      max_abs = std::max(max_abs, std::fabs(averaged[i]));
    }
    out.scale_ = max_abs > 0 ? max_abs / 32000.0f : 1.0f;
    out.weights_.assign(averaged.size(), 0);
    for (std::size_t i = 0; i < averaged.size(); ++i) {
      if (std::fabs(averaged[i]) < prune) continue;
      out.weights_[i] = static_cast<std::int16_t>(std::lround(averaged[i] / out.scale_));
    }
    return out;
  }

  // An empty table of the given shape, to be filled by the model reader.
  static FrozenLinear empty(int bits, int classes, float scale) {
    FrozenLinear out;
    out.bits_ = bits;
    out.classes_ = classes;
    out.scale_ = scale;
    out.weights_.assign((std::size_t{1} << bits) * static_cast<std::size_t>(classes), 0);
    return out;
  }

  int bits() const { return bits_; }
  int classes() const { return classes_; }
  float scale() const { return scale_; }
  std::vector<std::int16_t>& weights() { return weights_; }
  const std::vector<std::int16_t>& weights() const { return weights_; }

  void score(const std::uint64_t* keys, int n, std::int32_t* scores) const {
    std::fill(scores, scores + classes_, 0);
    for (int i = 0; i < n; ++i) {
      const std::int16_t* row =
          &weights_[static_cast<std::size_t>(row_of(keys[i], bits_)) * static_cast<std::size_t>(classes_)];
      for (int c = 0; c < classes_; ++c) scores[c] += row[c];
    }
  }

 private:
  int bits_ = 0;
  int classes_ = 0;
  float scale_ = 1.0f;
  std::vector<std::int16_t> weights_;
};

}  // namespace parley::syntax
