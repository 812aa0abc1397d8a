// End-to-end through the parley binary: exit codes, error messages, formats, threads, the store.
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "test_support.h"

namespace parley {
namespace {

namespace fs = std::filesystem;

struct CliRun {
  int exit_code = -1;
  std::string out;
  std::string err;
};

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("parley_cli_test_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string write(const std::string& name, const std::string& content) {
    const fs::path path = dir_ / name;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << content;
    return path.string();
  }

  CliRun run(const std::string& args) {
    const std::string out = (dir_ / "stdout").string(), err = (dir_ / "stderr").string();
    const std::string command = std::string(PARLEY_BINARY) + " " + args + " >" + out + " 2>" + err + " </dev/null";
    const int status = std::system(command.c_str());
    CliRun r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = testing::read_file(out);
    r.err = testing::read_file(err);
    return r;
  }

  fs::path dir_;
};

const char* kReadout =
    "Russia Condemns Ukraine\n2023-03-01\n\nRussia condemned Ukraine on Wednesday. China thanked Iran.\n";

TEST_F(CliTest, CodesShowsOneCodeAndRejectsUnknownOnes) {
  CliRun r = run("codes 041");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("041"), std::string::npos);
  EXPECT_NE(r.out.find("1.0"), std::string::npos);
  EXPECT_NE(r.out.find("CONSULT"), std::string::npos);
  CliRun bad = run("codes 999");
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.err.find("999"), std::string::npos);
}

TEST_F(CliTest, BadJsonLinesAreSkippedNamedAndCounted) {
  if (!testing::have_wordnet()) GTEST_SKIP() << "/usr/share/wordnet is absent";
  const std::string file = write("news.jsonl",
                                 "{\"id\": \"a\", \"date\": \"2023-03-01\", \"text\": \"Russia condemned Ukraine.\"}\n"
                                 "{\"id\": \"b\", \"date\": \"2023-02-30\", \"text\": \"x\"}\n"
                                 "not json\n"
                                 "{\"id\": \"d\", \"date\": \"2023-03-02\"}\n"
                                 "{\"id\": \"e\", \"date\": \"2023-03-02\", \"text\": \"China thanked Iran.\"}\n");
  CliRun r = run("code " + file);
  EXPECT_EQ(r.exit_code, 3) << r.err;  // something was skipped
  EXPECT_NE(r.err.find("news.jsonl:2"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("news.jsonl:3"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("news.jsonl:4"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("3 skipped"), std::string::npos) << r.err;
  // The good documents were still coded.
  EXPECT_NE(r.out.find("\"doc_id\":\"a\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"doc_id\":\"e\""), std::string::npos) << r.out;
}

TEST_F(CliTest, ThreadedOutputEqualsSingleThreadedOutput) {
  if (!testing::have_wordnet()) GTEST_SKIP() << "/usr/share/wordnet is absent";
  std::string lines;
  for (int i = 0; i < 40; ++i)
    lines += "{\"id\": \"d" + std::to_string(i) + "\", \"date\": \"2023-03-01\", \"text\": \"" +
             (i % 2 ? "Russia condemned Ukraine. " : "China thanked Iran. ") + "Iran praised China.\"}\n";
  const std::string file = write("many.jsonl", lines);
  CliRun one = run("code --threads 1 " + file);
  CliRun four = run("code --threads 4 " + file);
  EXPECT_EQ(one.exit_code, 0) << one.err;
  EXPECT_EQ(four.exit_code, 0) << four.err;
  EXPECT_FALSE(one.out.empty());
  EXPECT_EQ(one.out, four.out);
}

TEST_F(CliTest, PhoenixFormatHasThePhoenixColumns) {
  if (!testing::have_wordnet()) GTEST_SKIP() << "/usr/share/wordnet is absent";
  const std::string file = write("readout.txt", kReadout);
  CliRun r = run("code --format phoenix " + file);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::istringstream in(r.out);
  std::string line;
  int rows = 0;
  while (std::getline(in, line)) {
    const auto tabs = std::count(line.begin(), line.end(), '\t');
    EXPECT_EQ(tabs, 25) << line;
    if (rows == 0) EXPECT_TRUE(line.starts_with("EventID\tDate\tYear"));
    if (rows > 0) EXPECT_NE(line.find("\t20230301\t2023\t3\t1\t"), std::string::npos) << line;
    ++rows;
  }
  EXPECT_GE(rows, 2);
}

TEST_F(CliTest, PloverFormatWritesPloverRecords) {
  if (!testing::have_wordnet()) GTEST_SKIP() << "/usr/share/wordnet is absent";
  const std::string file = write("readout.txt", kReadout);
  CliRun r = run("code --format plover " + file);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"event\":\"ACCUSE\""), std::string::npos) << r.out;  // "condemned": CAMEO 111
  EXPECT_NE(r.out.find("\"code\":\"RUS\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"date\":\"2023-03-01\""), std::string::npos) << r.out;
}

TEST_F(CliTest, ParseWritesCoNLLUAndEvaluates) {
  if (!std::filesystem::exists(testing::source_dir() + "/data/model/parley-en.model"))
    GTEST_SKIP() << "data/model/parley-en.model is absent";
  const std::string file = write("s.txt", "Russia condemned the attack.\n");
  CliRun r = run("parse " + file);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("# text = Russia condemned the attack."), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("2\tcondemned\tcondemn\tVERB\tVBD\t_\t0\troot"), std::string::npos) << r.out;
  CliRun e = run("parse --eval " + testing::source_dir() + "/tests/data/tiny_gold.conllu");
  ASSERT_EQ(e.exit_code, 0) << e.err;
  EXPECT_NE(e.out.find("\"sentences\": 1, \"tokens\": 5"), std::string::npos) << e.out;
  EXPECT_NE(e.out.find("\"uas\": 100.00"), std::string::npos) << e.out;
  CliRun bad = run("parse --model " + file + " " + file);
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.err.find("s.txt"), std::string::npos) << bad.err;
}

