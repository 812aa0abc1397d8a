#include "parley/pipeline.h"

#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <thread>

namespace parley {

void code_documents(const Coder& coder, int threads,
                    const std::function<void(const std::function<void(Document&&)>&)>& produce,
                    const std::function<void(CodedDocument&&)>& consume) {
  if (threads <= 1) {
    auto state = coder.new_state();
    produce([&](Document&& doc) { consume(coder.code(std::move(doc), *state)); });
    return;
  }

  std::mutex mu;
  std::condition_variable work_ready;   // workers wait for documents
  std::condition_variable result_ready; // the caller waits for results or room
  std::deque<std::pair<long, Document>> queue;
  std::map<long, CodedDocument> done;
  bool closed = false;
  long next_in = 0, next_out = 0;
  const long capacity = 4L * threads;

  std::vector<std::thread> workers;
  for (int i = 0; i < threads; ++i) {
    workers.emplace_back([&] {
      auto state = coder.new_state();
      for (;;) {
        std::pair<long, Document> item;
        {
          std::unique_lock lock(mu);
          work_ready.wait(lock, [&] { return closed || !queue.empty(); });
          if (queue.empty()) return;
          item = std::move(queue.front());
          queue.pop_front();
        }
        CodedDocument coded = coder.code(std::move(item.second), *state);
        {
          std::lock_guard lock(mu);
          done.emplace(item.first, std::move(coded));
        }
        result_ready.notify_one();
      }
    });
  }

  // Hands on every finished document that is next in order. Called with the lock held; unlocks
  // around `consume` so workers keep going.
  auto drain = [&](std::unique_lock<std::mutex>& lock) {
    for (auto it = done.find(next_out); it != done.end(); it = done.find(next_out)) {
      CodedDocument coded = std::move(it->second);
      done.erase(it);
      ++next_out;
      lock.unlock();
      consume(std::move(coded));
      lock.lock();
    }
  };

  produce([&](Document&& doc) {
    std::unique_lock lock(mu);
    result_ready.wait(lock, [&] {
      drain(lock);
      return next_in - next_out < capacity;
    });
    queue.emplace_back(next_in++, std::move(doc));
    lock.unlock();
    work_ready.notify_one();
  });
  {
    std::unique_lock lock(mu);
    closed = true;
    work_ready.notify_all();
    result_ready.wait(lock, [&] {
      drain(lock);
      return next_out == next_in;
    });
  }
  for (std::thread& t : workers) t.join();
}

}  // namespace parley
