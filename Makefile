# Quick start (fresh Debian/Ubuntu, as root or with sudo):
#   make demo   set everything up and open the kiosk in demo mode
#   make test   set everything up and run every check and test
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test setup system services lint typecheck imports unit bundle-test bundle translations bench screenshots clean

demo: setup
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
	  echo "No display in this session: the kiosk opens on a virtual screen (Xvfb)."; \
	  echo "Run 'make demo' from a desktop session to see the window."; \
	  xvfb-run -a -s "-screen 0 1366x768x24" $(BIN)/kiosk --demo; \
	else $(BIN)/kiosk --demo; fi

test: setup services lint typecheck imports unit bundle-test

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

SHELL_SCRIPTS := installer/install.sh installer/build-bundle installer/setup-system scripts/test-services .ci/run

lint: setup
	$(BIN)/ruff check kiosk hub hwc_shared hwc_demo tests bench scripts installer
	$(BIN)/ruff format --check kiosk hub hwc_shared hwc_demo tests bench scripts installer
	@if command -v shellcheck >/dev/null; then shellcheck $(SHELL_SCRIPTS); \
	else echo "lint: shellcheck is not installed (installer/setup-system --dev installs it)"; fi

typecheck: setup
	$(BIN)/mypy
	$(BIN)/mypy --strict installer/build_bundle.py

imports: setup
	$(BIN)/lint-imports

# The hub tests run against SQLite and against PostgreSQL: a throwaway cluster on
# loopback for this run only (scripts/test-postgres), its URL in HUB_TEST_POSTGRES_URL.
unit: setup
	scripts/test-postgres run env QT_QPA_PLATFORM=offscreen HUB_TEST_POSTGRES=required \
	  $(BIN)/pytest -q -m "not bundle"

# Builds the offline bundle (and an older one) and installs them into temporary folders.
bundle-test: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q -m bundle

# The offline bundle for district IT: dist/hwc-kiosk-VERSION-linux-x86_64.tar.gz
bundle: setup
	installer/build-bundle

translations: setup
	$(BIN)/python scripts/translations.py update

bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/startup.py
	$(BIN)/python bench/search.py
	$(BIN)/python bench/rx.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/devices.py
	$(BIN)/python bench/sync.py
	$(BIN)/python bench/hub_load.py
	$(BIN)/python bench/dashboard.py
	$(BIN)/python bench/consult.py  # as root: network namespaces

screenshots: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.devices_screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.screenshots_sync docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.screenshots_consult docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.screenshots_rx docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.screenshots_teleconsult docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.screenshots_teleconsult docs/screenshots hi
	$(BIN)/python -m tests.screenshots_dashboard docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.screenshots_monthly docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.screenshots_disk docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.screenshots_languages docs/screenshots
	KIOSK_SCREENSHOTS=docs/screenshots $(BIN)/pytest -q tests/test_ibus_typing.py -k pace

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache
