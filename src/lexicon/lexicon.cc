// parley::Lexicon: loading dictionary files or in-memory sources into a Compiled, and its statistics.
#include "parley/lexicon.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <system_error>
#include <utility>

#include "lexicon/compiled.h"
#include "lexicon/loader.h"

namespace parley {
namespace {

namespace fs = std::filesystem;
using lexicon_internal::Compiled;
using lexicon_internal::Problems;

// A dictionary file larger than this is not a dictionary (the full shipped set is a few MiB).
constexpr std::uintmax_t kMaxFileBytes = 256u << 20;

std::optional<DictionaryKind> kind_of(const fs::path& path) {
  const std::string ext = path.extension().string();
  if (ext == ".actors") return DictionaryKind::kActors;
  if (ext == ".agents") return DictionaryKind::kAgents;
  if (ext == ".verbs") return DictionaryKind::kVerbs;
  return std::nullopt;
}

Status read_file(const fs::path& path, const std::string& name, std::string& out) {
  std::error_code ec;
  const std::uintmax_t size = fs::file_size(path, ec);
  if (ec) return Status::io_error("cannot read dictionary: " + ec.message(), name);
  if (size > kMaxFileBytes) return Status::invalid_input("dictionary file is too large", name);
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::io_error("cannot open dictionary", name);
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) return Status::io_error("cannot read dictionary", name);
  return Status::ok();
}

}  // namespace

Lexicon::Lexicon(std::unique_ptr<Compiled> compiled) : compiled_(std::move(compiled)) {}
Lexicon::~Lexicon() = default;

Result<std::shared_ptr<const Lexicon>> Lexicon::from_sources(const std::vector<DictionarySource>& sources) {
  Problems problems;
  std::unique_ptr<Compiled> compiled = lexicon_internal::compile_sources(sources, problems);
  if (!problems.empty()) return problems.to_status();
  return std::shared_ptr<const Lexicon>(new Lexicon(std::move(compiled)));
}

Result<std::shared_ptr<const Lexicon>> Lexicon::load_directory(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::not_found("no such dictionary directory", dir);

  struct Found {
    std::string name;  // relative to dir, '/'-separated: what rules cite
    fs::path path;
    DictionaryKind kind;
  };
  std::vector<Found> found;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  if (ec) return Status::io_error("cannot list dictionary directory: " + ec.message(), dir);
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) return Status::io_error("cannot list dictionary directory: " + ec.message(), dir);
    const fs::path& path = it->path();
    // Editor droppings (".#states.actors", ".states.actors.swp") are not dictionaries.
    const std::string filename = path.filename().string();
    if (filename.empty() || filename.front() == '.') continue;
    std::optional<DictionaryKind> kind = kind_of(path);
    if (!kind || !it->is_regular_file(ec)) continue;
    found.push_back(Found{path.lexically_relative(dir).generic_string(), path, *kind});
  }
  if (ec) return Status::io_error("cannot list dictionary directory: " + ec.message(), dir);
  if (found.empty()) return Status::not_found("no *.actors, *.agents or *.verbs files in directory", dir);
  std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.name < b.name; });

  std::vector<DictionarySource> sources;
  sources.reserve(found.size());
  for (Found& f : found) {
    DictionarySource source{f.kind, std::move(f.name), {}};
    Status read = read_file(f.path, source.name, source.text);
    if (!read) return read;
    sources.push_back(std::move(source));
  }
  return from_sources(sources);
}

LexiconStats Lexicon::stats() const {
  LexiconStats s;
  s.actor_entries = compiled_->actors.size();
  for (const auto& entry : compiled_->actors)
    for (const auto& code : entry.codes) s.dated_codes += code.dated() ? 1 : 0;
  // Phrases as written: generated agent plurals are not counted.
  for (const auto& phrase : compiled_->phrases) {
    if (phrase.actor >= 0) ++s.actor_phrases;
    if (phrase.agent >= 0 && !phrase.plural) ++s.agent_phrases;
  }
  s.verb_patterns = compiled_->patterns.size();
  std::set<std::string> codes;
  for (const auto& pattern : compiled_->patterns) codes.insert(pattern.code);
  s.event_codes_covered = codes.size();
  return s;
}

std::string default_data_dir() {
  if (const char* env = std::getenv("PARLEY_DATA"); env != nullptr && *env != '\0') return env;
#ifdef PARLEY_SOURCE_DATA_DIR
  std::error_code ec;
  if (fs::is_directory(PARLEY_SOURCE_DATA_DIR, ec)) return PARLEY_SOURCE_DATA_DIR;
#endif
#ifdef PARLEY_INSTALL_DATA_DIR
  return PARLEY_INSTALL_DATA_DIR;
#else
  return "/usr/local/share/parley";
#endif
}

}  // namespace parley
