// parley/status.h: errors as values.
//
// Every fallible library call returns a Status or a Result<T>. A Status that is not ok() carries a
// message and, for errors in input files, the file and 1-based line that caused it. The CLI turns them
// into messages and exit codes; the library never throws across its API.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace parley {

class [[nodiscard]] Status {
 public:
  enum class Code { kOk, kInvalidInput, kNotFound, kIoError, kInternal };

  Status() = default;  // ok
  static Status ok() { return Status(); }
  static Status invalid_input(std::string message, std::string file = {}, int line = 0) {
    return Status(Code::kInvalidInput, std::move(message), std::move(file), line);
  }
  static Status not_found(std::string message, std::string file = {}) {
    return Status(Code::kNotFound, std::move(message), std::move(file), 0);
  }
  static Status io_error(std::string message, std::string file = {}) {
    return Status(Code::kIoError, std::move(message), std::move(file), 0);
  }
  static Status internal(std::string message) { return Status(Code::kInternal, std::move(message), {}, 0); }

  bool is_ok() const { return code_ == Code::kOk; }
  explicit operator bool() const { return is_ok(); }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  const std::string& file() const { return file_; }
  int line() const { return line_; }  // 1-based; 0 when not about a line

  // "file:line: message", "file: message" or "message", whichever applies.
  std::string to_string() const {
    if (is_ok()) return "ok";
    std::string out;
    if (!file_.empty()) {
      out += file_;
      if (line_ > 0) out += ":" + std::to_string(line_);
      out += ": ";
    }
    return out + message_;
  }

 private:
  Status(Code code, std::string message, std::string file, int line)
      : code_(code), message_(std::move(message)), file_(std::move(file)), line_(line) {}
  Code code_ = Code::kOk;
  std::string message_;
  std::string file_;
  int line_ = 0;
};

// Either a T or a non-ok Status. REQUIRES for value(): ok().
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}           // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}   // NOLINT: implicit by design; must not be ok

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace parley
