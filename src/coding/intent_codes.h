// CAMEO codes announced rather than done. CAMEO codes an announced act by the intent to do it:
// "India stands ready to extend assistance to Japan" is 033 (intent to provide material aid), not
// 070; "the United States would impose further sanctions on Iran if ..." is 1312 (threaten with
// sanctions), not 163. The verb dictionaries name the act; this maps it by the event's modality.
#pragma once

#include <string>
#include <string_view>

namespace parley::coding {

// For an intended or hypothetical event: the intent code (03x) of a cooperative act, or the threat
// code (13x) of a coercive one. Other codes are returned unchanged.
std::string announced_code(std::string_view code);

// For an act announced as not to be done ("Washington would not lift sanctions", "will not negotiate
// with"): the refusal code (12x) it amounts to, or empty when the act has none (then the event stays
// the act itself, negated).
std::string refused_code(std::string_view code);

}  // namespace parley::coding
