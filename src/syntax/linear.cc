// FrozenLinear::score, the inner loop of tagging and parsing (linear.h).
#include "syntax/linear.h"

#if defined(__x86_64__)
#include <immintrin.h>
#elif defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace parley::syntax {
namespace {

#if defined(__x86_64__) && defined(__GNUC__)
// Adds rows of 8 * Chunks int16 weights into 8 * Chunks int32 scores with AVX2, the sums kept in
// registers across the rows: two instructions per 8 weights instead of eleven with SSE2.
template <int Chunks>
__attribute__((target("avx2"))) void add_rows_avx2(const std::int16_t* const* rows, int count, std::int32_t* scores) {
  __m256i sum[Chunks];
  for (int c = 0; c < Chunks; ++c) sum[c] = _mm256_setzero_si256();
  for (int k = 0; k < count; ++k)
    for (int c = 0; c < Chunks; ++c)
      sum[c] = _mm256_add_epi32(
          sum[c], _mm256_cvtepi16_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(rows[k] + 8 * c))));
  for (int c = 0; c < Chunks; ++c) _mm256_storeu_si256(reinterpret_cast<__m256i*>(scores + 8 * c), sum[c]);
}

// add_rows_avx2 for this stride, or null when the processor lacks AVX2 or the stride has no version.
using AddRows = void (*)(const std::int16_t* const*, int, std::int32_t*);
AddRows avx2_adder(int stride) {
  static const bool avx2 = __builtin_cpu_supports("avx2");
  if (!avx2 || stride % 8 != 0) return nullptr;
  switch (stride / 8) {
    case 1: return add_rows_avx2<1>;
    case 2: return add_rows_avx2<2>;
    case 3: return add_rows_avx2<3>;
    case 4: return add_rows_avx2<4>;
    case 5: return add_rows_avx2<5>;
    case 6: return add_rows_avx2<6>;
    case 7: return add_rows_avx2<7>;
    case 8: return add_rows_avx2<8>;
    default: return nullptr;
  }
}
#else
using AddRows = void (*)(const std::int16_t* const*, int, std::int32_t*);
AddRows avx2_adder(int) { return nullptr; }
#endif

}  // namespace

// Built twice where the compiler can (x86-64 with ifunc support): once for any x86-64 and once for
// processors with POPCNT (every x86-64 made since about 2010), picked at load time. The rank in
// the bitmap is one instruction there instead of a dozen.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && defined(__linux__)
__attribute__((target_clones("popcnt", "default")))
#endif
void FrozenLinear::score(const std::uint64_t* keys, int n, std::int32_t* scores) const {
  std::fill(scores, scores + stride_, 0);
  if (n > kMaxFeatures) n = kMaxFeatures;
  if (!dense_.empty()) {  // make_dense: one 4-byte row per feature, present or not
    for (int i = 0; i < n; ++i) __builtin_prefetch(&dense_[std::size_t{row_of(keys[i], bits_)} * 4]);
    std::int32_t s0 = 0, s1 = 0, s2 = 0;
    for (int i = 0; i < n; ++i) {
      const std::uint8_t* row = &dense_[std::size_t{row_of(keys[i], bits_)} * 4];
      const std::int32_t multiplier = row[3];
      s0 += static_cast<std::int8_t>(row[0]) * multiplier;
      s1 += static_cast<std::int8_t>(row[1]) * multiplier;
      s2 += static_cast<std::int8_t>(row[2]) * multiplier;
    }
    const std::int32_t sums[3] = {s0, s1, s2};
    std::copy_n(sums, stride_, scores);
    return;
  }
  for (int i = 0; i < n; ++i) __builtin_prefetch(&blocks_[row_of(keys[i], bits_) >> 6]);
  const std::int16_t* rows[kMaxFeatures];
  int present = 0;
  for (int i = 0; i < n; ++i) {
    const std::uint32_t r = row_of(keys[i], bits_);
    const Block& block = blocks_[r >> 6];
    const std::uint64_t bit = std::uint64_t{1} << (r & 63);
    if (!(block.present & bit)) continue;
    const std::size_t index = block.before + static_cast<std::uint32_t>(__builtin_popcountll(block.present & (bit - 1)));
    rows[present] = &rows_[index * static_cast<std::size_t>(stride_)];
    __builtin_prefetch(rows[present]);
    ++present;
  }
  // The parser's three transitions: sum in registers, store once.
  if (stride_ == 3) {
    std::int32_t s0 = 0, s1 = 0, s2 = 0;
    for (int k = 0; k < present; ++k) {
      s0 += rows[k][0];
      s1 += rows[k][1];
      s2 += rows[k][2];
    }
    scores[0] = s0;
    scores[1] = s1;
    scores[2] = s2;
    return;
  }
  if (const AddRows add = avx2_adder(stride_)) {
    add(rows, present, scores);
    return;
  }
  for (int k = 0; k < present; ++k) {
    const std::int16_t* row = rows[k];
#if defined(__SSE2__)
    if (stride_ % 8 == 0) {
      for (int c = 0; c < stride_; c += 8) {
        const __m128i w = _mm_loadu_si128(reinterpret_cast<const __m128i*>(row + c));
        const __m128i low = _mm_srai_epi32(_mm_unpacklo_epi16(w, w), 16);  // sign-extend to int32
        const __m128i high = _mm_srai_epi32(_mm_unpackhi_epi16(w, w), 16);
        __m128i* out = reinterpret_cast<__m128i*>(scores + c);
        _mm_storeu_si128(out, _mm_add_epi32(_mm_loadu_si128(out), low));
        _mm_storeu_si128(out + 1, _mm_add_epi32(_mm_loadu_si128(out + 1), high));
      }
      continue;
    }
#endif
    for (int c = 0; c < classes_; ++c) scores[c] += row[c];
  }
}

}  // namespace parley::syntax
