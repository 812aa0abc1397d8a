// parley/pipeline.h: codes a stream of documents on N worker threads, handing the results on in
// input order (so output is the same whatever N is).
#pragma once

#include <functional>

#include "parley/coder.h"

namespace parley {

// `produce` is called once, on the calling thread, with an `emit` function it calls for each
// document in order. `consume` is called on the calling thread, in input order, for each coded
// document. At most about 4 x threads documents are held in memory at once. threads <= 1 codes on
// the calling thread.
void code_documents(const Coder& coder, int threads,
                    const std::function<void(const std::function<void(Document&&)>& emit)>& produce,
                    const std::function<void(CodedDocument&&)>& consume);

}  // namespace parley
