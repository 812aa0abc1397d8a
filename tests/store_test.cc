// The SQLite store: re-coding a document replaces its events; stats leave out negated and
// hypothetical events.
#include <gtest/gtest.h>

#include <filesystem>

#include "parley/coder.h"
#include "parley/store.h"

namespace parley {
namespace {

Event make_event(const std::string& doc_id, int sentence, const std::string& src, const std::string& tgt,
                 const std::string& code, bool negated = false, Modality modality = Modality::kAsserted) {
  Event e;
  e.doc_id = doc_id;
  e.sentence = sentence;
  e.date = Date{2023, 1, 19};
  ActorRef s;
  s.code = src;
  s.country = src.substr(0, 3);
  e.source = s;
  if (!tgt.empty()) {
    ActorRef t;
    t.code = tgt;
    t.country = tgt.substr(0, 3);
    e.target = t;
  }
  e.code = code;
  e.root = code.substr(0, 2);
  e.name = "test";
  e.quad = 1;
  e.goldstein = 1.0;
  e.plover_type = "CONSULT";
  e.negated = negated;
  e.modality = modality;
  e.rule = "test:1";
  e.event_id = make_event_id(doc_id, sentence, src, tgt, code);
  return e;
}

CodedDocument make_doc(const std::string& id, std::vector<Event> events) {
  CodedDocument d;
  d.document.id = id;
  d.document.date = Date{2023, 1, 19};
  d.document.text = "China called Iran. China did not condemn Iran.";
  Sentence s;
  s.index = 0;
  s.start = 0;
  s.end = 18;
  d.sentences.push_back(s);
  d.events = std::move(events);
  return d;
}

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = (std::filesystem::temp_directory_path() /
             ("parley_store_test_" + std::to_string(::getpid()) + ".sqlite")).string();
    std::filesystem::remove(path_);
  }
  void TearDown() override {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix);
  }
  std::string path_;
};

TEST_F(StoreTest, RecodingADocumentReplacesItsEvents) {
  {
    auto store = Store::open(path_);
    ASSERT_TRUE(store.ok()) << store.status().to_string();
    ASSERT_TRUE((*store)->put(make_doc("d1", {make_event("d1", 0, "CHNGOV", "IRNGOV", "041"),
                                               make_event("d1", 0, "IRNGOV", "CHNGOV", "051")})));
    ASSERT_TRUE((*store)->put(make_doc("d2", {make_event("d2", 0, "USAGOV", "RUSGOV", "111")})));
    ASSERT_TRUE((*store)->flush());
  }
  auto store = Store::open(path_);
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE((*store)->put(make_doc("d1", {make_event("d1", 0, "CHNGOV", "IRNGOV", "042")})));
  auto stats = (*store)->stats();
  ASSERT_TRUE(stats.ok()) << stats.status().to_string();
  EXPECT_EQ(stats->documents, 2);
  EXPECT_EQ(stats->events, 2);  // d1's two old events are gone, its new one and d2's remain
  bool found042 = false, found041 = false;
  for (const DyadCount& c : stats->by_dyad_root) {
    if (c.source == "CHNGOV" && c.root == "04") found042 = true;
    if (c.source == "IRNGOV") found041 = true;
  }
  EXPECT_TRUE(found042);
  EXPECT_FALSE(found041);
}

TEST_F(StoreTest, StatsLeaveOutNegatedAndHypotheticalUnlessAsked) {
  auto store = Store::open(path_);
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE((*store)->put(make_doc("d1", {make_event("d1", 0, "CHNGOV", "IRNGOV", "041"),
                                             make_event("d1", 1, "CHNGOV", "IRNGOV", "111", true),
                                             make_event("d1", 2, "CHNGOV", "USAGOV", "138", false,
                                                        Modality::kHypothetical)})));
  auto counted = (*store)->stats();
  ASSERT_TRUE(counted.ok());
  EXPECT_EQ(counted->events, 3);
  EXPECT_EQ(counted->counted_events, 1);
  ASSERT_EQ(counted->by_dyad_root.size(), 1u);
  EXPECT_EQ(counted->by_dyad_root[0].root, "04");
  auto all = (*store)->stats(true);
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->counted_events, 3);
  EXPECT_EQ(all->by_dyad_root.size(), 3u);
}

TEST_F(StoreTest, UnwritablePathIsAClearError) {
  auto store = Store::open("/nonexistent-dir/x/parley.sqlite");
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().to_string().find("/nonexistent-dir/x/parley.sqlite"), std::string::npos);
}

TEST(EventId, IsStableAndDistinguishesItsParts) {
  const std::string a = make_event_id("d", 1, "CHNGOV", "IRNGOV", "041");
  EXPECT_EQ(a, make_event_id("d", 1, "CHNGOV", "IRNGOV", "041"));
  EXPECT_EQ(a.size(), 32u);
  EXPECT_NE(a, make_event_id("d", 2, "CHNGOV", "IRNGOV", "041"));
  EXPECT_NE(a, make_event_id("d", 1, "IRNGOV", "CHNGOV", "041"));
  EXPECT_NE(a, make_event_id("d", 1, "CHNGOV", "IRNGOV", "042"));
  EXPECT_NE(make_event_id("ab", 1, "c", "", "041"), make_event_id("a", 1, "bc", "", "041"));
}

}  // namespace
}  // namespace parley
