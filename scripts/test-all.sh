#!/usr/bin/env bash
# The whole test suite, in the order that fails fastest. DATABASE_URL picks SQLite (unset) or PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s ===\n' "$1"; }

# The database kind, for labels (never print DATABASE_URL: it may hold a password).
bench_db=sqlite; [[ "${DATABASE_URL:-}" =~ ^postgres(ql)?:// ]] && bench_db=postgres

step "chromium";                 CHROMIUM_PATH=$(bash scripts/ensure-chromium.sh); export CHROMIUM_PATH; echo "$CHROMIUM_PATH"
step "lint";                     npm run --silent lint
step "typecheck";                npm run --silent typecheck
step "unit tests";               npm run --silent test:unit
step "integration tests (${bench_db})"; npm run --silent test:integration
step "build";                    npm run --silent build
step "end-to-end tests";         npm run --silent test:e2e
# The benchmark at tiny scale: fails when a measurement breaks or the app and raw SQL disagree, never on timing.
step "benchmark smoke run (${bench_db})"; npm run --silent bench -- --smoke --db "$bench_db"
printf '\nAll tests passed.\n'
