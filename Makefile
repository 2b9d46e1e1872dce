# coophive: `make demo` runs the market end to end on this machine; `make test` runs the tests.
export GONOSUMDB := github.com/bacalhau-project/bacalhau
export GOFLAGS := -mod=mod

.PHONY: build demo test test-short test-deps fuzz contracts lint

# The release `coophive version` prints (make build VERSION=v0.2.0); the commit comes from git.
VERSION ?= dev

build:
	go build -ldflags "-X main.version=$(VERSION)" -o bin/coophive .

demo:
	scripts/demo.sh

# Everything the tests need: a Docker engine, the pinned solc (for the artifact drift check) and
# the bacalhau test cluster (internal/bacalhaustest, its own Go module: built once here, so the
# tests that start it only link it).
test-deps:
	scripts/start-docker.sh
	cd contracts && [ -d node_modules/solc ] || npm ci --no-audit --no-fund
	cd internal/bacalhaustest && go build -o /dev/null .

# geth at the go-ethereum version go.mod pins: a chain no one here wrote, for
# TestOperatorCommandsAgainstGeth (COOPHIVE_GETH). Built once: about 6 min on 2 vCPUs cold, so
# not by test-deps (CI); `make bin/geth test` includes the test.
bin/geth:
	GOFLAGS= GOBIN=$(CURDIR)/bin go install github.com/ethereum/go-ethereum/cmd/geth@$$(go list -m -f '{{.Version}}' github.com/ethereum/go-ethereum)

# The short tier (docs/testing.md): pure logic and in-process parts (the simulated chain,
# loopback hosts), with the race detector; no containers, no processes, no solc.
test-short:
	go test -short -race -vet=off ./...   # CI and `make lint` run go vet once

# The packages whose tests run jobs on bacalhau's executors, which race on their own
# (internal/testtier): their job tests run in a second pass, without -race.
JOB_PKGS := ./node/... ./runner/... ./bench/...

# Everything, with the race detector (tests that run jobs skip there), then the job tests
# without it, then the fuzz targets. The gateway's ledger tests start Postgres servers of
# Debian's postgresql package (internal/pgtest); without it they fail here.
test: test-deps
	COOPHIVE_REQUIRE_DOCKER=1 COOPHIVE_REQUIRE_SOLC=1 COOPHIVE_REQUIRE_MDNS=1 COOPHIVE_REQUIRE_POSTGRES=1 COOPHIVE_GETH=$(wildcard $(CURDIR)/bin/geth) go test -race -timeout 20m ./...
	COOPHIVE_REQUIRE_DOCKER=1 COOPHIVE_JOBS_PASS=1 go test -timeout 20m $(JOB_PKGS)
	$(MAKE) fuzz

# Every wire decoder's fuzz target (go test runs one at a time), each for a fixed number of
# inputs: about 3 s apiece on a 2-core machine. Counts, not durations: go1.26's fuzz coordinator
# can fail a duration run at its deadline with a bare "context deadline exceeded" and no failing
# input (golang/go#75804, fixed in go1.27); it did so in CI once. FUZZTIME=30s (or 1000000x)
# overrides every count.
fuzz-one = go test -run '^$$' -fuzz '^$(1)$$' -fuzztime $(or $(FUZZTIME),$(3)) $(2)
fuzz:
	$(call fuzz-one,FuzzDecodeJob,./matching,100000x)
	$(call fuzz-one,FuzzDecodeOffer,./matching,100000x)
	$(call fuzz-one,FuzzReadFrame,./p2p,20000x)
	$(call fuzz-one,FuzzUnpack,./runner/archive,200000x)
	$(call fuzz-one,FuzzParseTemplate,./runner,15000x)

# Recompile the Solidity sources and regenerate the Go bindings (commit the result).
contracts:
	scripts/compile-contracts.sh

lint:
	gofmt -l . | tee /dev/stderr | (! read)
	go vet ./...
