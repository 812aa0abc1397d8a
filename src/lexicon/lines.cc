// Line handling shared by the three dictionary parsers: comments, trimming, splitting, problems.
#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/loader.h"
#include "text/text.h"

namespace parley::lexicon_internal {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r'; }

// A '#' starts a comment only at the start of a line or after a space, so that a phrase may contain
// one ("C#", "#MeToo" is a comment but "Channel#4" is not).
std::string_view strip_comment(std::string_view line) {
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '#' && (i == 0 || is_space(line[i - 1]))) return line.substr(0, i);
  }
  return line;
}

// A word written in mixed case, with a capital after its first letter ("LeT", Lashkar-e-Taiba), is
// matched as written, like an acronym: as a lower-case word it is another ("let").
bool mixed_case_word(std::string_view text) {
  if (text.size() < 2 || text.size() > 5 || text.find(' ') != std::string_view::npos) return false;
  if (!(text[0] >= 'A' && text[0] <= 'Z')) return false;
  bool lower = false;
  for (std::size_t i = 1; i < text.size(); ++i) {
    if (text[i] >= 'a' && text[i] <= 'z') lower = true;
    else if (text[i] >= 'A' && text[i] <= 'Z' && lower) return true;
  }
  return false;
}

// A phrase of capitals and digits (at least one capital), at most five bytes: "US", "PRC", "G7".
bool is_acronym(std::string_view text) {
  if (text.empty() || text.size() > 5) return false;
  bool letter = false;
  for (char c : text) {
    if (c >= 'A' && c <= 'Z') {
      letter = true;
    } else if (!(c >= '0' && c <= '9')) {
      return false;
    }
  }
  return letter;
}

}  // namespace

void Problems::add(std::string_view file, int line, std::string message) {
  ++total_;
  if (kept_.size() < kMaxKept) kept_.push_back(Problem{std::string(file), line, std::move(message)});
}

Status Problems::to_status() const {
  if (kept_.empty()) return Status::internal("no dictionary problems to report");
  std::string message = kept_.front().message;
  for (std::size_t i = 1; i < kept_.size(); ++i) {
    const Problem& p = kept_[i];
    message += '\n';
    message += rule_name(p.file, p.line);
    message += ": ";
    message += p.message;
  }
  if (total_ > kept_.size()) {
    message += "\n... and " + std::to_string(total_ - kept_.size()) + " more problems";
  }
  return Status::invalid_input(std::move(message), kept_.front().file, kept_.front().line);
}

std::string_view trim(std::string_view text) {
  std::size_t b = 0;
  std::size_t e = text.size();
  while (b < e && is_space(text[b])) ++b;
  while (e > b && is_space(text[e - 1])) --e;
  return text.substr(b, e - b);
}

std::vector<std::string_view> split(std::string_view text, char sep) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (;;) {
    std::size_t pos = text.find(sep, start);
    if (pos == std::string_view::npos) {
      out.push_back(text.substr(start));
      return out;
    }
    out.push_back(text.substr(start, pos - start));
    start = pos + 1;
  }
}

std::vector<std::string_view> split_words(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_space(text[i])) ++i;
    std::size_t start = i;
    while (i < text.size() && !is_space(text[i])) ++i;
    if (i > start) out.push_back(text.substr(start, i - start));
  }
  return out;
}

std::string rule_name(std::string_view file, int line) {
  std::string out(file);
  out += ':';
  out += std::to_string(line);
  return out;
}

bool is_code_groups(std::string_view code) {
  if (code.empty() || code.size() % 3 != 0) return false;
  for (char c : code)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

std::vector<Line> content_lines(const DictionarySource& source, Problems& problems) {
  std::string_view text = source.text;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::vector<Line> out;
  int number = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view raw = text.substr(start, end - start);
    start = end + 1;
    ++number;
    if (!text::valid_utf8(raw)) {
      problems.add(source.name, number, "invalid UTF-8");
      continue;
    }
    std::string_view content = trim(strip_comment(raw));
    if (!content.empty()) out.push_back(Line{number, content});
  }
  return out;
}

bool compile_phrase(std::string_view text, Phrase& out) {
  out.text = std::string(text);
  out.exact.clear();
  out.folded.clear();
  for (std::string& token : text::tokenize_phrase(text)) {
    if (token.empty()) continue;
    std::string folded = text::fold(token);
    // A token that folds to nothing (a lone combining mark) could never be compared sensibly.
    if (folded.empty()) continue;
    out.exact.push_back(std::move(token));
    out.folded.push_back(std::move(folded));
  }
  out.case_sensitive = is_acronym(text) || mixed_case_word(text);
  return !out.exact.empty();
}

void add_article_variants(std::vector<Phrase>& phrases) {
  const std::size_t given = phrases.size();
  std::set<std::string> seen;
  for (const Phrase& p : phrases) seen.insert(phrase_key(p));
  auto article = [](std::string_view folded) {
    return folded.size() > 3 && (folded.starts_with("al-") || folded.starts_with("el-"));
  };
  for (std::size_t i = 0; i < given; ++i) {
    if (std::none_of(phrases[i].folded.begin(), phrases[i].folded.end(), article)) continue;
    // Each spelling of the article, hyphenated or apart: "al-Bashir", "el-Bashir", "al Bashir", "El Bashir".
    for (std::string_view form : {"al-", "el-", "al", "el"}) {
      Phrase v;
      v.case_sensitive = phrases[i].case_sensitive;
      v.text = phrases[i].text;
      v.plural = phrases[i].plural;
      for (std::size_t k = 0; k < phrases[i].folded.size(); ++k) {
        const std::string& f = phrases[i].folded[k];
        const std::string& e = phrases[i].exact[k];
        if (!article(f)) {
          v.folded.push_back(f);
          v.exact.push_back(e);
        } else if (form.ends_with('-')) {
          v.folded.push_back(std::string(form) + f.substr(3));
          v.exact.push_back(std::string(form) + e.substr(3));
        } else {
          v.folded.emplace_back(form);
          v.exact.emplace_back(form);
          v.folded.push_back(f.substr(3));
          v.exact.push_back(e.substr(3));
        }
      }
      if (seen.insert(phrase_key(v)).second) phrases.push_back(std::move(v));
    }
  }
}

std::string phrase_key(const Phrase& p) {
  std::string key = p.case_sensitive ? "C" : "F";
  for (const std::string& t : p.case_sensitive ? p.exact : p.folded) {
    key += '\x1f';
    key += t;
  }
  return key;
}

}  // namespace parley::lexicon_internal
