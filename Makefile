# Two entry points: `make serve` and `make test`. Each installs what it needs first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP_PY   := $(VENV)/.installed
STAMP_NODE := node_modules/.installed
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: serve build test lint bench chromium clean

$(STAMP_PY): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "selfassess needs Python 3.11 or newer"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,engines]'
	@touch $@

$(STAMP_NODE): package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

# Browser tests need a Chromium; the system one is used when present.
chromium:
	@command -v chromium >/dev/null || command -v chromium-browser >/dev/null || \
	  { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium; }

build: $(STAMP_PY) $(STAMP_NODE)
	$(BIN)/selfassess build

serve: $(STAMP_PY) $(STAMP_NODE)
	$(BIN)/selfassess serve --dev-addr 127.0.0.1:8000

lint: $(STAMP_PY)
	$(BIN)/ruff check .

test: $(STAMP_PY) $(STAMP_NODE) chromium lint
	$(BIN)/python -m pytest

bench: $(STAMP_PY) $(STAMP_NODE) chromium
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) node_modules site build dist
