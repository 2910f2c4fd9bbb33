# Quick start (fresh Debian/Ubuntu, as root or with sudo):
#   make demo   set everything up and open the kiosk in demo mode
#   make test   set everything up and run every check and test
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test setup system services lint typecheck imports unit translations bench screenshots clean

demo: setup
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
	  echo "No display in this session: the kiosk opens on a virtual screen (Xvfb)."; \
	  echo "Run 'make demo' from a desktop session to see the window."; \
	  xvfb-run -a -s "-screen 0 1366x768x24" $(BIN)/kiosk --demo; \
	else $(BIN)/kiosk --demo; fi

test: setup services lint typecheck imports unit

system:
	installer/setup-system --dev

$(STAMP): pyproject.toml
	$(MAKE) system
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

# The printing test prints through a real CUPS queue named HWC_PDF (cups-pdf). As root,
# this starts cupsd when it is installed but not running and adds the queue (idempotent).
services:
	scripts/test-services

lint: setup
	$(BIN)/ruff check kiosk hub tests bench scripts
	$(BIN)/ruff format --check kiosk hub tests bench scripts

typecheck: setup
	$(BIN)/mypy

imports: setup
	$(BIN)/lint-imports

unit: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

translations: setup
	$(BIN)/python scripts/translations.py update

bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/startup.py
	$(BIN)/python bench/search.py
	$(BIN)/python bench/rx.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/devices.py
	$(BIN)/python bench/sync.py
	$(BIN)/python bench/consult.py  # as root: network namespaces

screenshots: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.devices_screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.screenshots_sync docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.screenshots_consult docs/screenshots

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache
