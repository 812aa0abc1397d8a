// Document readers: plain text files, JSON Lines, directories of them, and stdin. Internal API
// (src/ only); the CLI and tests call it.
//
// Every document keeps its original text: offsets in parley's output are byte offsets into
// Document::text. Bad input never stops a run: each bad file or line is reported through
// `on_problem` with its file and line, counted as skipped, and reading goes on.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parley/date.h"
#include "parley/document.h"
#include "parley/status.h"

namespace parley::io {

struct ReadOptions {
  std::optional<Date> default_date;  // --date: used when a document carries no date of its own
};

struct ReadSummary {
  std::size_t documents = 0;  // passed to on_document
  std::size_t skipped = 0;    // reported to on_problem (files that could not be read, bad lines)
};

// Streams the documents of `inputs` in order. An input is a file path (".jsonl" files are JSON Lines,
// anything else plain text), a directory (walked recursively; its .txt, .text and .jsonl files are
// read in path order), or "-" for stdin (plain text, or JSON Lines when `stdin_jsonl`).
// Calls on_document for each good document and on_problem for each skipped file or line; a bad
// file doesn't stop the others. Not thread-safe with respect to stdin; otherwise reentrant.
ReadSummary read_documents(const std::vector<std::string>& inputs, const ReadOptions& options,
                           bool stdin_jsonl, const std::function<void(Document&&)>& on_document,
                           const std::function<void(const Status&)>& on_problem);

// Parses one plain-text document. The first line is the title when it looks like one (short, no
// closing punctuation, title_offset set); a dateline ("2023-01-19 23:50", "January 19, 2023") or
// header lines ("date: ...", "source: ...", "url: ...") near the top give the date and are skipped
// from the body; otherwise a body opening like "On January 19, 2023, ..." gives the date (and stays
// in the body); otherwise options.default_date. `origin` names the input in errors and in
// Document::origin. Errors: invalid UTF-8 (with the line of the first bad byte), empty document.
Result<Document> parse_plain_text(std::string text, std::string id, std::string origin,
                                  const ReadOptions& options);

// Parses one JSON Lines record: {"id", "date", "title", "text", "source", "url", "lang"}; only "text"
// is required. `origin` is "file:line"; the id defaults to "<file stem>:<line>" and errors name the
// file and line. Errors: not JSON, not an object, missing or non-string text, a malformed or
// impossible date, invalid UTF-8, an empty document.
Result<Document> parse_json_line(std::string_view line, std::string origin, const ReadOptions& options);

// Parses the date expressions readers accept: "2023-01-19", "2023-01-19T23:50:00Z",
// "January 19, 2023", "Jan. 19, 2023", "19 January 2023". Nullopt when malformed or not a real day.
std::optional<Date> parse_date(std::string_view text);

}  // namespace parley::io
