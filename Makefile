# Liaison. A newcomer types two commands: make run, make test. Both install
# what is missing on a Debian or Ubuntu machine first (as root, or through
# sudo).

SHELL   := /bin/bash
GO      ?= go
BIN     := liaison
# Fyne's fyne.Do migration (FyneApp.toml [Migrations] fyneDo = true) is a
# build tag when building with plain go build.
TAGS    := migrated_fynedo
VERSION := $(shell sed -n 's/^Version *= *"\(.*\)"/\1/p' FyneApp.toml)
LDFLAGS := -X liaison/internal/cli.Version=$(VERSION)
# The GUI needs cgo with these (OpenGL and X11 headers for GLFW).
DEB_PACKAGES := gcc pkg-config libgl1-mesa-dev xorg-dev
STATICCHECK  := honnef.co/go/tools/cmd/staticcheck@v0.8.2
FYNE_TOOL    := fyne.io/tools/cmd/fyne@v1.7.4
# How long make test fuzzes each decoder (in memory, thousands of inputs a
# second); go test -fuzz runs longer. -fuzzminimizetime bounds the time a
# worker spends shrinking a new input, which go test does not count as
# executions: without it a whole-workbook run counted a few thousand.
FUZZTIME     ?= 20s
FUZZFLAGS    := -run='^$$' -fuzztime=$(FUZZTIME) -fuzzminimizetime=100x
# Fyne warns under LANG=C and C.UTF-8; tests need a UTF-8 locale it can parse.
TEST_ENV     := LANG=en_US.UTF-8 LC_ALL=en_US.UTF-8
# The tests start throwaway PostgreSQL servers (internal/pgtest) with initdb
# and pg_ctl, which Debian's postgresql puts in /usr/lib/postgresql/*/bin.
PG_PACKAGES  := postgresql
PG_BINS      ?= /usr/lib/postgresql/*/bin
# The documents' tests read the PDFs back (pdftotext, pdfimages, pdfinfo).
TEST_PACKAGES := poppler-utils

.PHONY: run build test test-postgres test-windows lint package package-windows screenshot translations untranslated deps clean peer fuzz-db
SCREENSHOT_PACKAGES := xvfb xdotool imagemagick
# The Windows package: the mingw-w64 C compiler for cgo (Fyne's GLFW) and
# wixl (msitools) for the installer; osslsigncode only to sign.
WINDOWS_PACKAGES := gcc-mingw-w64-x86-64 wixl msitools
# Trying the Windows package here: Wine, msiinfo, a signing tool, and a
# display for the window.
WINE_PACKAGES := wine64 msitools osslsigncode openssl $(SCREENSHOT_PACKAGES)
# The Windows build: cgo through the mingw-w64 compiler.
WINDOWS_ENV := CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc

run: build ## build and open the window
	./$(BIN)

build: deps ## build the liaison binary
	CGO_ENABLED=1 $(GO) build -tags $(TAGS) -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/liaison

test: deps ## every test with the race detector, the store's again on a throwaway PostgreSQL server, the crash test, short fuzz runs of the decoders, a build of the binary and a smoke test of it
	@$(call install_postgres)
	@$(call install_missing,$(TEST_PACKAGES))
	$(TEST_ENV) CGO_ENABLED=1 $(GO) test -race -tags $(TAGS) ./...
	# -count=1: TestMain reads LIAISON_TEST_ENGINE before the test log
	# starts, so go test's cache would hand back the SQLite run's result.
	$(TEST_ENV) LIAISON_TEST_ENGINE=postgres CGO_ENABLED=1 $(GO) test -count=1 -race -tags $(TAGS) ./internal/store/...
	$(TEST_ENV) $(GO) test -count=1 ./internal/crashtest
	$(TEST_ENV) $(GO) test $(FUZZFLAGS) -fuzz='^FuzzDecode$$' ./internal/vcf
	$(TEST_ENV) $(GO) test $(FUZZFLAGS) -fuzz='^FuzzRead$$' ./internal/xlsx
	$(TEST_ENV) $(GO) test $(FUZZFLAGS) -fuzz='^FuzzHeaders$$' ./internal/xlsx
	CGO_ENABLED=1 $(GO) build -tags $(TAGS) -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/liaison
	bash .ci/smoke ./$(BIN)

test-postgres: deps ## the store's tests again, on a throwaway PostgreSQL server
	@$(call install_postgres)
	$(TEST_ENV) LIAISON_TEST_ENGINE=postgres CGO_ENABLED=1 $(GO) test -count=1 -race -tags $(TAGS) ./internal/store/...

lint: deps ## go vet (for Linux and for Windows), gofmt and staticcheck
	$(GO) vet -tags $(TAGS) ./...
	@$(call install_missing,gcc-mingw-w64-x86-64)
	$(WINDOWS_ENV) $(GO) vet -tags $(TAGS) ./...
	@out="$$(gofmt -l cmd internal assets)"; if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) run $(STATICCHECK) -tags $(TAGS) ./...

test-windows: package-windows ## the Windows package under Wine: the command line, the Windows-only tests, the installer and the window (.ci/windows)
	@$(call install_missing,$(WINE_PACKAGES))
	bash .ci/windows dist/windows

fuzz-db: ## fuzz the whole card import into a database (slow: tens of inputs a second)
	$(TEST_ENV) $(GO) test -run='^$$' -fuzz='^FuzzImport$$' -fuzztime=$(FUZZTIME) ./internal/importer

peer: build ## run the importers over other programs' files in ../shared/peer and print a table
	bash .ci/peer ./$(BIN) ../shared/peer

translations: ## add the keys the code uses to every translation file (in English), drop unused ones
	LIAISON_UPDATE_TRANSLATIONS=1 $(TEST_ENV) $(GO) test -count=1 -tags $(TAGS) -run '^TestTranslations$$' ./internal/ui

untranslated: ## list the texts of ru.json and kk.json still in English
	$(GO) run ./internal/i18n/untranslated

package: deps ## a desktop package for this system (fyne package)
	$(GO) run $(FYNE_TOOL) package --src cmd/liaison --icon ../../assets/icon.png --name Liaison \
		--app-id org.example.liaison --app-version $(VERSION) --tags $(TAGS) --release

package-windows: deps ## Liaison.exe, liaison-cli.exe and the installer Liaison.msi in dist/windows (SIGN_PFX=cert.pfx SIGN_PASS_FILE=pass.txt to sign)
	@$(call install_missing,$(WINDOWS_PACKAGES) $(if $(SIGN_PFX),osslsigncode))
	GO=$(GO) TAGS=$(TAGS) SIGN_PFX="$(SIGN_PFX)" SIGN_PASS_FILE="$(SIGN_PASS_FILE)" SIGN_TIMESTAMP="$(SIGN_TIMESTAMP)" \
		bash assets/windows/build

screenshot: build package-windows ## PNGs of every main screen, light and dark, and of the Windows build under Wine, in screenshots/
	@missing="$$(for p in $(SCREENSHOT_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done)"; \
	if [ -n "$$missing" ]; then $(call apt_install,$$missing); fi
	bash .ci/screenshot ./$(BIN) screenshots
	@$(call install_missing,$(TEST_PACKAGES))
	bash .ci/documents ./$(BIN) screenshots
	@$(call install_missing,$(WINE_PACKAGES))
	SHOT=screenshots/windows.png bash .ci/windows dist/windows

clean:
	rm -f $(BIN)
	rm -rf screenshots Liaison.tar.xz dist/windows

deps: ## install Go and the Debian packages the build needs, when missing
	@if ! command -v $(GO) >/dev/null 2>&1; then \
		echo "Go is missing: installing golang-go (it fetches the Go version go.mod names)"; \
		$(call apt_install,golang-go); \
	fi
	@# Go 1.21 and later fetch the toolchain go.mod asks for; older ones cannot.
	@v="$$($(GO) env GOVERSION 2>/dev/null | sed 's/^go//')"; \
	if [ -z "$$v" ] || [ "$$(printf '%s\n' 1.21 "$$v" | sort -V | head -n1)" != 1.21 ]; then \
		echo "Liaison needs Go 1.21 or newer to start the build (found: $${v:-an old Go});"; \
		echo "install Go from https://go.dev/dl/ or your distribution's backports."; exit 1; \
	fi
	@missing="$$(for p in $(DEB_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done)"; \
	if [ -n "$$missing" ]; then \
		echo "Installing what the build needs: $$missing"; \
		$(call apt_install,$$missing); \
	fi

# install_missing installs those of the Debian packages $(1) that are not
# installed yet.
define install_missing
	missing="$$(for p in $(1); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done)"; \
	if [ -n "$$missing" ]; then \
		echo "Installing what the build needs: "$$missing; \
		$(call apt_install,$$missing); \
	fi
endef

# install_postgres installs PostgreSQL when neither PATH nor Debian's
# folders have initdb.
define install_postgres
	if ! command -v initdb >/dev/null 2>&1 && ! ls $(PG_BINS)/initdb >/dev/null 2>&1; then \
		echo "Installing PostgreSQL for the tests' throwaway servers: $(PG_PACKAGES)"; \
		$(call apt_install,$(PG_PACKAGES)); \
	fi
endef

# apt_install installs Debian packages as root or through sudo.
define apt_install
	if ! command -v apt-get >/dev/null 2>&1; then \
		echo "Please install: $(1) (this is not a Debian or Ubuntu system)"; exit 1; \
	fi; \
	if [ "$$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi; \
	$$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $(1) >/dev/null
endef
