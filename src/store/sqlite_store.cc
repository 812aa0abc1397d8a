#include <sqlite3.h>

#include <string>

#include "parley/store.h"
#include "parley/writer.h"

namespace parley {
namespace {

constexpr const char* kSchema = R"SQL(
PRAGMA journal_mode=WAL;
PRAGMA synchronous=NORMAL;
PRAGMA foreign_keys=ON;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', '1');
CREATE TABLE IF NOT EXISTS documents (
  doc_id TEXT PRIMARY KEY, date TEXT, title TEXT, source TEXT, url TEXT, lang TEXT, origin TEXT,
  text TEXT NOT NULL, coded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')));
CREATE TABLE IF NOT EXISTS sentences (
  doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE, sentence INTEGER NOT NULL,
  field TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
  PRIMARY KEY (doc_id, sentence));
CREATE TABLE IF NOT EXISTS events (
  event_id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
  sentence INTEGER NOT NULL, date TEXT,
  source_code TEXT, source_country TEXT, source_sector TEXT, source_text TEXT,
  target_code TEXT, target_country TEXT, target_sector TEXT, target_text TEXT,
  code TEXT NOT NULL, root TEXT NOT NULL, quad INTEGER NOT NULL, goldstein REAL NOT NULL,
  plover_type TEXT, plover_mode TEXT, negated INTEGER NOT NULL, modality TEXT NOT NULL, speaker TEXT,
  rule TEXT, json TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS events_doc ON events(doc_id);
CREATE INDEX IF NOT EXISTS events_dyad ON events(source_code, target_code, root);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
)SQL";

constexpr int kBatch = 256;

}  // namespace

struct Store::Impl {
  std::string path;
  sqlite3* db = nullptr;
  sqlite3_stmt* delete_doc = nullptr;
  sqlite3_stmt* insert_doc = nullptr;
  sqlite3_stmt* insert_sentence = nullptr;
  sqlite3_stmt* insert_event = nullptr;
  int in_batch = 0;

