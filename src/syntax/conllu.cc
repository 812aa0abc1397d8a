#include "syntax/conllu.h"

#include <charconv>
#include <fstream>
#include <sstream>

namespace parley::syntax {

namespace {

bool parse_int(std::string_view s, int& value) {
  if (s.empty() || s.size() > 9) return false;
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  return ec == std::errc() && ptr == s.data() + s.size();
}

// Splits on tabs into exactly 10 fields; returns false otherwise.
bool split_fields(std::string_view line, std::string_view (&fields)[10]) {
  std::size_t count = 0, start = 0;
  for (std::size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || line[i] == '\t') {
      if (count == 10) return false;
      fields[count++] = line.substr(start, i - start);
      start = i + 1;
    }
  }
  return count == 10;
}

}  // namespace

Status ConlluReader::next(ConlluSentence& out, bool* done) {
  out.comments.clear();
  out.words.clear();
  out.multiwords.clear();
  *done = false;
  std::string line;
  Status error;
  bool any = false;
  int first_line = 0;
  while (std::getline(in_, line)) {
    ++line_number_;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (!any) continue;  // extra blank lines between sentences are tolerated
      break;
    }
    if (!any) first_line = line_number_;
    any = true;
    if (!error.is_ok()) continue;  // skip the rest of a bad sentence
    if (line[0] == '#') {
      if (!out.words.empty()) {
        error = Status::invalid_input("comment line inside a sentence", name_, line_number_);
        continue;
      }
      out.comments.push_back(line);
      continue;
    }
    std::string_view f[10];
    if (!split_fields(line, f)) {
      error = Status::invalid_input("expected 10 tab-separated columns", name_, line_number_);
      continue;
    }
    const std::string_view id = f[0];
    if (id.find('.') != std::string_view::npos) continue;  // empty node of the enhanced graph
    if (const std::size_t dash = id.find('-'); dash != std::string_view::npos) {
      ConlluMultiword mw;
      if (!parse_int(id.substr(0, dash), mw.first) || !parse_int(id.substr(dash + 1), mw.last) || mw.first < 1 ||
          mw.last < mw.first || mw.first != static_cast<int>(out.words.size()) + 1) {
        error = Status::invalid_input("bad multiword token range '" + std::string(id) + "'", name_, line_number_);
        continue;
      }
      mw.form = f[1];
      mw.misc = f[9];
      out.multiwords.push_back(std::move(mw));
      continue;
    }
    int number = 0;
    if (!parse_int(id, number) || number != static_cast<int>(out.words.size()) + 1) {
      error = Status::invalid_input("word id '" + std::string(id) + "' out of sequence (expected " +
                                        std::to_string(out.words.size() + 1) + ")",
                                    name_, line_number_);
      continue;
    }
    ConlluWord w;
    w.form = f[1];
    w.lemma = f[2];
    w.upos = f[3];
    w.xpos = f[4];
    w.feats = f[5];
    if (f[6] == "_") {
      w.head = -1;
    } else if (!parse_int(f[6], w.head) || w.head < 0) {
      error = Status::invalid_input("bad head '" + std::string(f[6]) + "'", name_, line_number_);
      continue;
    }
    w.deprel = f[7];
    w.deps = f[8];
    w.misc = f[9];
    if (w.form.empty()) {
      error = Status::invalid_input("empty FORM column", name_, line_number_);
      continue;
    }
    out.words.push_back(std::move(w));
  }
  if (!any) {
    *done = true;
    return Status::ok();
  }
  if (!error.is_ok()) return error;
  if (out.words.empty()) return Status::invalid_input("sentence without words", name_, first_line);
  const int n = static_cast<int>(out.words.size());
  for (const ConlluWord& w : out.words)
    if (w.head > n) return Status::invalid_input("head " + std::to_string(w.head) + " beyond the sentence", name_, first_line);
  for (const ConlluMultiword& mw : out.multiwords)
    if (mw.last > n) return Status::invalid_input("multiword range beyond the sentence", name_, first_line);
  return Status::ok();
}

