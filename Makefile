# The two commands of the README: `make run` and `make test`. Each installs
# what it needs on a fresh Debian machine (apt packages as root or through
# sudo, Go modules and the templ tool through the Go module proxy).

SHELL := /bin/bash
APT_PACKAGES := tesseract-ocr tesseract-ocr-chi-sim sqlite3
TEST_PACKAGES := $(APT_PACKAGES) chromium fonts-noto-cjk
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test check deps test-deps build

build:
	go build -o kycreview .

run: deps build
	./kycreview serve

test: test-deps check
	go test -count=1 ./...

# check fails when generated templ files are stale or go vet complains.
check:
	go tool templ generate
	@git diff --exit-code -- '*_templ.go' || { echo "templ output is stale: run 'go tool templ generate' and commit"; exit 1; }
	@untracked=$$(git ls-files --others --exclude-standard -- '*_templ.go'); \
		[ -z "$$untracked" ] || { echo "uncommitted templ output: $$untracked"; exit 1; }
	go vet ./...
	@unformatted=$$(gofmt -l $$(git ls-files '*.go')); \
		[ -z "$$unformatted" ] || { echo "not gofmt'ed: $$unformatted"; exit 1; }

deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	go mod download

test-deps:
	@missing=""; for p in $(TEST_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	go mod download
