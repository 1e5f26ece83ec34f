# Two entry points for a fresh machine: `make demo` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
WIRECODER := $(VENV)/bin/wirecoder
STAMP := $(VENV)/.installed-stamp
DEMO_DB := demo/wirecoder.db

.PHONY: install browser-deps demo test test-all eval bench clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,baselines]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	mkdir -p demo
	$(WIRECODER) run examples/ --manifest examples/manifest.csv --db $(DEMO_DB)
	$(WIRECODER) stats --db $(DEMO_DB)
	$(WIRECODER) export --db $(DEMO_DB) --format jsonl --table events --out demo/events.jsonl
	$(WIRECODER) export --db $(DEMO_DB) --format csv --table quotes --out demo/quotes.csv
	$(WIRECODER) report --db $(DEMO_DB) --out demo/story.html
	@echo
	@echo "Done. Story report: demo/story.html (open it in a browser);"
	@echo "database: $(DEMO_DB) (browse it: .venv/bin/wirecoder serve --db $(DEMO_DB));"
	@echo "events: demo/events.jsonl, quotes: demo/quotes.csv."

# Browser tests drive Debian's Chromium through Playwright (never a browser
# download of Playwright's own).
browser-deps:
	command -v chromium >/dev/null 2>&1 || (apt-get update && apt-get install -y chromium)

test: install browser-deps
	$(VENV)/bin/pytest -q

# Everything, including the long accuracy runs marked slow.
test-all: install browser-deps
	$(VENV)/bin/pytest -q -m ''

# Every accuracy task on the full gold data; writes docs/accuracy.md.
eval: install
	$(PY) -m wirecoder.evaluation.report --out docs/accuracy.md --json-out docs/accuracy.json

bench: install
	$(WIRECODER) bench --data ../shared/gold/polnear/dev/text

clean:
	rm -rf demo .pytest_cache
