// JSON Lines parsing shared by read_documents and parse_json_line. Internal to the readers.
#pragma once

#include <string>
#include <string_view>

#include "io/reader.h"

namespace parley::io::internal {

// Parses one record; errors name `file` and `line_number`; the id defaults to "<stem>:<line_number>".
Result<Document> parse_json_record(std::string_view line, const std::string& file, int line_number,
                                   const std::string& stem, const ReadOptions& options);

}  // namespace parley::io::internal
