# crosscount: `make help` lists the targets. Everything runs inside .venv,
# created on first use from the pinned requirements.lock.
.DEFAULT_GOAL := help
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.9
RUN := PATH="$(CURDIR)/$(BIN):$$PATH" DVC_NO_ANALYTICS=1

.PHONY: help install chromium repro test lab bench eval-dev compare-dev screenshots-dev plots lock templates clean

help: ## show this list
	@awk 'BEGIN {FS = ":.*## "} /^[a-z-]+:.*## / {printf "  make %-10s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(BIN)/.installed: requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check uv==$(UV_VERSION)
	$(BIN)/uv pip sync -q --python $(BIN)/python requirements.lock
	$(BIN)/uv pip install -q --python $(BIN)/python --no-deps -e .
	touch $@

install: $(BIN)/.installed ## create .venv with the pinned versions (once; again when the lock changes)

repro: install ## run the pipeline on the shipped corpus (dvc repro) and print the figures
	$(RUN) dvc repro
	@$(RUN) python -m crosscount.stages.devset >/dev/null
	@$(RUN) dvc metrics show

chromium: ## install Debian's chromium for the browser tests (once; needs root or an existing install)
	@command -v chromium >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } || { echo "browser tests need Debian's chromium: apt-get install chromium"; exit 1; }

test: install chromium ## run the test suite (installs Debian's chromium if missing)
	$(RUN) python -m pytest $(PYTEST_ARGS)

lab: install ## open JupyterLab on the reading notebook (run `make repro` first)
	$(RUN) jupyter lab $(if $(filter 0,$(shell id -u)),--allow-root) notebooks/compare.ipynb

bench: install ## print extraction speed vs a spaCy tokenisation baseline (N=10000)
	$(RUN) python scripts/benchmark.py --n $(or $(N),10000)

eval-dev: install ## score extraction on the dev set (params.yaml evaluate.devset, read in place)
	$(RUN) python -m crosscount.stages.devset

DEVSET = $(shell $(BIN)/python -c "import yaml; print(yaml.safe_load(open('params.yaml'))['evaluate']['devset'])" 2>/dev/null)
compare-dev: install ## chart the dev set in place: reports/devset/{tables,charts,compare.ipynb} (not committed)
	$(RUN) crosscount compare $(DEVSET) --out reports/devset

screenshots-dev: compare-dev chromium ## screenshots of the dev-set notebook in JupyterLab: reports/screenshots/devset/
	$(RUN) python scripts/lab_screenshots.py reports/devset/compare.ipynb reports/screenshots/devset

templates: install ## regenerate the DVC plot templates (.dvc/plots) from the chart functions
	$(RUN) crosscount dvc-templates

plots: install templates ## render the DVC plots to reports/dvc_plots (offline HTML)
	$(RUN) dvc plots show --html-template reports/dvc_plots_template.html -o reports/dvc_plots

lock: ## re-resolve requirements.lock from pyproject.toml (needs the registry)
	$(BIN)/uv pip compile -q pyproject.toml --extra dev --python-version 3.11 -o requirements.lock

clean: ## remove pipeline outputs (not the environment)
	rm -rf data/interim data/processed reports/charts reports/plots reports/dvc_plots
