// The pipeline in one place: text -> mentions -> patterns -> events.
#include "parley/coder.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <set>
#include <string>
#include <tuple>

#include "coding/intent_codes.h"
#include "coding/mentions.h"
#include "coding/sentence_coder.h"
#include "lexicon/compiled.h"
#include "parley/codebook.h"
#include "syntax/lemmatizer.h"
#include "syntax/syntax.h"
#include "text/text.h"

namespace parley {

struct Coder::Impl {
  std::shared_ptr<const syntax::Lemmatizer> lemmatizer;
  std::shared_ptr<const syntax::SyntaxModel> parser;  // null in shallow mode
  std::unique_ptr<coding::SentenceCoder> sentences;
};

struct Coder::State::Scratch {
  coding::SentenceScratch sentence;
  std::vector<coding::RawEvent> raw;
};
Coder::State::State() : scratch(std::make_unique<Scratch>()) {}
Coder::State::~State() = default;

Coder::Coder(std::shared_ptr<const Lexicon> lexicon, CoderOptions options, std::unique_ptr<Impl> impl)
    : lexicon_(std::move(lexicon)), options_(std::move(options)), impl_(std::move(impl)) {}
Coder::~Coder() = default;

Result<std::shared_ptr<const Coder>> Coder::create(std::shared_ptr<const Lexicon> lexicon, CoderOptions options) {
  if (!lexicon) return Status::invalid_input("Coder::create: no lexicon");
  auto lemmatizer = syntax::Lemmatizer::load(options.wordnet_dir);
  if (!lemmatizer.ok()) return lemmatizer.status();
  auto impl = std::make_unique<Impl>();
  impl->lemmatizer = std::move(lemmatizer).value();
  if (!options.shallow) {
    auto model = syntax::SyntaxModel::load(
        options.model_path.empty() ? syntax::default_model_path() : options.model_path, impl->lemmatizer);
    if (!model.ok()) return model.status();
    impl->parser = std::move(model).value();
  }
  impl->sentences =
      std::make_unique<coding::SentenceCoder>(lexicon->compiled(), *impl->lemmatizer, impl->parser.get());
  return std::shared_ptr<const Coder>(new Coder(std::move(lexicon), std::move(options), std::move(impl)));
}

std::unique_ptr<Coder::State> Coder::new_state() const { return std::make_unique<State>(); }

std::string make_event_id(const std::string& doc_id, int sentence, const std::string& source_code,
                          const std::string& target_code, const std::string& event_code) {
  // Two independent 64-bit FNV-1a hashes (different offsets) make a 128-bit id: stable across
  // runs, platforms and versions, which stores and de-duplication rely on.
  auto fnv = [](std::uint64_t h, const std::string& part) {
    for (unsigned char c : part) {
      h ^= c;
      h *= 0x100000001b3ULL;
    }
    h ^= 0x1f;  // field separator
    h *= 0x100000001b3ULL;
    return h;
  };
  const std::string sentence_text = std::to_string(sentence);
  std::uint64_t a = 0xcbf29ce484222325ULL, b = 0x84222325cbf29ce4ULL;
  for (const std::string* part : {&doc_id, &sentence_text, &source_code, &target_code, &event_code}) {
    a = fnv(a, *part);
    b = fnv(b, *part + "#");
  }
  char buf[33];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(a),
                static_cast<unsigned long long>(b));
  return buf;
}

namespace {

std::string_view field_text(const Document& doc, const Sentence& s) {
  return s.field == Field::kTitle ? std::string_view(doc.title) : std::string_view(doc.text);
}

ActorRef make_actor(const Document& doc, const Sentence& s, const coding::ActorSpan& a) {
  ActorRef ref;
  ref.code = a.code;
  std::string country = coding::country_of(a.code);
  if (!country.empty()) ref.country = country;
  std::string sector = coding::sector_of(a.code);
  if (!sector.empty()) ref.sector = sector;
  if (a.begin >= 0 && a.end > a.begin && a.end <= static_cast<int>(s.tokens.size())) {
    ref.start = s.tokens[a.begin].start;
    ref.end = s.tokens[a.end - 1].end;
    std::string_view text = field_text(doc, s);
    if (ref.end <= text.size() && ref.start <= ref.end) ref.text = std::string(text.substr(ref.start, ref.end - ref.start));
  }
  return ref;
}

}  // namespace

