# ERA Metalayer: the commands the README gives. Everything installs what it needs first.
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

# The native Foundry binaries of the per-platform npm packages. Never node_modules/.bin/forge:
# those are Node.js launchers that exit 0 whatever the tool did (DEVELOPERS.md), which would make
# every forge gate below a check that cannot fail.
FOUNDRY_OS := $(shell uname -s | tr '[:upper:]' '[:lower:]')
FOUNDRY_ARCH := $(shell uname -m | sed -e 's/^x86_64$$/amd64/' -e 's/^aarch64$$/arm64/')
FOUNDRY_PLATFORM := $(FOUNDRY_OS)-$(FOUNDRY_ARCH)
FOUNDRY_BIN := $(CURDIR)/node_modules/@foundry-rs/forge-$(FOUNDRY_PLATFORM)/bin
FORGE := $(FOUNDRY_BIN)/forge
NPM_STAMP := node_modules/.era-install-stamp
# The CI profile runs 10,000 fuzz runs and deeper invariants; locally the default profile is fast.
FOUNDRY_PROFILE ?= $(if $(filter true,$(CI)),ci,default)
export FOUNDRY_PROFILE
# End-to-end tests start several anvil nodes each; keep them from crowding 2 cores.
TEST_THREADS ?= 2
# Contracts whose Rust bindings are generated: every contract file under these folders.
BINDING_DIRS := token registry staking elastic channels governance market devnet
# and the Hyperlane core every chain runs (built from @hyperlane-xyz/core, see
# contracts/test/messaging/HyperlaneCore.t.sol).
HYPERLANE_BINDINGS := Mailbox MerkleTreeHook ProtocolFee StaticMessageIdMultisigIsmFactory \
  StaticMessageIdMultisigIsm ValidatorAnnounce
