#!/usr/bin/env bash
# Renders the main job's HTML report in headless Chromium and checks the rendered page:
# the DOM Chromium built has the tables and the SVG bars, and a screenshot is written.
# Usage: ntm-examples/scripts/check-html.sh [REPORT.html]   (default: builds and writes one)
# Installs Debian's chromium with apt-get if it is missing (needs root).
set -euo pipefail
cd "$(dirname "$0")/../.."
html="${1:-}"
out="$(mktemp -d)"
if [[ -z "$html" ]]; then
  mvn -B -q -DskipTests -Dmaven.javadoc.skip=true package
  html="$out/report.html"
  java -jar ntm-examples/target/ntm.jar report --sample --html "$html" > /dev/null
fi
if ! command -v chromium > /dev/null; then
  apt-get update -qq && apt-get install -y -qq chromium > /dev/null
fi
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
       --disable-background-networking --disable-component-update --disable-sync
       --user-data-dir="$out/profile")
chromium "${flags[@]}" --dump-dom "file://$(realpath "$html")" 2> /dev/null > "$out/dom.html"
chromium "${flags[@]}" --window-size=1000,3600 --screenshot="$out/report.png" \
  "file://$(realpath "$html")" 2> /dev/null
fail() { echo "check-html: $*" >&2; exit 1; }
[[ $(grep -o '<svg ' "$out/dom.html" | wc -l) -eq 3 ]] || fail "expected 3 charts"
[[ $(grep -o '<rect class="bar"' "$out/dom.html" | wc -l) -ge 19 ]] || fail "expected 19+ bars"
[[ $(grep -o '<table>' "$out/dom.html" | wc -l) -ge 6 ]] || fail "expected 6+ tables"
grep -q '<script' "$out/dom.html" && fail "the page must have no scripts"
[[ $(stat -c %s "$out/report.png") -gt 50000 ]] || fail "screenshot looks empty"
echo "check-html: rendered in $(chromium --version 2> /dev/null | head -1); screenshot $out/report.png"
