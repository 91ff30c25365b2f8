#!/usr/bin/env bash
# Finds a Chromium for the end-to-end tests and the benchmark, installing Debian's when it is missing and this
# user may (root or sudo without a password). Prints the browser's path on stdout; everything else goes to stderr.
# Shared by `npm test` (scripts/test-all.sh) and CI (.ci/run).
set -euo pipefail

usable() { [ -n "${1:-}" ] && [ -x "$1" ] && "$1" --version >/dev/null 2>&1; }

found() { printf '%s\n' "$1"; exit 0; }

if [ -n "${CHROMIUM_PATH:-}" ]; then
  usable "$CHROMIUM_PATH" && found "$CHROMIUM_PATH"
  echo "CHROMIUM_PATH is set to $CHROMIUM_PATH, which does not run; set it to a Chromium or Chrome binary, or unset it." >&2
  exit 1
fi

for name in chromium chromium-browser google-chrome-stable google-chrome; do
  candidate=$(command -v "$name" 2>/dev/null || true)
  usable "$candidate" && found "$candidate"
done

as_root=""
if [ "$(id -u)" = 0 ]; then as_root=" "; elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then as_root="sudo"; fi
if [ -n "$as_root" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Chromium with apt-get (the end-to-end tests drive it)…" >&2
  $as_root apt-get update -qq >&2
  $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
  usable /usr/bin/chromium && found /usr/bin/chromium
fi

echo "The end-to-end tests need Chromium: run \`sudo apt-get install chromium\` (or set CHROMIUM_PATH to a Chromium or Chrome binary), then run the tests again." >&2
exit 1
