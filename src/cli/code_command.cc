#include <fmt/format.h>
#include <sys/resource.h>

#include <chrono>
#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>

#include "cli/commands.h"
#include "io/reader.h"
#include "parley/coder.h"
#include "parley/lexicon.h"
#include "parley/pipeline.h"
#include "parley/store.h"
#include "parley/writer.h"

namespace parley::cli {

int run_code(const CodeOptions& options) {
  io::ReadOptions read_options;
  if (!options.date.empty()) {
    read_options.default_date = Date::parse_iso(options.date);
    if (!read_options.default_date) {
      std::cerr << "parley: --date '" << options.date << "' is not a date (expected YYYY-MM-DD)\n";
      return kUsage;
    }
  }
  const auto started = std::chrono::steady_clock::now();
  CoderOptions coder_options;
  coder_options.shallow = options.shallow;
  coder_options.model_path = options.model;
  coder_options.state_as_government = !options.no_state_as_government;
  coder_options.report_unmatched = options.report_unmatched;
  auto coder = load_coder(options.dict, coder_options);
  const auto loaded = std::chrono::steady_clock::now();
  if (!coder) return kError;

  std::ofstream file;
  std::ostream* out = &std::cout;
  if (!options.output.empty() && options.output != "-") {
    file.open(options.output, std::ios::binary | std::ios::trunc);
    if (!file) {
      std::cerr << "parley: cannot write " << options.output << "\n";
      return kError;
    }
    out = &file;
  }
  auto writer = make_writer(options.format, *out);
  if (!writer.ok()) {
    std::cerr << "parley: " << writer.status().to_string() << "\n";
    return kUsage;
  }
  std::unique_ptr<Store> store;
  if (!options.db.empty()) {
    auto opened = Store::open(options.db);
    if (!opened.ok()) {
      std::cerr << "parley: " << opened.status().to_string() << "\n";
      return kError;
    }
    store = std::move(opened).value();
  }

  io::ReadSummary summary;
  std::size_t sentences = 0, events = 0;
  std::map<std::string, long> unmatched_names, unmatched_predicates, unmatched_subjects;
  long subject_names = 0, subject_names_resolved = 0;
  bool store_failed = false;
  code_documents(
      *coder, options.threads,
      [&](const std::function<void(Document&&)>& emit) {
        summary = io::read_documents(options.inputs, read_options, options.stdin_jsonl, emit,
                                     [](const Status& problem) {
                                       std::cerr << "parley: skipped: " << problem.to_string() << "\n";
                                     });
      },
      [&](CodedDocument&& coded) {
        sentences += coded.sentences.size();
        events += coded.events.size();
        for (const auto& n : coded.unmatched.names) ++unmatched_names[n];
        for (const auto& p : coded.unmatched.predicates) ++unmatched_predicates[p];
        for (const auto& n : coded.unmatched.subjects) ++unmatched_subjects[n];
        subject_names += coded.unmatched.subject_names;
        subject_names_resolved += coded.unmatched.subject_names_resolved;
        (*writer)->write(coded);
        if (store && !store_failed) {
          if (Status s = store->put(coded); !s) {
            std::cerr << "parley: " << s.to_string() << "\n";
            store_failed = true;
          }
        }
      });
  (*writer)->finish();
  if (store && !store_failed) {
    if (Status s = store->flush(); !s) {
      std::cerr << "parley: " << s.to_string() << "\n";
      store_failed = true;
    }
  }
  const auto finished = std::chrono::steady_clock::now();
  const double seconds = std::chrono::duration<double>(finished - started).count();
  if (!options.quiet) {
    std::cerr << fmt::format("parley: {} documents, {} sentences, {} events, {} skipped in {:.2f} s\n",
                             summary.documents, sentences, events, summary.skipped, seconds);
  }
  if (options.report_unmatched) {
    auto top = [](const std::map<std::string, long>& counts, const char* title) {
      std::vector<std::pair<long, std::string>> rows;
      for (const auto& [k, v] : counts) rows.emplace_back(-v, k);
      std::sort(rows.begin(), rows.end());
      std::cerr << title << " (" << counts.size() << " distinct; most frequent first)\n";
      for (std::size_t i = 0; i < rows.size() && i < 50; ++i)
        std::cerr << fmt::format("  {:>6}  {}\n", -rows[i].first, rows[i].second);
    };
    top(unmatched_names, "names that matched no actor");
    top(unmatched_predicates, "verbs after a subject that matched no pattern");
    top(unmatched_subjects, "person names in subject position without an actor code");
    std::cerr << fmt::format("person names in subject position: {} of {} resolved ({:.1f}%)\n",
                             subject_names_resolved, subject_names,
                             subject_names ? 100.0 * subject_names_resolved / subject_names : 0.0);
  }
  if (!options.bench_report.empty()) {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::ofstream report(options.bench_report);
    report << fmt::format(
        "{{\"documents\": {}, \"sentences\": {}, \"events\": {}, \"load_seconds\": {:.6f}, "
        "\"coding_seconds\": {:.6f}, \"peak_rss_mb\": {:.1f}}}\n",
        summary.documents, sentences, events, std::chrono::duration<double>(loaded - started).count(),
        std::chrono::duration<double>(finished - loaded).count(), usage.ru_maxrss / 1024.0);
  }
  if (store_failed || !*out) return kError;
  return summary.skipped > 0 ? kSkipped : kOk;
}

}  // namespace parley::cli
