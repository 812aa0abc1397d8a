// The parley subcommands, each a function from parsed options to an exit code.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "parley/coder.h"

#ifndef PARLEY_CLI_VERSION
#define PARLEY_CLI_VERSION "0.1.0"
#endif

namespace parley::cli {

enum ExitCode { kOk = 0, kError = 1, kUsage = 2, kSkipped = 3 };

// The dictionaries of `dict` (default: parley's data/) compiled into a Coder; on failure, says why on
// stderr and returns null.
std::shared_ptr<const Coder> load_coder(const std::string& dict, const CoderOptions& options = {});

struct CodeOptions {
  std::vector<std::string> inputs;
  std::string date;
  int threads = 1;
  std::string format = "jsonl";
  std::string output = "-";
  std::string db;
  std::string dict;
  bool shallow = false;
  std::string model;
  bool stdin_jsonl = false;
  bool no_state_as_government = false;
  bool quiet = false;
  std::string bench_report;  // write timing and peak memory as JSON to this file
  bool report_unmatched = false;
};
int run_code(const CodeOptions& options);

struct StatsOptions {
  std::string db;
  bool all = false;
  int limit = 40;
};
int run_stats(const StatsOptions& options);

int run_codes(const std::string& code);

struct DictOptions {
  std::string dir;
  std::string phrase;
  std::string date;
  bool show_warnings = false;
};
int run_dict_check(const DictOptions& options);
int run_dict_stats(const DictOptions& options);
int run_dict_lookup(const DictOptions& options);

struct ParseOptions {
  std::vector<std::string> inputs;
  std::string conllu;  // re-tag and re-parse this pre-tokenised CoNLL-U file
  std::string eval;    // score on this gold CoNLL-U file
  std::string model;
  bool stdin_jsonl = false;
};
int run_parse(const ParseOptions& options);

struct ExplainOptions {
  std::string text;
  std::string date;
  std::string dict;
  bool shallow = false;
  std::string model;
};
int run_explain(const ExplainOptions& options);

struct ValidateOptions {
  std::string plover_gsr;
  std::string case2021;  // CASE 2021 task 2 snippets (TSV)
  std::string dict;
  std::string misses;  // write the records that missed or added something to this file
  bool shallow = false;
  std::string model;
};
int run_validate(const ValidateOptions& options);

}  // namespace parley::cli
