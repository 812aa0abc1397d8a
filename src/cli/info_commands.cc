// stats, codes and dict: read-only views of the store, the codebook and the dictionaries.
#include <fmt/format.h>

#include <iostream>

#include "cli/commands.h"
#include "lexicon/check.h"
#include "lexicon/lookup.h"
#include "parley/codebook.h"
#include "parley/lexicon.h"
#include "parley/store.h"

namespace parley::cli {

int run_stats(const StatsOptions& options) {
  auto store = Store::open(options.db);
  if (!store.ok()) {
    std::cerr << "parley: " << store.status().to_string() << "\n";
    return kError;
  }
  auto stats = (*store)->stats(options.all);
  if (!stats.ok()) {
    std::cerr << "parley: " << stats.status().to_string() << "\n";
    return kError;
  }
  const Codebook& codebook = Codebook::cameo();
  std::cout << fmt::format("{} documents, {} sentences, {} events ({} counted{})\n\n", stats->documents,
                           stats->sentences, stats->events, stats->counted_events,
                           options.all ? "" : "; negated and hypothetical left out");
  std::cout << fmt::format("{:<12} {:<12} {:<4} {:<34} {:>4} {:>7} {:>9}\n", "source", "target", "root",
                           "name", "quad", "events", "goldstein");
  int rows = 0;
  for (const DyadCount& c : stats->by_dyad_root) {
    if (options.limit > 0 && rows++ >= options.limit) {
      std::cout << fmt::format("... {} more rows (--limit 0 shows all)\n",
                               stats->by_dyad_root.size() - static_cast<std::size_t>(options.limit));
      break;
    }
    const EventCode* root = codebook.find(c.root);
    std::string name = root ? std::string(root->name) : "";
    if (name.size() > 34) name = name.substr(0, 31) + "...";
    std::cout << fmt::format("{:<12} {:<12} {:<4} {:<34} {:>4} {:>7} {:>9.1f}\n", c.source, c.target, c.root,
                             name, c.quad, c.events, c.goldstein);
  }
  return kOk;
}

int run_codes(const std::string& code) {
  const Codebook& codebook = Codebook::cameo();
  auto print = [](const EventCode& c) {
    std::cout << fmt::format("{:<5} {:<60} quad {} goldstein {:>5.1f}  plover {}{}{}\n", c.code, c.name, c.quad,
                             c.goldstein, c.plover_type, c.plover_mode.empty() ? "" : "/", c.plover_mode);
  };
  if (!code.empty()) {
    const EventCode* c = codebook.find(code);
    if (c == nullptr) {
      std::cerr << "parley: '" << code << "' is not a CAMEO event code\n";
      return kError;
    }
    print(*c);
    if (!c->description.empty()) std::cout << "      " << c->description << "\n";
    return kOk;
  }
  for (const EventCode& c : codebook.all()) print(c);
  return kOk;
}

namespace {

Result<std::shared_ptr<const Lexicon>> load(const DictOptions& options) {
  return Lexicon::load_directory(options.dir.empty() ? default_data_dir() : options.dir);
}

}  // namespace

int run_dict_check(const DictOptions& options) {
  auto lexicon = load(options);
  if (!lexicon.ok()) {
    std::cout << lexicon.status().to_string() << "\n";
    std::cout << "dict check: FAILED (dictionaries do not load)\n";
    return kError;
  }
  auto findings = lexicon_internal::check_dictionaries((*lexicon)->compiled());
  int errors = 0, warnings = 0;
  for (const auto& f : findings) {
    const bool error = f.severity == lexicon_internal::Severity::kError;
    (error ? errors : warnings)++;
    if (error || options.show_warnings)
      std::cout << f.rule << ": " << lexicon_internal::severity_name(f.severity) << ": " << f.message << "\n";
  }
  const LexiconStats s = (*lexicon)->stats();
  std::cout << fmt::format("dict check: {} actor phrases, {} agent phrases, {} verb patterns; {} errors, {} warnings{}\n",
                           s.actor_phrases, s.agent_phrases, s.verb_patterns, errors, warnings,
                           options.show_warnings || warnings == 0 ? "" : " (--warnings lists them)");
  return errors > 0 ? kError : kOk;
}

int run_dict_stats(const DictOptions& options) {
  auto lexicon = load(options);
  if (!lexicon.ok()) {
    std::cerr << lexicon.status().to_string() << "\n";
    return kError;
  }
  const LexiconStats s = (*lexicon)->stats();
  std::cout << fmt::format("actor entries        {}\nactor phrases        {}\ndated codes          {}\n"
                           "agent phrases        {}\nverb patterns        {}\nevent codes covered  {} of {}\n",
                           s.actor_entries, s.actor_phrases, s.dated_codes, s.agent_phrases, s.verb_patterns,
                           s.event_codes_covered, Codebook::cameo().all().size());
  return kOk;
}

int run_dict_lookup(const DictOptions& options) {
  std::optional<Date> date;
  if (!options.date.empty()) {
    date = Date::parse_iso(options.date);
    if (!date) {
      std::cerr << "parley: --date '" << options.date << "' is not a date (expected YYYY-MM-DD)\n";
      return kUsage;
    }
  }
  auto lexicon = load(options);
  if (!lexicon.ok()) {
    std::cerr << lexicon.status().to_string() << "\n";
    return kError;
  }
  auto hits = lexicon_internal::lookup_phrase((*lexicon)->compiled(), options.phrase, date);
  if (hits.empty()) {
    std::cerr << "parley: no dictionary entry matches '" << options.phrase << "'\n";
    return kError;
  }
  for (const auto& h : hits)
    std::cout << (h.code.empty() ? "-" : h.code) << "\t" << h.phrase << "\t" << h.rule << "\n";
  return kOk;
}

}  // namespace parley::cli
