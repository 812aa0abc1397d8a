#include "syntax/conllu.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace parley::syntax {
namespace {

// Sentences written for this test (not from any treebank).
constexpr const char* kTwoSentences =
    "# sent_id = t1\n"
    "# text = Beijing didn't reply.\n"
    "1\tBeijing\tBeijing\tPROPN\tNNP\tNumber=Sing\t4\tnsubj\t_\t_\n"
    "2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\treply\treply\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# sent_id = t2\n"
    "1\tTalks\ttalk\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tended\tend\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "2.1\tabruptly\tabruptly\tADV\tRB\t_\t_\t_\t2:advmod\t_\n"
    "3\tyesterday\tyesterday\tNOUN\tNN\t_\t2\tobl:tmod\t_\t_\n"
    "\n";

TEST(Conllu, ReadsMultiwordTokensAndSkipsEmptyNodes) {
  auto read = read_conllu_text(kTwoSentences, "two.conllu");
  ASSERT_TRUE(read.ok()) << read.status().to_string();
  ASSERT_EQ(read->size(), 2u);
  const ConlluSentence& first = (*read)[0];
  ASSERT_EQ(first.words.size(), 5u);
  ASSERT_EQ(first.multiwords.size(), 1u);
  EXPECT_EQ(first.multiwords[0].form, "didn't");
  EXPECT_EQ(first.multiwords[0].first, 2);
  EXPECT_EQ(first.multiwords[0].last, 3);
  EXPECT_EQ(first.comments.size(), 2u);
  EXPECT_EQ(first.words[3].head, 0);
  EXPECT_EQ(first.words[0].head, 4);
  const ConlluSentence& second = (*read)[1];
  ASSERT_EQ(second.words.size(), 3u);  // the empty node 2.1 is not a word
  EXPECT_EQ(second.words[2].deprel, "obl:tmod");
}

TEST(Conllu, RoundTripsByteForByte) {
  auto read = read_conllu_text(kTwoSentences);
  ASSERT_TRUE(read.ok());
  std::string written;
  for (const ConlluSentence& s : *read) write_conllu(s, written);
  std::string expected = kTwoSentences;
  // The empty node is dropped on reading, so it cannot come back.
  const std::size_t node = expected.find("2.1\t");
  expected.erase(node, expected.find('\n', node) + 1 - node);
  EXPECT_EQ(written, expected);
}

TEST(Conllu, ConvertsToSentencesWithSpans) {
  auto read = read_conllu_text(kTwoSentences);
  ASSERT_TRUE(read.ok());
  const Sentence s = to_sentence((*read)[0], /*with_spans=*/true);
  ASSERT_EQ(s.tokens.size(), 5u);
  EXPECT_EQ(s.tokens[0].head, 3);
  EXPECT_EQ(s.tokens[3].head, -1);
  EXPECT_EQ(s.tokens[3].deprel, "root");
  EXPECT_EQ(s.tokens[4].start, 21u);  // "Beijing did n't reply." with no space before "."
  const ConlluSentence back = from_sentence(s);
  EXPECT_EQ(back.words[3].head, 0);
  EXPECT_EQ(back.words[0].head, 4);
  EXPECT_EQ(back.words[1].lemma, "do");
}

TEST(Conllu, MalformedLinesAreReportedWithFileAndLine) {
  struct Case {
    const char* text;
    int line;
    const char* message_part;
  };
  const Case cases[] = {
      {"1\tA\ta\tX\tX\t_\t0\troot\t_\n", 1, "10 tab-separated"},
      {"# c\n1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n3\tB\tb\tX\tX\t_\t1\tdep\t_\t_\n", 3, "out of sequence"},
      {"1\tA\ta\tX\tX\t_\tx\troot\t_\t_\n", 1, "bad head"},
      {"1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n\n1\tA\ta\tX\tX\t_\t7\troot\t_\t_\n", 3, "beyond"},
      {"1-0\tAB\t_\t_\t_\t_\t_\t_\t_\t_\n", 1, "multiword"},
      {"1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n# late\n", 2, "comment"},
      {"1\t\ta\tX\tX\t_\t0\troot\t_\t_\n", 1, "empty FORM"},
      {"abc\tA\ta\tX\tX\t_\t0\troot\t_\t_\n", 1, "out of sequence"},
  };
  for (const Case& c : cases) {
    auto read = read_conllu_text(c.text, "bad.conllu");
    ASSERT_FALSE(read.ok()) << c.text;
    EXPECT_EQ(read.status().file(), "bad.conllu");
    EXPECT_EQ(read.status().line(), c.line) << c.text;
    EXPECT_NE(read.status().message().find(c.message_part), std::string::npos) << read.status().to_string();
  }
}

TEST(Conllu, MissingFileIsNotFound) {
  auto read = read_conllu_file("/nonexistent/x.conllu");
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().code(), Status::Code::kNotFound);
}

TEST(Conllu, ReadsTheEnglishWebTreebankDevSet) {
  const std::string path = PARLEY_SOURCE_DIR "/../shared/ud-english-ewt/en_ewt-ud-dev.conllu";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "UD English EWT not found at " << path;
  auto read = read_conllu_file(path);
  ASSERT_TRUE(read.ok()) << read.status().to_string();
  EXPECT_GT(read->size(), 1900u);
}

}  // namespace
}  // namespace parley::syntax