TEST_F(CliTest, ExplainShowsActorsPatternsAndEvents) {
  if (!testing::have_wordnet()) GTEST_SKIP() << "/usr/share/wordnet is absent";
  CliRun r = run("explain \"Russia condemned Ukraine.\" --date 2023-03-01");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("actor [0,1) 'Russia' -> RUS"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("predicate 1 'condemned': 111"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(" matches "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("events: 1"), std::string::npos) << r.out;
}

TEST_F(CliTest, RecodingIntoTheStoreReplacesInsteadOfDuplicating) {
  if (!testing::have_wordnet()) GTEST_SKIP() << "/usr/share/wordnet is absent";
  const std::string file = write("readout.txt", kReadout);
  const std::string db = (dir_ / "events.sqlite").string();
  CliRun first = run("code -q " + file + " --db " + db + " -o /dev/null");
  ASSERT_EQ(first.exit_code, 0) << first.err;
  CliRun stats1 = run("stats --db " + db);
  CliRun second = run("code -q " + file + " --db " + db + " -o /dev/null");
  ASSERT_EQ(second.exit_code, 0) << second.err;
  CliRun stats2 = run("stats --db " + db);
  EXPECT_EQ(stats1.exit_code, 0) << stats1.err;
  EXPECT_NE(stats1.out.find("1 documents"), std::string::npos) << stats1.out;
  EXPECT_EQ(stats1.out, stats2.out);
}

TEST_F(CliTest, UnusableArgumentsAreUsageErrors) {
  EXPECT_EQ(run("code --date 2023-02-30 x.txt").exit_code, 2);
  EXPECT_EQ(run("code --format xml x.txt").exit_code, 2);
  EXPECT_EQ(run("frobnicate").exit_code, 2);
  CliRun missing = run("code " + (dir_ / "nope.txt").string());
  EXPECT_EQ(missing.exit_code, 3);
  EXPECT_NE(missing.err.find("nope.txt"), std::string::npos);
}

TEST_F(CliTest, BadDictionaryDirectoryNamesFileAndLine) {
  write("dict/bad.actors", "China => CHN\nIran => irn\n");
  CliRun r = run("dict check --dict " + (dir_ / "dict").string());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("bad.actors:2"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace parley
