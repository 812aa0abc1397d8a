// read_documents: walks inputs (files, directories, stdin) and dispatches to the format parsers.
#include "io/reader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "io/reader_json_lines.h"

namespace parley::io {
namespace {

namespace fs = std::filesystem;

std::string lower_extension(const fs::path& path) {
  std::string ext = path.extension().string();
  for (char& c : ext)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return ext;
}

bool is_document_file(const fs::path& path) {
  const std::string ext = lower_extension(path);
  return ext == ".txt" || ext == ".text" || ext == ".jsonl";  // not .md: a README beside documents is no document
}

class Reader {
 public:
  Reader(const ReadOptions& options, const std::function<void(Document&&)>& on_document,
         const std::function<void(const Status&)>& on_problem)
      : options_(options), on_document_(on_document), on_problem_(on_problem) {}

  void input(const std::string& name, bool stdin_jsonl) {
    if (name == "-") {
      std::string data{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
      if (stdin_jsonl) {
        std::istringstream lines(std::move(data));
        json_lines(lines, "-", "stdin");
      } else {
        deliver(parse_plain_text(std::move(data), "stdin", "-", options_));
      }
      return;
    }
    std::error_code ec;
    const fs::path path(name);
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) return problem(Status::not_found("no such file or directory", name));
    if (fs::is_directory(status)) return directory(path);
    file(path);
  }

  ReadSummary summary() const { return summary_; }

 private:
  void directory(const fs::path& root) {
    std::vector<fs::path> files;
    std::error_code ec;
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
    if (ec) return problem(Status::io_error("cannot read directory: " + ec.message(), root.string()));
    for (const fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
      if (ec) {
        problem(Status::io_error("cannot read directory: " + ec.message(), root.string()));
        break;
      }
      std::error_code type_error;
      if (it->is_regular_file(type_error) && is_document_file(it->path())) files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& path : files) file(path);
  }

  void file(const fs::path& path) {
    const std::string name = path.string();
    std::ifstream in(path, std::ios::binary);
    if (!in) return problem(Status::io_error("cannot open file", name));
    const std::string stem = path.stem().string();
    if (lower_extension(path) == ".jsonl") {
      json_lines(in, name, stem);
      if (in.bad()) problem(Status::io_error("read error", name));
      return;
    }
    std::string data{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (in.bad()) return problem(Status::io_error("read error", name));
    deliver(parse_plain_text(std::move(data), stem, name, options_));
  }

  void json_lines(std::istream& in, const std::string& file, const std::string& stem) {
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
      ++number;
      if (number == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
      if (line.find_first_not_of(" \t\r\f\v") == std::string::npos) continue;  // blank lines are allowed
      deliver(internal::parse_json_record(line, file, number, stem, options_));
    }
  }

  void deliver(Result<Document> result) {
    if (!result.ok()) return problem(result.status());
    ++summary_.documents;
    if (on_document_) on_document_(std::move(result).value());
  }

  void problem(const Status& status) {
    ++summary_.skipped;
    if (on_problem_) on_problem_(status);
  }

  const ReadOptions& options_;
  const std::function<void(Document&&)>& on_document_;
  const std::function<void(const Status&)>& on_problem_;
  ReadSummary summary_;
};

}  // namespace

ReadSummary read_documents(const std::vector<std::string>& inputs, const ReadOptions& options,
                           bool stdin_jsonl, const std::function<void(Document&&)>& on_document,
                           const std::function<void(const Status&)>& on_problem) {
  Reader reader(options, on_document, on_problem);
  for (const std::string& input : inputs) reader.input(input, stdin_jsonl);
  return reader.summary();
}

}  // namespace parley::io
