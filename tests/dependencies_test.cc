// What the coder reads off a parse (src/coding/dependencies.h), over trees written out here as the
// tagger and parser give them, misreadings included.
#include "coding/dependencies.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

namespace parley::coding {
namespace {

// "form/XPOS/UPOS/head/deprel" for each token, separated by spaces; heads are 0-based, -1 the root.
Sentence tree(const std::string& text) {
  Sentence s;
  std::istringstream in(text);
  std::string word;
  while (in >> word) {
    Token t;
    std::istringstream parts(word);
    std::string head;
    std::getline(parts, t.form, '/');
    std::getline(parts, t.xpos, '/');
    std::getline(parts, t.upos, '/');
    std::getline(parts, head, '/');
    std::getline(parts, t.deprel, '/');
    t.head = std::stoi(head);
    t.lemma = t.form;
    s.tokens.push_back(t);
  }
  return s;
}

// A verb has one subject: a parse that gives a later verb two ("... rebels surrendered ..., an official
// said" with "rebels" on "said" and "surrendered" a reduced relative on "rebels") misreads the first.
TEST(SubjectOf, APastFormOnOneOfTwoSubjectsOfALaterVerbIsActive) {
  const Sentence misread = tree(
      "Forty/CD/NUM/1/nummod rebels/NNS/NOUN/9/nsubj surrendered/VBN/VERB/1/acl on/IN/ADP/4/case "
      "Monday/NNP/PROPN/2/obl ,/,/PUNCT/9/punct a/DT/DET/8/det local/JJ/ADJ/8/amod official/NN/NOUN/9/nsubj "
      "said/VBD/VERB/-1/root ././PUNCT/9/punct");
  const SubjectOfPredicate read = subject_of(misread, 2);
  EXPECT_EQ(read.token, 1);
  EXPECT_FALSE(read.passive);
  EXPECT_FALSE(read.controlled);

  // With its agent the participle stays passive: "an agency charged by parliament with ..." beside
  // another subject of the verb.
  const Sentence agent = tree(
      "The/DT/DET/1/det agency/NN/NOUN/8/nsubj charged/VBN/VERB/1/acl by/IN/ADP/4/case "
      "parliament/NN/NOUN/2/obl:agent and/CC/CCONJ/7/cc the/DT/DET/7/det ministry/NN/NOUN/8/nsubj "
      "arrived/VBD/VERB/-1/root ././PUNCT/8/punct");
  const SubjectOfPredicate kept = subject_of(agent, 2);
  EXPECT_EQ(kept.token, 1);
  EXPECT_TRUE(kept.passive);

  // And with one subject only, a reduced relative is what it says: "the ships seized last week were
  // released" (seized: passive, on "ships").
  const Sentence relative = tree(
      "the/DT/DET/1/det ships/NNS/NOUN/6/nsubj:pass seized/VBN/VERB/1/acl last/JJ/ADJ/4/amod "
      "week/NN/NOUN/2/obl:tmod were/VBD/AUX/6/aux:pass released/VBN/VERB/-1/root ././PUNCT/6/punct");
  const SubjectOfPredicate seized = subject_of(relative, 2);
  EXPECT_EQ(seized.token, 1);
  EXPECT_TRUE(seized.passive);
}

}  // namespace
}  // namespace parley::coding
