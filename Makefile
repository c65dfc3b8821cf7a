# vacex: make targets. `make help` lists them.

CARGO      ?= cargo
PYTHON     ?= python3
VENV       := .venv
VPY        := $(VENV)/bin/python
BIN        := target/release/vacex
SHARED     ?= ../shared
OUT        ?= out
RUN_DATE   ?= 2025-11-01

.PHONY: help build run test test-rust test-fuzz-replay test-python lint score bench fuzz clean venv

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

build: ## Build the release binary
	$(CARGO) build --release --locked

run: build ## Run the pipeline on samples/ and preview the Parquet it wrote
	$(BIN) run --out $(OUT) --run-date $(RUN_DATE) samples/pages
	@echo
	@echo "Tables in $(OUT)/: observations/run_date=$(RUN_DATE)/, vacancies/vacancies.parquet, rejects/run_date=$(RUN_DATE)/, runs/$(RUN_DATE).json"
	@echo
	$(BIN) head -n 5 --columns title,employer,city,province,hours_max,salary_min,salary_max,salary_period,closing_date $(OUT)/vacancies/vacancies.parquet

$(VPY): tests/python/requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(VPY) -m pip install --quiet --disable-pip-version-check -r tests/python/requirements.txt
	@touch $(VPY)

venv: $(VPY) ## Create the local Python venv with the test readers (pandas, polars, DuckDB)

test: test-rust test-python ## Run every test (Rust and the Python readers)

test-rust:
	$(CARGO) test --release --locked --workspace
	$(MAKE) test-fuzz-replay

# The fuzz targets on stable Rust: every committed regression input (fuzz/regressions)
# and seed, then FUZZ_ITERS deterministic mutations per target. The time budget is far
# above what that takes, so the number of inputs, not the clock, ends each target.
FUZZ_ITERS ?= 2000
test-fuzz-replay: ## Replay fuzz regressions, seeds and a fixed number of mutations (stable)
	VACEX_FUZZ_ITERS=$(FUZZ_ITERS) VACEX_FUZZ_SECS=3600 $(CARGO) test --release --locked --manifest-path fuzz/Cargo.toml

# Coverage-guided fuzzing with libFuzzer (needs a nightly toolchain and cargo-fuzz):
# FUZZ_SECS per target, seeded from samples/pages; crashes land in fuzz/artifacts/.
FUZZ_SECS ?= 300
FUZZ_TARGETS := decode extract jsonl_reader warc_reader normalize
fuzz: ## libFuzzer on every fuzz target for FUZZ_SECS each (nightly + cargo-fuzz)
	@command -v cargo-fuzz >/dev/null || $(CARGO) install --locked cargo-fuzz
	@for t in $(FUZZ_TARGETS); do mkdir -p fuzz/corpus/$$t; done
	cp samples/pages/*.html samples/pages/*.txt fuzz/corpus/decode/
	cp samples/pages/*.html samples/pages/*.txt fuzz/corpus/extract/
	cp samples/pages/feed.jsonl fuzz/corpus/jsonl_reader/
	gunzip -c samples/pages/crawl.warc.gz > fuzz/corpus/warc_reader/crawl.warc
	cd fuzz && for t in $(FUZZ_TARGETS); do \
	  cargo +nightly fuzz run $$t corpus/$$t -- -max_total_time=$(FUZZ_SECS) -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 || exit 1; \
	done

test-python: build $(VPY)
	$(CARGO) build --release --locked --quiet -p vacex-bench --bin gen-corpus
	VACEX_BIN=$(abspath $(BIN)) VACEX_GEN_CORPUS=$(abspath target/release/gen-corpus) VACEX_SHARED=$(abspath $(SHARED)) $(VPY) -m pytest -q tests/python

lint: ## cargo fmt --check and clippy with warnings as errors
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --release --locked --workspace --all-targets -- -D warnings

score: build ## Score extraction on the seeds, the real pages and the samples
	@mkdir -p target/score
	$(BIN) extract $(SHARED)/seeds/pages/*.txt > target/score/seeds.jsonl
	@echo "== seeds"; $(PYTHON) $(SHARED)/tools/score-fields $(SHARED)/seeds/expected.jsonl target/score/seeds.jsonl --quiet
	$(BIN) extract $(SHARED)/real-html/r*.html > target/score/real-html.jsonl
	@echo "== real-html"; $(PYTHON) $(SHARED)/tools/score-fields $(SHARED)/real-html/expected.jsonl target/score/real-html.jsonl --quiet
	$(BIN) extract samples/pages > target/score/samples.jsonl
	@echo "== samples"; $(PYTHON) $(SHARED)/tools/score-fields samples/expected.jsonl target/score/samples.jsonl --quiet

bench: build $(VPY) ## Throughput benchmark: vacex against the Python reference (see BENCHMARKS.md)
	VPY=$(VPY) BIN=$(BIN) bash benches/run.sh

clean:
	rm -rf $(OUT) target/score
