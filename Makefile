# parley: top-level entry points. `make demo` and `make test` work on a fresh Debian machine.
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
BUILD ?= build
ASAN_BUILD ?= build-asan
SHARED ?= ../shared

.PHONY: all deps build demo test bench fuzz clean

all: build

deps:
	@./scripts/install-deps

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

demo: build
	@mkdir -p out
	@rm -f out/parley.sqlite out/parley.sqlite-wal out/parley.sqlite-shm
	@echo "== parley code examples/ --db out/parley.sqlite"
	@./$(BUILD)/parley code examples/ --db out/parley.sqlite -o out/events.jsonl
	@echo "== events written to out/events.jsonl and out/parley.sqlite"
	@./$(BUILD)/parley stats --db out/parley.sqlite

# Tests run under AddressSanitizer and UndefinedBehaviorSanitizer, in their own build directory.
test: deps
	@cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DPARLEY_SANITIZE=ON \
	  -DCMAKE_CXX_FLAGS="-O1 -g" >/dev/null
	@cmake --build $(ASAN_BUILD) -j $(JOBS)
	@./$(ASAN_BUILD)/parley dict check
	@cd $(ASAN_BUILD) && ctest --output-on-failure -j $(JOBS)

bench: build
	@./$(BUILD)/parley_bench --benchmark_min_time=0.2
	@./scripts/bench-corpus $(BUILD)/parley $(SHARED)

fuzz: deps
	@cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DPARLEY_FUZZ=ON -DPARLEY_DEVELOPER=OFF \
	  -DCMAKE_BUILD_TYPE=Debug >/dev/null
	@cmake --build build-fuzz -j $(JOBS)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) build-fuzz out
