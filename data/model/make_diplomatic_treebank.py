#!/usr/bin/env python3
"""Writes diplomatic-treebank.conllu: template-built sentences of diplomatic news with their UD trees.

The UD English Web Treebank is web text (reviews, e-mail, blogs); it has few sentences like
"Foreign Minister Qin Gang had a phone call with Iranian Foreign Minister Hossein Amir-Abdollahian.",
which are parley's bread and butter. These sentences, all generated here from parley's own word lists
and annotated by construction following EWT's conventions (title words "Minister" as nmod:desc of the
first name, the rest of a name flat, "Foreign"/"Prime" as amod; with-phrases of light-verb
constructions as obl of the verb), are added to the training data by parley_train --extra.

Usage: make_diplomatic_treebank.py [COUNT] [SEED] [WIRE_SHARE] > diplomatic-treebank.conllu
"""
import random
import sys

COUNTRIES = ["China", "Iran", "Russia", "Japan", "Germany", "France", "India", "Pakistan", "Egypt", "Turkey",
             "Brazil", "Kenya", "Ukraine", "Israel", "Qatar", "Vietnam", "Indonesia", "Mexico", "Canada", "Spain",
             "Italy", "Poland", "Nigeria", "Ethiopia", "Argentina", "Chile", "Singapore", "Malaysia", "Saudi Arabia",
             "South Africa", "New Zealand", "Sri Lanka"]
DEMONYMS = ["Chinese", "Iranian", "Russian", "Japanese", "German", "French", "Indian", "Pakistani", "Egyptian",
            "Turkish", "Brazilian", "Kenyan", "Ukrainian", "Israeli", "Qatari", "Vietnamese", "Mexican", "Canadian",
            "Spanish", "Italian", "Polish", "Nigerian", "Argentine", "Singaporean"]
NAMES = ["Qin Gang", "Hossein Amir-Abdollahian", "Wang Yi", "Sergey Lavrov", "Antony Blinken", "Annalena Baerbock",
         "Catherine Colonna", "Mevlut Cavusoglu", "Sameh Shoukry", "Penny Wong", "Melanie Joly", "Xi Jinping",
         "Li Qiang", "Olaf Scholz", "Emmanuel Macron", "Narendra Modi", "Recep Erdogan", "Fumio Kishida",
         "Dmytro Kuleba", "Yoshimasa Hayashi", "Mauro Vieira", "Retno Marsudi", "Vivian Balakrishnan",
         "Faisal Farhan", "Ebrahim Raisi", "Shehbaz Sharif", "Bilawal Bhutto-Zardari", "Ali Sabry", "Ayman Safadi",
         "Nasser Kanaani", "Mao Ning", "Wang Wenbin", "Hua Chunying", "Ned Price", "Josep Borrell", "Antonio Guterres"]
