// Stream sinks: JSON Lines and Phoenix-style TSV.
#include <fmt/format.h>

#include "io/plover_json.h"
#include "parley/writer.h"

namespace parley {
namespace {

class JsonLinesWriter final : public EventWriter {
 public:
  explicit JsonLinesWriter(std::ostream& out) : out_(out) {}
  void write(const CodedDocument& doc) override {
    for (const Event& e : doc.events) {
      out_ << event_to_json(e) << '\n';
    }
  }
  void finish() override { out_.flush(); }

 private:
  std::ostream& out_;
};

// Phoenix column order (the Phoenix pipeline's TSV), with parley's values: QuadClass follows the
// GDELT convention parley uses everywhere; location columns stay empty until geolocation exists.
class PhoenixWriter final : public EventWriter {
 public:
  explicit PhoenixWriter(std::ostream& out) : out_(out) {
    out_ << "EventID\tDate\tYear\tMonth\tDay\tSourceActorFull\tSourceActorEntity\tSourceActorRole\t"
            "SourceActorAttribute\tTargetActorFull\tTargetActorEntity\tTargetActorRole\t"
            "TargetActorAttribute\tEventCode\tEventRootCode\tQuadClass\tGoldsteinScore\tIssues\tLat\tLon\t"
            "LocationName\tStateName\tCountryCode\tSentenceID\tURLs\tNewsSources\n";
  }
  void write(const CodedDocument& doc) override {
    for (const Event& e : doc.events) {
      std::string date, year, month, day;
      if (e.date) {
        date = fmt::format("{:04}{:02}{:02}", e.date->year, e.date->month, e.date->day);
        year = std::to_string(e.date->year);
        month = std::to_string(e.date->month);
        day = std::to_string(e.date->day);
      }
      out_ << e.event_id << '\t' << date << '\t' << year << '\t' << month << '\t' << day << '\t';
      actor(e.source);
      actor(e.target);
      out_ << e.code << '\t' << e.root << '\t' << e.quad << '\t' << fmt::format("{:.1f}", e.goldstein) << '\t'
           << "" << '\t' << "" << '\t' << "" << '\t' << "" << '\t' << "" << '\t' << "" << '\t'
           << clean(e.doc_id) << '_' << e.sentence << '\t' << clean(doc.document.url) << '\t'
           << clean(doc.document.source) << '\n';
    }
  }
  void finish() override { out_.flush(); }

 private:
  static std::string clean(const std::string& s) {
    std::string out = s;
    for (char& c : out)
      if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    return out;
  }
  void actor(const std::optional<ActorRef>& a) {
    if (!a) {
      out_ << "\t\t\t\t";
      return;
    }
    // Full code; entity = the country or IGO part; role = the sector; attribute = the rest.
    const std::string& code = a->code;
    std::string entity = code.substr(0, std::min<std::size_t>(3, code.size()));
    std::string role = code.size() >= 6 ? code.substr(3, 3) : "";
    std::string attribute = code.size() > 6 ? code.substr(6) : "";
    out_ << code << '\t' << entity << '\t' << role << '\t' << attribute << '\t';
  }
  std::ostream& out_;
};

class PloverWriter final : public EventWriter {
 public:
  explicit PloverWriter(std::ostream& out) : out_(out) {}
  void write(const CodedDocument& doc) override {
    for (const Event& e : doc.events)
      if (has_plover_type(e)) out_ << event_to_plover_json(e, doc.document) << '\n';
  }
  void finish() override { out_.flush(); }

 private:
  std::ostream& out_;
};

}  // namespace

Result<std::unique_ptr<EventWriter>> make_writer(std::string_view format, std::ostream& out) {
  if (format == "jsonl" || format == "json") return std::unique_ptr<EventWriter>(new JsonLinesWriter(out));
  if (format == "phoenix" || format == "tsv") return std::unique_ptr<EventWriter>(new PhoenixWriter(out));
  if (format == "plover") return std::unique_ptr<EventWriter>(new PloverWriter(out));
  return Status::invalid_input("unknown output format '" + std::string(format) +
                               "' (expected jsonl, phoenix or plover)");
}

}  // namespace parley
