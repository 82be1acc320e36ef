# Sportello: make run starts the kiosk with demo content, make test runs every test.
# Both install the Debian packages they need when missing.
SHELL := /bin/bash
GO ?= go
TAGS := -tags migrated_fynedo
ARGS ?= --windowed
# Fyne reads its locale from LANG and logs an error on C or C.UTF-8; Italian comes first here.
export LANG := it_IT.UTF-8
export PATH := $(PATH):/usr/local/go/bin

BUILD_PKGS := gcc pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev
RUN_PKGS := $(BUILD_PKGS) poppler-utils espeak-ng
TEST_PKGS := $(RUN_PKGS) xvfb xauth imagemagick xdotool zbar-tools fakeroot systemd chromium postgresql libxml2-utils unzip

VERSION := $(shell sed -n 's/^Version = "\(.*\)"/\1/p' FyneApp.toml)
FYNE = $$($(GO) env GOPATH)/bin/fyne

.PHONY: run test build bench soak package fuzz deps-build deps-test

build: deps-build
	$(GO) build $(TAGS) -o sportello .

run: build
	@packaging/ensure-packages $(RUN_PKGS)
	./sportello $(ARGS)

# test: every test on SQLite, then the store and everything over it again on a
# throwaway PostgreSQL server (packaging/test-postgres starts it).
PG_PKGS := ./internal/store/... ./internal/register ./internal/requests ./internal/accessreg ./internal/charter ./internal/queue ./internal/appointments ./internal/events ./internal/ratings ./internal/staff ./internal/web ./internal/cli ./app/...
# Then the packages with goroutines once more under the race detector, and
# each fuzzer briefly (make fuzz runs them longer).
RACE_PKGS := ./internal/store/... ./internal/queue ./internal/appointments ./internal/events ./internal/relay ./internal/printer ./internal/requests ./internal/ratings ./internal/web ./internal/upkeep ./app/...
FUZZ := ./internal/ticket:FuzzParseScan ./internal/content:FuzzParse ./internal/search:FuzzSearch ./internal/web:FuzzStatusHandler
FUZZTIME ?= 5s
test: deps-test
	$(GO) vet $(TAGS) ./...
	$(GO) test $(TAGS) -count=1 ./...
	url=$$(packaging/test-postgres) && SPORTELLO_TEST_POSTGRES=$$url $(GO) test $(TAGS) -count=1 $(PG_PKGS)
	$(GO) test $(TAGS) -race -count=1 $(RACE_PKGS)
	@$(MAKE) --no-print-directory fuzz FUZZTIME=$(FUZZTIME)

# fuzz: each fuzzer for FUZZTIME (make fuzz FUZZTIME=10m for a long run).
fuzz:
	@for f in $(FUZZ); do echo "fuzz $${f#*:} ($(FUZZTIME))"; \
		$(GO) test $(TAGS) -run '^$$' -fuzz "^$${f#*:}\$$" -fuzztime $(FUZZTIME) $${f%%:*} || exit 1; done

# soak: 10,000 citizen sessions through the real screens (SOAK_SESSIONS=N for fewer), about
# 80 minutes here; heap, goroutines and open files every 1,000 sessions.
soak: deps-build
	$(GO) test $(TAGS),soak -run Soak -timeout 4h -v ./app/citizen

# bench: every Go benchmark 5 times (the data at 1,000 to 1,000,000 requests is written once
# and kept under $$TMPDIR), the status server's load again on a throwaway PostgreSQL server,
# then the figures' medians beside their goals, with their growth and ratios.
bench: deps-build
	$(GO) test $(TAGS) -run '^$$' -bench . -benchmem -count 5 -timeout 60m ./... | tee bench.txt
	url=$$(packaging/test-postgres) && SPORTELLO_TEST_POSTGRES=$$url $(GO) test $(TAGS) -run '^$$' \
		-bench StatusServerPostgres -count 5 ./internal/web/ | tee -a bench.txt
	$(GO) run ./tools/benchtable < bench.txt

# package: the fyne package tarball for Linux and a .deb with the kiosk session.
package: deps-build
	@packaging/ensure-packages fakeroot
	$(GO) install fyne.io/tools/cmd/fyne@v1.7.4
	mkdir -p dist
	$(FYNE) package --os linux --release --tags migrated_fynedo --name sportello
	mv sportello.tar.xz dist/sportello-$(VERSION)-linux-amd64.tar.xz
	tar -xJf dist/sportello-$(VERSION)-linux-amd64.tar.xz -C dist sportello/usr/local/bin/sportello
	packaging/build-deb dist/sportello/usr/local/bin/sportello $(VERSION) dist
	rm -rf dist/sportello

deps-build:
	@packaging/ensure-packages $(BUILD_PKGS)

deps-test:
	@packaging/ensure-packages $(TEST_PKGS)
