// The parley command: a thin adapter from options to library calls. Exit codes: 0 success,
// 1 error (nothing or not everything could be done), 2 usage, 3 done but some input was skipped.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"parley: political event coder (CAMEO and PLOVER) for news and diplomatic readouts"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("parley ") + PARLEY_CLI_VERSION);

  parley::cli::CodeOptions code;
  auto* code_cmd = app.add_subcommand("code", "Code documents into events");
  code_cmd->add_option("inputs", code.inputs, "Files, directories or - for stdin")->required();
  code_cmd->add_option("--date", code.date, "Date for documents that give none (YYYY-MM-DD)");
  code_cmd->add_option("--threads", code.threads, "Worker threads")->check(CLI::Range(1, 256));
  code_cmd->add_option("--format", code.format, "Output format: jsonl, phoenix or plover")
      ->check(CLI::IsMember({"jsonl", "phoenix", "plover"}));
  code_cmd->add_option("-o,--output", code.output, "Write events to FILE (default stdout; - for stdout)");
  code_cmd->add_option("--db", code.db, "Also store documents, sentences and events in this SQLite file");
  code_cmd->add_option("--dict", code.dict, "Dictionary directory (default: parley's data/)");
  code_cmd->add_flag("--shallow", code.shallow, "Code without a syntactic parse (faster, somewhat less accurate)");
  code_cmd->add_option("--model", code.model, "Syntax model file (default: parley's data/model/parley-en.model)");
  code_cmd->add_flag("--stdin-jsonl", code.stdin_jsonl, "Read stdin as JSON Lines");
  code_cmd->add_flag("--no-state-as-government", code.no_state_as_government,
                     "Keep bare state names as the state even where its government takes part");
  code_cmd->add_flag("-q,--quiet", code.quiet, "No summary on stderr");
  code_cmd->add_option("--bench-report", code.bench_report, "Write timings and peak memory as JSON to FILE");
  code_cmd->add_flag("--report-unmatched", code.report_unmatched,
                     "After the run, list names and predicates the dictionaries did not know (stderr)");

  parley::cli::StatsOptions stats;
  auto* stats_cmd = app.add_subcommand("stats", "Events by dyad and root code from a store");
  stats_cmd->add_option("--db", stats.db, "The SQLite store")->required();
  stats_cmd->add_flag("--all", stats.all, "Count negated and hypothetical events too");
  stats_cmd->add_option("--limit", stats.limit, "Rows to print (0 = all)");

  std::string code_arg;
  auto* codes_cmd = app.add_subcommand("codes", "List CAMEO event codes, or show one");
  codes_cmd->add_option("code", code_arg, "A CAMEO code, e.g. 041");

  parley::cli::DictOptions dict;
  auto* dict_cmd = app.add_subcommand("dict", "Dictionary tools");
  dict_cmd->require_subcommand(1);
  auto* check_cmd = dict_cmd->add_subcommand("check", "Load and check every dictionary");
  auto* dstats_cmd = dict_cmd->add_subcommand("stats", "Counts by kind");
  auto* lookup_cmd = dict_cmd->add_subcommand("lookup", "Show how a phrase resolves");
  lookup_cmd->add_option("phrase", dict.phrase, "The phrase")->required();
  lookup_cmd->add_option("--date", dict.date, "Date (YYYY-MM-DD)");
  check_cmd->add_flag("--warnings", dict.show_warnings, "Print warnings too");
  for (CLI::App* sub : {check_cmd, dstats_cmd, lookup_cmd})
    sub->add_option("--dict", dict.dir, "Dictionary directory (default: parley's data/)");

  parley::cli::ParseOptions parse;
  auto* parse_cmd = app.add_subcommand("parse", "Tag and parse documents into CoNLL-U, or evaluate the model");
  parse_cmd->add_option("inputs", parse.inputs, "Files, directories or - for stdin");
  parse_cmd->add_option("--conllu", parse.conllu, "Re-tag and re-parse a pre-tokenised CoNLL-U file");
  parse_cmd->add_option("--eval", parse.eval, "Score the model on a gold CoNLL-U file (one JSON line)");
  parse_cmd->add_option("--model", parse.model, "Model file (default: parley's data/model/parley-en.model)");
  parse_cmd->add_flag("--stdin-jsonl", parse.stdin_jsonl, "Read stdin as JSON Lines");

  parley::cli::ExplainOptions explain;
  auto* explain_cmd = app.add_subcommand("explain", "Show how a sentence is read and coded, step by step");
  explain_cmd->add_option("text", explain.text, "The sentence or short text")->required();
  explain_cmd->add_option("--date", explain.date, "Date (YYYY-MM-DD), for dated actor codes");
  explain_cmd->add_option("--dict", explain.dict, "Dictionary directory (default: parley's data/)");
  explain_cmd->add_flag("--shallow", explain.shallow, "Code without a syntactic parse");
  explain_cmd->add_option("--model", explain.model, "Syntax model file (default: parley's data/model/parley-en.model)");

  parley::cli::ValidateOptions validate;
  auto* validate_cmd = app.add_subcommand("validate", "Score parley against a gold standard");
  auto* gsr_opt =
      validate_cmd->add_option("--plover-gsr", validate.plover_gsr, "PLOVER gold-standard records (JSON array)");
  auto* case_opt = validate_cmd->add_option("--case2021", validate.case2021,
                                            "CASE 2021 task 2 snippets (TSV: id, EventSnippet, SubType)");
  gsr_opt->excludes(case_opt);
  validate_cmd->add_option("--dict", validate.dict, "Dictionary directory (default: parley's data/)");
  validate_cmd->add_option("--misses", validate.misses, "Write the records coded differently to FILE (TSV)");
  validate_cmd->add_flag("--shallow", validate.shallow, "Code without a syntactic parse");
  validate_cmd->add_option("--model", validate.model, "Syntax model file (default: parley's data/model/parley-en.model)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }

  if (*code_cmd) return parley::cli::run_code(code);
  if (*stats_cmd) return parley::cli::run_stats(stats);
  if (*codes_cmd) return parley::cli::run_codes(code_arg);
  if (*check_cmd) return parley::cli::run_dict_check(dict);
  if (*dstats_cmd) return parley::cli::run_dict_stats(dict);
  if (*lookup_cmd) return parley::cli::run_dict_lookup(dict);
  if (*validate_cmd) return parley::cli::run_validate(validate);
  if (*parse_cmd) return parley::cli::run_parse(parse);
  if (*explain_cmd) return parley::cli::run_explain(explain);
  return 2;
}