  ~Impl() {
    for (sqlite3_stmt* s : {delete_doc, insert_doc, insert_sentence, insert_event}) sqlite3_finalize(s);
    if (db != nullptr) sqlite3_close(db);
  }
  Status error(const std::string& what) const {
    return Status::io_error(what + ": " + (db ? sqlite3_errmsg(db) : "cannot open"), path);
  }
  Status exec(const char* sql) {
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
      std::string m = message ? message : "unknown error";
      sqlite3_free(message);
      return Status::io_error(m, path);
    }
    return Status::ok();
  }
  Status prepare(const char* sql, sqlite3_stmt** stmt) {
    if (sqlite3_prepare_v2(db, sql, -1, stmt, nullptr) != SQLITE_OK) return error("prepare");
    return Status::ok();
  }
};

namespace {

void bind_text(sqlite3_stmt* s, int i, const std::string& v) {
  sqlite3_bind_text(s, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
}
void bind_optional(sqlite3_stmt* s, int i, const std::optional<std::string>& v) {
  if (v) bind_text(s, i, *v);
  else sqlite3_bind_null(s, i);
}
void bind_nonempty(sqlite3_stmt* s, int i, const std::string& v) {
  if (v.empty()) sqlite3_bind_null(s, i);
  else bind_text(s, i, v);
}

}  // namespace

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() {
  if (impl_ && impl_->in_batch > 0) (void)flush();
}

Result<std::unique_ptr<Store>> Store::open(const std::string& path) {
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  if (sqlite3_open_v2(path.c_str(), &impl->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
    return impl->error("cannot open the store");
  sqlite3_busy_timeout(impl->db, 5000);
  if (Status s = impl->exec(kSchema); !s) return s;
  if (Status s = impl->prepare("DELETE FROM documents WHERE doc_id = ?1", &impl->delete_doc); !s) return s;
  if (Status s = impl->prepare(
          "INSERT INTO documents(doc_id, date, title, source, url, lang, origin, text) "
          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", &impl->insert_doc); !s)
    return s;
  if (Status s = impl->prepare(
          "INSERT INTO sentences(doc_id, sentence, field, start, end, text) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
          &impl->insert_sentence); !s)
    return s;
  if (Status s = impl->prepare(
          "INSERT OR REPLACE INTO events(event_id, doc_id, sentence, date, source_code, source_country, "
          "source_sector, source_text, target_code, target_country, target_sector, target_text, code, root, "
          "quad, goldstein, plover_type, plover_mode, negated, modality, speaker, rule, json) VALUES "
          "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23)",
          &impl->insert_event); !s)
    return s;
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

Status Store::put(const CodedDocument& coded) {
  Impl& d = *impl_;
  if (d.in_batch == 0) {
    if (Status s = d.exec("BEGIN IMMEDIATE"); !s) return s;
  }
  // Each document inside a savepoint: a failure undoes that document alone.
  if (Status s = d.exec("SAVEPOINT doc"); !s) return s;
  auto fail = [&](const std::string& what) {
    Status s = d.error(what);
    (void)d.exec("ROLLBACK TO doc");
    (void)d.exec("RELEASE doc");
    return s;
  };
  auto run = [&](sqlite3_stmt* stmt) {
    const int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    return rc == SQLITE_DONE;
  };
  const Document& doc = coded.document;
  bind_text(d.delete_doc, 1, doc.id);
  if (!run(d.delete_doc)) return fail("delete document " + doc.id);  // cascades to sentences, events
  bind_text(d.insert_doc, 1, doc.id);
  if (doc.date) bind_text(d.insert_doc, 2, doc.date->iso());
  else sqlite3_bind_null(d.insert_doc, 2);
  bind_nonempty(d.insert_doc, 3, doc.title);
  bind_nonempty(d.insert_doc, 4, doc.source);
  bind_nonempty(d.insert_doc, 5, doc.url);
  bind_text(d.insert_doc, 6, doc.lang);
  bind_nonempty(d.insert_doc, 7, doc.origin);
  bind_text(d.insert_doc, 8, doc.text);
  if (!run(d.insert_doc)) return fail("insert document " + doc.id);
  for (const Sentence& s : coded.sentences) {
    const std::string& base = s.field == Field::kTitle ? doc.title : doc.text;
    sqlite3_bind_text(d.insert_sentence, 1, doc.id.data(), static_cast<int>(doc.id.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int(d.insert_sentence, 2, s.index);
    sqlite3_bind_text(d.insert_sentence, 3, s.field == Field::kTitle ? "title" : "text", -1, SQLITE_STATIC);
    sqlite3_bind_int64(d.insert_sentence, 4, s.start);
    sqlite3_bind_int64(d.insert_sentence, 5, s.end);
    std::string text = s.end <= base.size() && s.start <= s.end ? base.substr(s.start, s.end - s.start) : "";
    bind_text(d.insert_sentence, 6, text);
    if (!run(d.insert_sentence)) return fail("insert sentence");
  }
  for (const Event& e : coded.events) {
    sqlite3_stmt* st = d.insert_event;
    bind_text(st, 1, e.event_id);
    bind_text(st, 2, e.doc_id);
    sqlite3_bind_int(st, 3, e.sentence);
    if (e.date) bind_text(st, 4, e.date->iso());
    else sqlite3_bind_null(st, 4);
    auto actor = [&](int at, const std::optional<ActorRef>& a) {
      if (!a) {
        for (int i = 0; i < 4; ++i) sqlite3_bind_null(st, at + i);
        return;
      }
      bind_text(st, at, a->code);
      bind_optional(st, at + 1, a->country);
      bind_optional(st, at + 2, a->sector);
      bind_nonempty(st, at + 3, a->text);
    };
    actor(5, e.source);
    actor(9, e.target);
    bind_text(st, 13, e.code);
    bind_text(st, 14, e.root);
    sqlite3_bind_int(st, 15, e.quad);
    sqlite3_bind_double(st, 16, e.goldstein);
    bind_text(st, 17, e.plover_type);
    bind_optional(st, 18, e.plover_mode);
    sqlite3_bind_int(st, 19, e.negated ? 1 : 0);
    sqlite3_bind_text(st, 20, modality_name(e.modality), -1, SQLITE_STATIC);
    bind_optional(st, 21, e.speaker);
    bind_text(st, 22, e.rule);
    bind_text(st, 23, event_to_json(e));
    if (!run(st)) return fail("insert event");
  }
  if (Status s = d.exec("RELEASE doc"); !s) return s;
  if (++d.in_batch >= kBatch) return flush();
  return Status::ok();
}

Status Store::flush() {
  Impl& d = *impl_;
  if (d.in_batch == 0) return Status::ok();
  d.in_batch = 0;
  return d.exec("COMMIT");
}

Result<StoreStats> Store::stats(bool include_all) {
  if (Status s = flush(); !s) return s;
  Impl& d = *impl_;
  StoreStats out;
  auto scalar = [&](const char* sql, long& value) -> Status {
    sqlite3_stmt* st = nullptr;
    if (Status s = d.prepare(sql, &st); !s) return s;
    if (sqlite3_step(st) == SQLITE_ROW) value = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return Status::ok();
  };
  const char* counted = include_all ? "1" : "negated = 0 AND modality <> 'hypothetical'";
  if (Status s = scalar("SELECT count(*) FROM documents", out.documents); !s) return s;
  if (Status s = scalar("SELECT count(*) FROM sentences", out.sentences); !s) return s;
  if (Status s = scalar("SELECT count(*) FROM events", out.events); !s) return s;
  std::string count_sql = std::string("SELECT count(*) FROM events WHERE ") + counted;
  if (Status s = scalar(count_sql.c_str(), out.counted_events); !s) return s;
  std::string sql = std::string(
                        "SELECT coalesce(source_code, '---'), coalesce(target_code, '---'), root, quad, count(*), "
                        "sum(goldstein) FROM events WHERE ") +
                    counted + " GROUP BY 1, 2, 3, 4 ORDER BY 5 DESC, 1, 2, 3";
  sqlite3_stmt* st = nullptr;
  if (Status s = d.prepare(sql.c_str(), &st); !s) return s;
  while (sqlite3_step(st) == SQLITE_ROW) {
    DyadCount c;
    c.source = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    c.target = reinterpret_cast<const char*>(sqlite3_column_text(st, 1));
    c.root = reinterpret_cast<const char*>(sqlite3_column_text(st, 2));
    c.quad = sqlite3_column_int(st, 3);
    c.events = sqlite3_column_int64(st, 4);
    c.goldstein = sqlite3_column_double(st, 5);
    out.by_dyad_root.push_back(std::move(c));
  }
  sqlite3_finalize(st);
  return out;
}

}  // namespace parley