# Title phrases: (tokens, index of the head word inside the title or None when the title is one word).
# Each token: form, UPOS, XPOS, relation, head (index in the title, or "name" for the first name).
TITLES = [
    [("Foreign", "ADJ", "NNP", "amod", 1), ("Minister", "PROPN", "NNP", "nmod:desc", "name")],
    [("Prime", "ADJ", "NNP", "amod", 1), ("Minister", "PROPN", "NNP", "nmod:desc", "name")],
    [("President", "PROPN", "NNP", "nmod:desc", "name")],
    [("Premier", "PROPN", "NNP", "nmod:desc", "name")],
    [("Chancellor", "PROPN", "NNP", "nmod:desc", "name")],
    [("Secretary", "PROPN", "NNP", "nmod:desc", "name")],
    [("Defense", "PROPN", "NNP", "compound", 1), ("Minister", "PROPN", "NNP", "nmod:desc", "name")],
    [("Vice", "PROPN", "NNP", "compound", 1), ("President", "PROPN", "NNP", "nmod:desc", "name")],
    [("State", "PROPN", "NNP", "compound", 1), ("Councilor", "PROPN", "NNP", "nmod:desc", "name")],
    [("Spokesperson", "PROPN", "NNP", "nmod:desc", "name")],
    [("Ambassador", "PROPN", "NNP", "nmod:desc", "name")],
]
CITIES = ["Beijing", "Tehran", "Moscow", "Tokyo", "Berlin", "Paris", "New Delhi", "Islamabad", "Cairo", "Ankara",
          "Brasilia", "Nairobi", "Kyiv", "Doha", "Hanoi", "Jakarta", "Geneva", "Vienna", "Riyadh", "Singapore"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# Transitive verbs: (past, lemma-free: VBD form, present perfect participle, bare).
VERBS = [("condemned", "condemned", "condemn"), ("welcomed", "welcomed", "welcome"), ("thanked", "thanked", "thank"),
         ("criticized", "criticized", "criticize"), ("praised", "praised", "praise"), ("urged", "urged", "urge"),
         ("accused", "accused", "accuse"), ("met", "met", "meet"), ("supported", "supported", "support"),
         ("rejected", "rejected", "reject"), ("received", "received", "receive"), ("visited", "visited", "visit"),
         ("congratulated", "congratulated", "congratulate"), ("warned", "warned", "warn"),
         ("invited", "invited", "invite"), ("called", "called", "call"), ("hosted", "hosted", "host"),
         ("blamed", "blamed", "blame"), ("sanctioned", "sanctioned", "sanction"), ("expelled", "expelled", "expel"),
         ("recognized", "recognized", "recognize"), ("threatened", "threatened", "threaten")]
THINGS = [("decision", "NN"), ("attack", "NN"), ("agreement", "NN"), ("move", "NN"), ("proposal", "NN"),
          ("visit", "NN"), ("statement", "NN"), ("sanctions", "NNS"), ("talks", "NNS"), ("strikes", "NNS"),
          ("election", "NN"), ("resolution", "NN"), ("deal", "NN"), ("plan", "NN"), ("initiative", "NN"),
          ("ceasefire", "NN"), ("launch", "NN"), ("blockade", "NN")]
THING_ADJECTIVES = ["recent", "latest", "new", "unilateral", "joint", "constructive", "important"]
# Light-verb constructions: verb forms, object noun (with optional compound), preposition.
LIGHT = [(("had", "have"), ["phone", "call"], "with"), (("held", "hold"), ["talks"], "with"),
         (("held", "hold"), ["phone", "talks"], "with"), (("had", "have"), ["meeting"], "with"),
         (("signed", "sign"), ["agreement"], "with"), (("held", "hold"), ["consultations"], "with"),
         (("had", "have"), ["video", "call"], "with"), (("held", "hold"), ["meeting"], "with")]


class Sentence:
    def __init__(self):
        self.tokens = []  # [form, upos, xpos, head (token index or -1), deprel]

    def add(self, form, upos, xpos, head=None, deprel="dep"):
        self.tokens.append([form, upos, xpos, head, deprel])
        return len(self.tokens) - 1

    def conllu(self, sent_id):
        lines = [f"# sent_id = parley-diplomatic-{sent_id}",
                 "# text = " + " ".join(t[0] for t in self.tokens)]
        for i, (form, upos, xpos, head, deprel) in enumerate(self.tokens):
            lines.append(f"{i + 1}\t{form}\t_\t{upos}\t{xpos}\t_\t{head + 1 if head >= 0 else 0}\t{deprel}\t_\t_")
        return "\n".join(lines) + "\n"


def person(s, r):
    """Adds an optional demonym + title + name; returns the head (the first name) and a setter of its head."""
    start = len(s.tokens)
    demonym = r.random() < 0.3
    title = r.choice(TITLES)
    if demonym:
        s.add(r.choice(DEMONYMS), "ADJ", "JJ")
    title_start = len(s.tokens)
    for form, upos, xpos, deprel, head in title:
        s.add(form, upos, xpos, None, deprel)
    words = r.choice(NAMES).split()
    first = s.add(words[0], "PROPN", "NNP")
    for w in words[1:]:
        s.add(w, "PROPN", "NNP", first, "flat")
    for k, (form, upos, xpos, deprel, head) in enumerate(title):
        s.tokens[title_start + k][3] = first if head == "name" else title_start + head
    if demonym:  # the demonym modifies the title's nmod:desc word
        desc = next(title_start + k for k, t in enumerate(title) if t[4] == "name")
        s.tokens[start][3] = desc
        s.tokens[start][4] = "amod"
    return first


def country(s, r):
    words = r.choice(COUNTRIES).split()
    if len(words) == 1:
        return s.add(words[0], "PROPN", "NNP")
    # "Saudi Arabia", "South Africa": UD EWT treats the first word as compound of the last.
    head = len(s.tokens) + len(words) - 1
    for w in words[:-1]:
        s.add(w, "PROPN", "NNP", head, "compound")
    return s.add(words[-1], "PROPN", "NNP")


def agent(s, r):
    x = r.random()
    if x < 0.45:
        return person(s, r)
    if x < 0.85:
        return country(s, r)
    det = s.add("The", "DET", "DT")
    num = s.add("two", "NUM", "CD")
    head = s.add(r.choice(["sides", "leaders", "countries", "ministers"]), "NOUN", "NNS")
    s.tokens[det][3], s.tokens[det][4] = head, "det"
    s.tokens[num][3], s.tokens[num][4] = head, "nummod"
    return head


def thing(s, r):
    det = s.add(r.choice(["the", "the", "a"]), "DET", "DT")
    adj = None
    if r.random() < 0.4:
        adj = s.add(r.choice(THING_ADJECTIVES), "ADJ", "JJ")
    noun, xpos = r.choice(THINGS)
    if s.tokens[det][0] == "a" and (xpos == "NNS" or (adj is None and noun[0] in "aeiou") or
                                   (adj is not None and s.tokens[adj][0][0] in "aeiou")):
        s.tokens[det][0] = "an" if xpos != "NNS" else "the"
    head = s.add(noun, "NOUN", xpos)
    s.tokens[det][3], s.tokens[det][4] = head, "det"
    if adj is not None:
        s.tokens[adj][3], s.tokens[adj][4] = head, "amod"
    return head


def attach(s, dependent, head, deprel):
    s.tokens[dependent][3] = head
    s.tokens[dependent][4] = deprel


def finish(s, root):
    """Ends the sentence with a full stop and makes `root` its root."""
    s.add(".", "PUNCT", ".", root, "punct")
    s.tokens[root][3], s.tokens[root][4] = -1, "root"
    return s


def tail_modifiers(s, r, verb, places=None, prepositions=("in",), p_place=0.3, p_day=0.3):
    """ "in Berlin", "on Monday" after the verb (each with its probability)."""
    if r.random() < p_place:
        case = s.add(prepositions[0] if len(prepositions) == 1 else r.choice(prepositions), "ADP", "IN")
        words = r.choice(places or CITIES).split()
        city = len(s.tokens) + len(words) - 1
        for w in words[:-1]:
            s.add(w, "PROPN", "NNP", city, "compound")
        s.add(words[-1], "PROPN", "NNP", verb, "obl")
        attach(s, case, city, "case")
    if r.random() < p_day:
        case = s.add("on", "ADP", "IN")
        day = s.add(r.choice(DAYS), "PROPN", "NNP", verb, "obl")
        attach(s, case, day, "case")


def verb_group(s, r, past, bare):
    """Past tense, present perfect or future; returns the main verb's index (head attached later)."""
    x = r.random()
    if x < 0.7:
        return s.add(past, "VERB", "VBD"), []
    if x < 0.85:
        aux = s.add("has", "AUX", "VBZ")
        return s.add(past, "VERB", "VBN"), [aux]
    aux = s.add("will", "AUX", "MD")
    return s.add(bare, "VERB", "VB"), [aux]


def light_verb_sentence(r):
    s = Sentence()
    subject = agent(s, r)
    (past, bare), object_words, preposition = r.choice(LIGHT)
    verb, auxes = verb_group(s, r, past, bare)
    if past == "had" and s.tokens[verb][2] == "VBN":
        s.tokens[verb][0] = "had"
    attach(s, subject, verb, "nsubj")
    for a in auxes:
        attach(s, a, verb, "aux")
    plural = object_words[-1].endswith("s")
    det = None
    if not plural:
        det = s.add("an" if object_words[0][0] in "aeiou" else "a", "DET", "DT")
    elif r.random() < 0.3:
        det = s.add("the", "DET", "DT")
    head_index = len(s.tokens) + len(object_words) - 1
    for w in object_words[:-1]:
        s.add(w, "NOUN", "NN", head_index, "compound")
    obj = s.add(object_words[-1], "NOUN", "NNS" if plural else "NN", verb, "obj")
    if det is not None:
        attach(s, det, obj, "det")
    case = s.add(preposition, "ADP", "IN")
    partner = person(s, r) if r.random() < 0.6 else country(s, r)
    attach(s, partner, verb, "obl")
    attach(s, case, partner, "case")
    tail_modifiers(s, r, verb)
    return finish(s, verb)


def transitive_sentence(r):
    s = Sentence()
    subject = agent(s, r)
    past, _, bare = r.choice(VERBS)
    verb, auxes = verb_group(s, r, past, bare)
    attach(s, subject, verb, "nsubj")
    for a in auxes:
        attach(s, a, verb, "aux")
    if past == "met" and r.random() < 0.5:  # "met with X": obl
        case = s.add("with", "ADP", "IN")
        partner = person(s, r) if r.random() < 0.6 else country(s, r)
        attach(s, partner, verb, "obl")
        attach(s, case, partner, "case")
    elif r.random() < 0.5:
        obj = person(s, r) if r.random() < 0.4 else country(s, r)
        attach(s, obj, verb, "obj")
        if past in ("thanked", "praised", "criticized", "blamed", "congratulated") and r.random() < 0.6:
            case = s.add("for", "ADP", "IN")
            poss = s.add(r.choice(["its", "his", "her", "their"]), "PRON", "PRP$")
            adj = s.add(r.choice(["constructive", "important", "positive", "active"]), "ADJ", "JJ")
            role = s.add(r.choice(["role", "efforts", "support", "contribution"]), "NOUN", "NN")
            if s.tokens[role][0] == "efforts":
                s.tokens[role][2] = "NNS"
            attach(s, role, verb, "obl")
            attach(s, case, role, "case")
            attach(s, poss, role, "nmod:poss")
            attach(s, adj, role, "amod")
    else:
        obj = thing(s, r)
        attach(s, obj, verb, "obj")
    tail_modifiers(s, r, verb)
    return finish(s, verb)


# Wire copy: crowds and casualties counted, plural peoples in the present tense.
QUANTITIES = [(["Hundreds"], "NNS"), (["Thousands"], "NNS"), (["Dozens"], "NNS"), (["Tens", "of", "thousands"], "NNS")]
NUMBERS = ["Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Ten", "12", "20", "About 200", "Some 500",
           "At least three", "More than 100"]
CROWDS = ["students", "protesters", "demonstrators", "workers", "farmers", "teachers", "supporters", "activists",
          "refugees", "Kenyans", "Nigerians", "Palestinians", "Kurds", "Iranians", "Albanians", "Tamils"]
CROWD_VERBS = ["rallied", "demonstrated", "marched", "protested", "gathered", "marched", "rioted", "rallied"]
VICTIMS = ["soldiers", "civilians", "policemen", "servicemen", "troops", "militants", "rebels", "villagers",
           "journalists", "guerrillas", "peacekeepers", "officers"]
HARM = ["killed", "wounded", "injured", "arrested", "detained", "kidnapped", "abducted", "captured", "attacked"]
MEANS = [["a", "roadside", "bomb"], ["an", "explosion"], ["a", "car", "bomb"], ["an", "air", "strike"],
         ["a", "suicide", "bombing"], ["a", "rocket", "attack"], ["clashes"], ["an", "ambush"], ["gunfire"]]
PEOPLES = ["Palestinians", "Israelis", "Kurds", "Russians", "Iranians", "Afghans", "Serbs", "Albanians", "Iraqis",
           "Turks", "Greeks", "Tamils"]
PRESENT_VERBS = ["reject", "oppose", "support", "demand", "accept", "welcome", "condemn", "fear", "want"]


def number_words(s, r):
    """Adds a count before a plural noun; returns the indexes to attach to the noun (as nummod etc.)."""
    words = r.choice(NUMBERS).split()
    if len(words) == 1:
        return [(s.add(words[0], "NUM", "CD"), "nummod")]
    if words[0] in ("About", "Some"):
        adv = s.add(words[0], "ADV", "RB")
        num = s.add(words[1], "NUM", "CD")
        attach(s, adv, num, "advmod")
        return [(num, "nummod")]
    # "At least three", "More than 100": the first two words modify the number.
    first = s.add(words[0], "ADP" if words[0] == "At" else "ADJ", "IN" if words[0] == "At" else "JJR")
    second = s.add(words[1], "ADJ" if words[1] == "least" else "ADP", "JJS" if words[1] == "least" else "IN")
    num = s.add(words[2], "NUM", "CD")
    attach(s, first, num, "advmod")
    attach(s, second, first, "fixed")
    return [(num, "nummod")]


def place_and_day(s, r, verb):
    tail_modifiers(s, r, verb, CITIES + COUNTRIES, ("in", "in", "near", "outside"), 0.7, 0.4)


def crowd_sentence(r):
    """ "Thousands of Kenyans rallied in Nairobi on Monday against the decision." """
    s = Sentence()
    words, xpos = r.choice(QUANTITIES)
    if len(words) == 1:
        head = s.add(words[0], "NOUN", xpos)
    else:  # "Tens of thousands of": "Tens" heads, "thousands" is its nmod
        head = s.add(words[0], "NOUN", "NNS")
        of = s.add("of", "ADP", "IN")
        inner = s.add(words[2], "NOUN", "NNS", head, "nmod")
        attach(s, of, inner, "case")
    of = s.add("of", "ADP", "IN")
    if r.random() < 0.3:
        demonym = s.add(r.choice(DEMONYMS), "ADJ", "JJ")
    else:
        demonym = None
    crowd_word = r.choice(CROWDS)
    crowd = s.add(crowd_word, "PROPN" if crowd_word[0].isupper() else "NOUN",
                  "NNPS" if crowd_word[0].isupper() else "NNS", head, "nmod")
    attach(s, of, crowd, "case")
    if demonym is not None:
        attach(s, demonym, crowd, "amod")
    verb = s.add(r.choice(CROWD_VERBS), "VERB", "VBD")
    attach(s, head, verb, "nsubj")
    place_and_day(s, r, verb)
    if r.random() < 0.3:
        case = s.add("against", "ADP", "IN")
        obj = thing(s, r)
        attach(s, obj, verb, "obl")
        attach(s, case, obj, "case")
    return finish(s, verb)


def casualty_sentence(r):
    """ "Three Afghan soldiers were killed in a roadside bomb near Kabul on Sunday." """
    s = Sentence()
    mods = number_words(s, r)
    demonym = s.add(r.choice(DEMONYMS), "ADJ", "JJ") if r.random() < 0.6 else None
    victims = s.add(r.choice(VICTIMS), "NOUN", "NNS")
    for m, rel in mods:
        attach(s, m, victims, rel)
    if demonym is not None:
        attach(s, demonym, victims, "amod")
    aux = s.add(r.choice(["were", "were", "have"]), "AUX", "VBD" if s.tokens[-1][0] != "have" else "VBP")
    auxes = [(aux, "aux:pass" if s.tokens[aux][0] == "were" else "aux")]
    if s.tokens[aux][0] == "have":
        s.tokens[aux][2] = "VBP"
        been = s.add("been", "AUX", "VBN")
        auxes.append((been, "aux:pass"))
    verb = s.add(r.choice(HARM), "VERB", "VBN")
    attach(s, victims, verb, "nsubj:pass")
    for a, rel in auxes:
        attach(s, a, verb, rel)
    if r.random() < 0.6:
        means = r.choice(MEANS)
        agent = r.random() < 0.5 and len(means) > 1
        case = s.add("by" if agent else "in", "ADP", "IN")
        head = len(s.tokens) + len(means) - 1
        for k, w in enumerate(means[:-1]):
            if k == 0 and w in ("a", "an"):
                s.add(w, "DET", "DT", head, "det")
            else:
                s.add(w, "NOUN", "NN", head, "compound")
        noun = s.add(means[-1], "NOUN", "NNS" if means[-1].endswith("es") else "NN", verb,
                     "obl:agent" if agent else "obl")
        attach(s, case, noun, "case")
    place_and_day(s, r, verb)
    return finish(s, verb)


WEAPONS = [["car", "bomb"], ["roadside", "bomb"], ["bomb"], ["blast"], ["explosion"], ["air", "strike"],
           ["airstrike"], ["missile"], ["rocket"], ["drone", "strike"], ["suicide", "bomber"], ["landmine"]]
ATTACKERS = ["Gunmen", "Militants", "Rebels", "Troops", "Police", "Soldiers", "Insurgents", "Protesters",
             "Security forces", "Fighters"]


def active_violence_sentence(r):
    """ "A roadside bomb killed three soldiers near Kabul on Sunday." / "Gunmen attacked a convoy." """
    s = Sentence()
    if r.random() < 0.5:
        words = r.choice(WEAPONS)
        plural = r.random() < 0.3 and words[-1] not in ("explosion",)
        det = None
        if not plural:
            det = s.add(r.choice(["A", "The"]), "DET", "DT")
        elif r.random() < 0.5:
            det = s.add(r.choice(DEMONYMS), "ADJ", "JJ")
        head = len(s.tokens) + len(words) - 1
        for w in words[:-1]:
            s.add(w, "NOUN", "NN", head, "compound")
        subject = s.add(words[-1] + ("s" if plural else ""), "NOUN", "NNS" if plural else "NN")
        if det is not None:
            attach(s, det, subject, "det" if s.tokens[det][1] == "DET" else "amod")
        verb = s.add(r.choice(["killed", "wounded", "injured", "hit", "destroyed", "struck"]), "VERB", "VBD")
    else:
        words = r.choice(ATTACKERS).split()
        head = len(s.tokens) + len(words) - 1
        for w in words[:-1]:
            s.add(w, "NOUN", "NN", head, "compound")
        subject = s.add(words[-1], "NOUN", "NNS")
        verb = s.add(r.choice(["killed", "attacked", "arrested", "detained", "abducted", "shot", "wounded",
                               "ambushed"]), "VERB", "VBD")
    attach(s, subject, verb, "nsubj")
    mods = number_words(s, r)
    for k in range(verb + 1, len(s.tokens)):  # "killed at least three", not "killed At least three"
        if s.tokens[k][0] in ("At", "More", "About", "Some") or s.tokens[k][0] in NUMBERS:
            s.tokens[k][0] = s.tokens[k][0].lower()
    s.tokens[0][0] = s.tokens[0][0][0].upper() + s.tokens[0][0][1:]
    obj = s.add(r.choice(VICTIMS), "NOUN", "NNS", verb, "obj")
    for m, rel in mods:
        attach(s, m, obj, rel)
    place_and_day(s, r, verb)
    return finish(s, verb)


def people_present_sentence(r):
    """ "The Palestinians reject the proposal, the negotiator said." (present tense, plural people) """
    s = Sentence()
    det = s.add("The", "DET", "DT")
    people = s.add(r.choice(PEOPLES), "PROPN", "NNPS")
    attach(s, det, people, "det")
    verb = s.add(r.choice(PRESENT_VERBS), "VERB", "VBP")
    attach(s, people, verb, "nsubj")
    obj = thing(s, r)
    attach(s, obj, verb, "obj")
    if r.random() < 0.5:
        comma = s.add(",", "PUNCT", ",")
        speaker = person(s, r)
        said = s.add("said", "VERB", "VBD")
        attach(s, speaker, said, "nsubj")
        attach(s, comma, said, "punct")
        attach(s, verb, said, "ccomp")
        return finish(s, said)
    return finish(s, verb)


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 600
    r = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    wire = float(sys.argv[3]) if len(sys.argv) > 3 else 0.0  # share of wire-copy sentences
    out = []
    for i in range(count):
        if wire > 0 and r.random() < wire:  # wire copy
            s = r.choice([crowd_sentence, casualty_sentence, active_violence_sentence, people_present_sentence])(r)
        else:
            s = light_verb_sentence(r) if r.random() < 0.45 else transitive_sentence(r)
        for t in s.tokens:
            assert t[3] is not None, s.tokens
        out.append(s.conllu(i + 1))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
