# coophive: `make demo` runs the market end to end on this machine; `make test` runs the tests.
export GONOSUMDB := github.com/bacalhau-project/bacalhau
export GOFLAGS := -mod=mod

.PHONY: build demo test test-deps fuzz contracts lint

build:
	go build -o bin/coophive .

demo:
	scripts/demo.sh

# Everything the tests need: a Docker engine, the pinned solc (for the artifact drift check) and
# the bacalhau test cluster (internal/bacalhaustest, its own Go module: built once here, so the
# tests that start it only link it).
test-deps:
	scripts/start-docker.sh
	cd contracts && [ -d node_modules/solc ] || npm ci --no-audit --no-fund
	cd internal/bacalhaustest && go build -o /dev/null .

test: test-deps
	COOPHIVE_REQUIRE_DOCKER=1 COOPHIVE_REQUIRE_SOLC=1 go test -timeout 20m ./...
	$(MAKE) fuzz

# Every wire decoder's fuzz target, for FUZZTIME each (go test runs one fuzz target at a time).
FUZZTIME ?= 5s
fuzz:
	go test -run '^$$' -fuzz '^FuzzDecodeJob$$' -fuzztime $(FUZZTIME) ./matching
	go test -run '^$$' -fuzz '^FuzzDecodeOffer$$' -fuzztime $(FUZZTIME) ./matching
	go test -run '^$$' -fuzz '^FuzzReadFrame$$' -fuzztime $(FUZZTIME) ./p2p
	go test -run '^$$' -fuzz '^FuzzUnpack$$' -fuzztime $(FUZZTIME) ./runner/archive
	go test -run '^$$' -fuzz '^FuzzParseTemplate$$' -fuzztime $(FUZZTIME) ./runner

# Recompile the Solidity sources and regenerate the Go bindings (commit the result).
contracts:
	scripts/compile-contracts.sh

lint:
	gofmt -l . | tee /dev/stderr | (! read)
	go vet ./...