CodedDocument Coder::code(Document doc, State& state, std::vector<std::string>* trace) const {
  CodedDocument out;
  out.sentences = text::segment(doc);
  coding::DocumentContext context;
  context.date = doc.date;
  context.report = options_.report_unmatched;
  context.trace = trace;
  const auto& compiled = lexicon_->compiled();
  const Codebook& codebook = Codebook::cameo();

  struct Pending {
    int sentence;
    coding::RawEvent raw;
  };
  std::vector<Pending> pending;
  for (Sentence& sentence : out.sentences) {
    auto& scratch = *state.scratch;
    scratch.raw.clear();
    impl_->sentences->code_sentence(sentence, context, scratch.sentence, scratch.raw);
    for (auto& r : scratch.raw) pending.push_back({sentence.index, std::move(r)});
  }

  // A role of unknown country gets the country of the dateline's place ("police" in a story
  // datelined TBILISI are Georgia's), or, for an actor who acts or is named ("the President", "Deputy
  // National Security Advisor Jon Finer"), the country of the government that issued the document.
  // A bare role as a target ("calls on other parties") stays unknown.
  // Failing both, in a document that names one country only ("President Omar el-Bashir shortened
  // the curfew imposed in Sudan", "Judge Rivera opened investigations against Chilean officials"),
  // that country: domestic news names its roles' country once, if at all.
  std::string sole_country;
  for (const std::string& code : context.participants) {
    const std::string c = coding::country_of(code);
    if (c.empty()) continue;
    if (sole_country.empty()) sole_country = c;
    else if (sole_country != c) {
      sole_country = "-";
      break;
    }
  }
  if (sole_country == "-") sole_country.clear();
  const std::string issuer = !context.issuer_country.empty() ? context.issuer_country : sole_country;
  const std::string home = !context.home_country.empty() ? context.home_country : issuer;
  // Society's roles as targets (business leaders, teachers, unions, journalists, doctors, judges,
  // police) are the issuer's own too: "The President met utility CEOs" in a White House readout.
  // Roles that may well be foreign (governments, parties, armed forces, rebels) are not.
  auto domestic_role = [](const std::string& code) {
    static constexpr std::array<std::string_view, 10> kDomestic = {"BUS", "EDU", "LAB", "MED", "CVL",
                                                                   "HLH", "JUD", "COP", "AGR", "LEG"};
    const std::string sector = coding::sector_of(code);
    return std::find(kDomestic.begin(), kDomestic.end(), std::string_view(sector)) != kDomestic.end();
  };
  auto localise = [&](coding::ActorSpan& a, bool source) {
    if (!a.code.starts_with("---")) return;
    // (An actor only implied is where the story is, not who wrote it: "American citizens who are
    // wrongfully detained ... in China" in a White House readout are no American police's.)
    if (!context.home_country.empty()) a.code = context.home_country + a.code.substr(3);
    else if (a.implied && !sole_country.empty()) a.code = sole_country + a.code.substr(3);
    else if (!a.implied && !issuer.empty() && (source || a.named || domestic_role(a.code)))
      a.code = issuer + a.code.substr(3);
  };
  // A bare state in a document where its government takes part is that government: in a readout
  // where China's foreign minister speaks, "China supports Iran" is CHNGOV -> IRNGOV.
  auto upgrade = [&](std::string& code) {
    if (!options_.state_as_government || code.size() != 3 || coding::country_of(code).empty()) return;
    if (std::find(context.government_countries.begin(), context.government_countries.end(), code) !=
        context.government_countries.end())
      code += "GOV";
  };

  // A role named before its holder ("Secretary-General Urges ..." in a headline, "UN
  // Secretary-General António Guterres" in the body) is the holder, once the document names them.
  // (Not to a holder named later in the same sentence, who is someone else: "The President extends
  // his thanks ... for the efforts of President Abdel Fattah Al Sisi" in a White House statement.)
  auto resolve_role = [&](coding::ActorSpan& a, int sentence) {
    if (!a.code.starts_with("---") || a.role.empty() || a.named) return;
    if (auto at = context.names.find("role-at:" + a.role); at != context.names.end()) {
      const std::string here = std::to_string(sentence) + ":";
      // (A title chain just before the holder is the holder: "Secretary for Strategic Affairs
      // Secretary Gustavo Beliz".)
      if (at->second.starts_with(here) && std::stoi(at->second.substr(here.size())) > a.end + 1) return;
    }
    if (auto it = context.names.find("role:" + a.role); it != context.names.end()) a.code = it->second;
  };
  // A role that acts in one event is localised as an actor in the others too: the reverse of "the
  // President continues to engage with Prime Minister Netanyahu" has the President as its target.
  std::set<std::tuple<int, int, int>> acting;
  for (const Pending& p : pending)
    if (p.raw.source.code.starts_with("---") && p.raw.source.begin < p.raw.predicate)  // (the subject)
      acting.emplace(p.sentence, p.raw.source.begin, p.raw.source.end);
  for (Pending& p : pending) {
    coding::RawEvent& r = p.raw;
    // (Not a bare role the coder gave a country; a titled name is named: "President Moussa
    // Traorre", misspelt.)
    const bool source_named = r.source.role.empty() || r.source.named;
    resolve_role(r.source, p.sentence);
    resolve_role(r.target, p.sentence);
    localise(r.source, true);
    localise(r.target, acting.contains({p.sentence, r.target.begin, r.target.end}));
    // A dictionary pattern, or a construction of the coder's own ("X said Y must ...").
    // A pattern's event may also be recoded by the coder (a host's guest visits: 043 -> 042); then
    // `code` says what and `rule` names the pattern and why.
    lexicon_internal::VerbPattern construction;
    if (r.pattern < 0 || !r.code.empty()) {
      construction.code = r.code;
      construction.rule = r.pattern >= 0 ? compiled.patterns[r.pattern].rule + " " + r.rule : r.rule;
    }
    const auto& pattern = r.pattern >= 0 && r.code.empty() ? compiled.patterns[r.pattern] : construction;
    // Force is done by states and their forces, not by their governments as such: "its jets struck a
    // Russian depot" stays RUS even where the Kremlin speaks. Nor are protests (14) a government's:
    // "Kenyans rallied in Nairobi" is the people's.
    // Curfews, states of emergency and bans a government imposes or eases in its own country (081x,
    // 172x) are acts on that country: "Sudan's government lifted a state of emergency in West Darfur"
    // is SDNGOV -> SDN, not the government acting on itself.
    // (Only where the government's country is named: not a role localised to the one country the
    // document names, "the Secretary of the Treasury ... trade measures on Mexican products".)
    // (So are threats of them, 132x: "threatened to impose a curfew in Algiers".)
    const bool domestic_measure = source_named &&
                                  (pattern.code.starts_with("081") || pattern.code.starts_with("172") ||
                                   pattern.code.starts_with("132")) &&
                                  r.target.code.size() == 3 && !coding::country_of(r.target.code).empty() &&
                                  coding::country_of(r.source.code) == r.target.code;
    // (A threat is words, a government's like any other: "Russia would respond militarily if ..."
    // is the Kremlin's threat, 138x.)
    const std::string said_code = r.announced && !r.negated ? coding::announced_code(pattern.code) : pattern.code;
    if (said_code.compare(0, 2, "14") < 0 && !domestic_measure) {
      upgrade(r.source.code);
      upgrade(r.target.code);
      // Diplomacy between a state and another's government is the two governments': "Spain met
      // the Palestinian prime minister" is ESPGOV -> PSEGOV.
      if (options_.state_as_government) {
        auto bare_state = [](const std::string& c) { return c.size() == 3 && !coding::country_of(c).empty(); };
        auto government = [](const std::string& c) { return coding::sector_of(c) == "GOV" && c.size() == 6; };
        if (bare_state(r.source.code) && government(r.target.code)) r.source.code += "GOV";
        else if (bare_state(r.target.code) && government(r.source.code)) r.target.code += "GOV";
      }
    }
    upgrade(r.speaker);
    if (r.source.code == r.target.code) continue;
    // An act announced ("will", "stands ready to", "would ... if") is coded as the intent or threat;
    // one announced as not to be done ("would not lift sanctions"), as the refusal.
    std::string code = pattern.code;
    if (r.announced && !r.negated) code = coding::announced_code(pattern.code);
    if (r.announced && r.negated) {
      if (std::string refusal = coding::refused_code(pattern.code); !refusal.empty()) {
        code = std::move(refusal);
        r.negated = false;
        if (r.modality == Modality::kIntended)
          r.modality = r.speaker.empty() ? Modality::kAsserted : Modality::kReported;
      }
    }
    const EventCode* ec = codebook.find(code);
    if (ec == nullptr) ec = codebook.find(pattern.code);
    if (ec == nullptr) continue;  // the loader validates codes; never happens with a checked lexicon
    const Sentence& s = out.sentences[p.sentence];
    Event e;
    e.doc_id = doc.id;
    e.sentence = p.sentence;
    e.date = doc.date;
    e.lang = doc.lang;
    e.source = make_actor(doc, s, r.source);
    if (!r.target.code.empty()) e.target = make_actor(doc, s, r.target);
    e.code = std::string(ec->code);
    e.root = Codebook::root_string(ec->code);
    e.name = std::string(ec->name);
    e.quad = ec->quad;
    e.goldstein = ec->goldstein;
    e.plover_type = std::string(ec->plover_type);
    if (!ec->plover_mode.empty()) e.plover_mode = std::string(ec->plover_mode);
    // A pattern line may read its act's PLOVER type apart from the CAMEO code ("resign" is
    // RETREAT/resign in the PLOVER manual, its code 0831 CONCEDE) while the code is its own.
    if (!pattern.plover_type.empty() && e.code == pattern.code) {
      e.plover_type = pattern.plover_type;
      if (pattern.plover_mode.empty()) e.plover_mode.reset();
      else e.plover_mode = pattern.plover_mode;
    }
    e.negated = r.negated;
    e.modality = r.modality;
    if (!r.speaker.empty()) e.speaker = r.speaker;
    e.field = s.field;
    e.evidence_start = s.start;
    e.evidence_end = s.end;
    std::string_view text = field_text(doc, s);
    if (s.end <= text.size() && s.start <= s.end) e.evidence_text = std::string(text.substr(s.start, s.end - s.start));
    e.rule = pattern.rule;
    e.event_id = make_event_id(doc.id, p.sentence, r.source.code, r.target.code, e.code);
    // The same event twice from one sentence (two patterns, same dyad and code) is one event.
    bool duplicate = false;
    for (const Event& prior : out.events)
      if (prior.event_id == e.event_id) duplicate = true;
    if (!duplicate) out.events.push_back(std::move(e));
  }
  // An act with no target beside the same act with one, in one sentence, is the same act read twice
  // ("met today with President Ramaphosa to address ... and discuss regional challenges").
  std::erase_if(out.events, [&](const Event& e) {
    if (e.target) return false;
    return std::any_of(out.events.begin(), out.events.end(), [&](const Event& other) {
      return other.target && other.sentence == e.sentence && other.code == e.code && other.source && e.source &&
             other.source->code == e.source->code && other.negated == e.negated;
    });
  });
  if (options_.report_unmatched) {
    out.unmatched.names = std::move(context.unmatched_names);
    out.unmatched.predicates = std::move(context.unmatched_predicates);
    out.unmatched.subjects = std::move(context.unmatched_subjects);
    if (home.empty())
      out.unmatched.subjects.insert(out.unmatched.subjects.end(), context.unmatched_role_subjects.begin(),
                                    context.unmatched_role_subjects.end());
    out.unmatched.subject_names = context.subject_names;
    out.unmatched.subject_names_resolved =
        context.subject_names_resolved + (home.empty() ? 0 : context.subject_names_role_only);
  }
  out.document = std::move(doc);
  return out;
}

const char* modality_name(Modality m) {
  switch (m) {
    case Modality::kAsserted: return "asserted";
    case Modality::kIntended: return "intended";
    case Modality::kHypothetical: return "hypothetical";
    case Modality::kReported: return "reported";
  }
  return "asserted";
}

}  // namespace parley