namespace {
Result<std::vector<ConlluSentence>> read_all(std::istream& in, const std::string& name) {
  ConlluReader reader(in, name);
  std::vector<ConlluSentence> out;
  for (;;) {
    ConlluSentence s;
    bool done = false;
    if (Status st = reader.next(s, &done); !st.is_ok()) return st;
    if (done) break;
    out.push_back(std::move(s));
  }
  return out;
}
}  // namespace

Result<std::vector<ConlluSentence>> read_conllu_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::not_found("cannot open CoNLL-U file", path);
  return read_all(in, path);
}

Result<std::vector<ConlluSentence>> read_conllu_text(std::string_view text, const std::string& name) {
  std::istringstream in{std::string(text)};
  return read_all(in, name);
}

namespace {
void field(std::string& out, std::string_view value) { out.append(value.empty() ? std::string_view("_") : value); }
}  // namespace

void write_conllu(const ConlluSentence& sentence, std::string& out) {
  for (const std::string& c : sentence.comments) {
    out += c;
    out += '\n';
  }
  std::size_t next_mw = 0;
  for (std::size_t i = 0; i < sentence.words.size(); ++i) {
    const int id = static_cast<int>(i) + 1;
    while (next_mw < sentence.multiwords.size() && sentence.multiwords[next_mw].first == id) {
      const ConlluMultiword& mw = sentence.multiwords[next_mw++];
      out += std::to_string(mw.first) + "-" + std::to_string(mw.last) + "\t";
      field(out, mw.form);
      out += "\t_\t_\t_\t_\t_\t_\t_\t";
      field(out, mw.misc);
      out += '\n';
    }
    const ConlluWord& w = sentence.words[i];
    out += std::to_string(id);
    for (const std::string* s : {&w.form, &w.lemma, &w.upos, &w.xpos, &w.feats}) {
      out += '\t';
      field(out, *s);
    }
    out += '\t';
    out += w.head < 0 ? std::string("_") : std::to_string(w.head);
    for (const std::string* s : {&w.deprel, &w.deps, &w.misc}) {
      out += '\t';
      field(out, *s);
    }
    out += '\n';
  }
  out += '\n';
}

Sentence to_sentence(const ConlluSentence& in, bool with_spans) {
  Sentence out;
  out.tokens.reserve(in.words.size());
  std::uint32_t offset = 0;
  for (const ConlluWord& w : in.words) {
    Token t;
    t.form = w.form;
    if (with_spans) {
      t.start = offset;
      t.end = offset + static_cast<std::uint32_t>(w.form.size());
      offset = t.end + (w.misc.find("SpaceAfter=No") == std::string::npos ? 1 : 0);
    }
    t.upos = w.upos == "_" ? "" : w.upos;
    t.xpos = w.xpos == "_" ? "" : w.xpos;
    t.lemma = w.lemma == "_" ? "" : w.lemma;
    t.head = w.head <= 0 ? -1 : w.head - 1;
    t.deprel = w.deprel == "_" ? "" : w.deprel;
    out.tokens.push_back(std::move(t));
  }
  if (with_spans && !out.tokens.empty()) out.end = out.tokens.back().end;
  return out;
}

ConlluSentence from_sentence(const Sentence& in) {
  ConlluSentence out;
  out.words.reserve(in.tokens.size());
  for (const Token& t : in.tokens) {
    ConlluWord w;
    w.form = t.form;
    w.lemma = t.lemma;
    w.upos = t.upos;
    w.xpos = t.xpos;
    // -1 is the root once parsed, "no head yet" before: the relation tells which.
    w.head = (t.head < 0 && t.deprel.empty()) ? -1 : t.head + 1;
    w.deprel = t.deprel;
    out.words.push_back(std::move(w));
  }
  return out;
}

}  // namespace parley::syntax