BINDING_NAMES := $(basename $(notdir $(wildcard $(addprefix contracts/src/,$(addsuffix /*.sol,$(BINDING_DIRS)))))) \
  $(HYPERLANE_BINDINGS)
BINDING_SELECT := ^($(subst $(eval) ,|,$(strip $(BINDING_NAMES))))$$
DEMO_ROLLUPS ?= 3
# Static analysis: slither from PyPI, in a project-local virtualenv.
SLITHER_VERSION := 0.11.6
VENV := .venv

.PHONY: help deps devnet build contracts bindings check-bindings check-sizes test test-gate test-contracts test-rust lint fmt slither demo bench clean

help:
	@echo "make demo    # the whole story: devnet of 4 rollups, keeper, a flood, an outage, rewards"
	@echo "make devnet  # just a devnet: hub + $(DEMO_ROLLUPS) rollups on anvil, suite deployed (Ctrl-C stops it)"
	@echo "make test    # every test and check that CI runs"
	@echo "make bench   # deploy time for 10 rollups, gas snapshots, keeper reaction latency and scale"
	@echo "make bindings  # regenerate bindings/ after changing contracts"

# Pinned Foundry (forge, anvil, cast), the WebAssembly solc and Solidity libraries from npm.
deps: $(NPM_STAMP)
# `npm install` with the committed lock installs the locked versions. Not `npm ci`: the registry
# lacks some other-platform Foundry packages, so the lock cannot list them and `npm ci` refuses it.
$(NPM_STAMP): package.json package-lock.json
	npm install --no-audit --no-fund --no-save --loglevel=error
	@for tool in forge anvil cast; do \
	  bin="node_modules/@foundry-rs/$$tool-$(FOUNDRY_PLATFORM)/bin/$$tool"; \
	  [ -x "$$bin" ] || { echo "no native $$tool for $(FOUNDRY_PLATFORM) at $$bin" \
	    "(npm did not install @foundry-rs/$$tool-$(FOUNDRY_PLATFORM))"; exit 1; }; \
	done
	@touch $@

contracts: deps
	$(FORGE) build

build: contracts
	cargo build --workspace --all-targets

bindings: contracts
	rm -rf bindings/src/contracts
	$(FORGE) bind --alloy --module --skip-build --select '$(BINDING_SELECT)' \
	  --bindings-path bindings/src/contracts --overwrite
	@echo "bindings regenerated for: $(BINDING_NAMES)"

# Fails when a contract changed and `make bindings` was not run (or bindings were hand-edited).
check-bindings: contracts
	rm -rf target/bindings-check
	$(FORGE) bind --alloy --module --skip-build --select '$(BINDING_SELECT)' \
	  --bindings-path target/bindings-check --overwrite >/dev/null
	@diff -r -q bindings/src/contracts target/bindings-check >/dev/null || { \
	  echo "bindings/ does not match the contracts: run 'make bindings' and commit the result"; \
	  diff -r bindings/src/contracts target/bindings-check | head -20; exit 1; }
	@echo "bindings match the contracts"

# forge tests with the committed gas snapshots (snapshots/*.json) checked: a changed number fails.
# FORGE_TEST_ARGS narrows the run (the gate self-test uses it); empty in `make test`.
FORGE_TEST_ARGS ?=
test-contracts: deps
	FORGE_SNAPSHOT_CHECK=true $(FORGE) test $(FORGE_TEST_ARGS)

test-rust: deps
	cargo test --workspace -- --test-threads=$(TEST_THREADS)

lint: deps
	$(FORGE) fmt --check
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings

fmt: deps
	$(FORGE) fmt
	cargo fmt --all

$(VENV)/bin/slither:
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check slither-analyzer==$(SLITHER_VERSION)

# Fails on any high or medium finding; the ones that are intended carry a
# `slither-disable-next-line` comment with the reason next to the code (DEVELOPERS.md).
# A fresh build each time: an incremental one leaves stale build-info files that slither reads too.
slither: deps $(VENV)/bin/slither
	rm -rf out-slither cache-slither
	$(FORGE) build --build-info --skip test --skip script --out out-slither --cache-path cache-slither
	PATH="$(FOUNDRY_BIN):$$PATH" $(VENV)/bin/slither . --foundry-ignore-compile \
	  --foundry-out-directory out-slither --exclude-dependencies \
	  --filter-paths 'node_modules|contracts/test' --fail-medium

# Proves that the forge gates above can fail: in a scratch copy of the tree it breaks a test, a
# gas number, the formatting and the compilation, one at a time, and expects each target to fail.
test-gate: deps
	bash .ci/gate-selftest

# Fails on a contract the deployment puts on a chain that is over the EIP-170/3860 size limits.
check-sizes: contracts
	bash .ci/check-sizes $(BINDING_NAMES)

test: deps test-gate check-bindings check-sizes lint test-contracts slither test-rust

# The whole story on 4 rollups: keeper, a flooded rollup, a killed rollup, a reward epoch.
demo: deps
	cargo run -q -p era-e2e --bin era-demo

# Just the devnet (hub + $(DEMO_ROLLUPS) rollups, suite deployed), until Ctrl-C.
devnet: deps
	cargo run -q -p era-deploy -- devnet --rollups $(DEMO_ROLLUPS) --block-time 1

# Debug builds (the ones the tests use) where the numbers are dominated by the chains, not our
# code; release builds for the scale part, where they are the keeper's own. At that scale the
# keeper and the head simulator hold a socket or two per rollup: the open-file limit is raised.
bench: deps contracts
	cargo build -q -p era-deploy -p era-e2e --bins
	@echo "== era-deploy devnet --rollups 10 (until fully deployed; target < 10 s)"
	@for i in 1 2 3; do target/debug/era-deploy devnet --rollups 10 --block-time 1 \
	  --manifest target/bench-devnet.json --exit-when-ready | grep 'devnet ready'; done
	@echo "== gas snapshots (whole-transaction gas, snapshots/*.json)"
	FORGE_SNAPSHOT_CHECK=true $(FORGE) test --match-test '^test_gas' -q >/dev/null
	@for f in snapshots/*.json; do echo "-- $$f"; cat $$f; echo; done
	@echo "== keeper reaction latency (20 surges on 10 rollups, 1-second blocks)"
	target/debug/era-bench
	@echo "== keeper scale: one era-keeper watching 1,000 SIMULATED rollups (1-second blocks)"
	cargo build -q --release -p era-keeper -p era-e2e --bin era-keeper --bin era-scale-bench
	ulimit -n 8192 2>/dev/null || ulimit -n "$$(ulimit -Hn)"; target/release/era-scale-bench

clean:
	rm -rf out cache target/bindings-check
	cargo clean
