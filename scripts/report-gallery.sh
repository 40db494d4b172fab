#!/usr/bin/env bash
# Renders the status note (4th quarter 2018), the funder report (3rd plan year) and the LBF forms
# (3rd plan year) for Stærmosegården and Amager as PDF and Word, converts each Word file to PDF with
# LibreOffice (standing in for Word), and renders every page to PNG, to look at page by page.
#   scripts/report-gallery.sh [OUTDIR]      (default: ./report-gallery; needs soffice and pdftoppm)
set -euo pipefail
out="${1:-report-gallery}"
root="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$out/word-pdf" "$out/png"
out="$(cd "$out" && pwd)"
data="$(mktemp -d)"
profile="$(mktemp -d)"
trap 'rm -rf "$data" "$profile"' EXIT
export HELHED_DATA_DIR="$data"
helhed() { node "$root/bin/helhed.mjs" "$@"; }
helhed demo >/dev/null
for slug in staermosegaarden amager-tryghedsplan-2017; do
  for spec in status:2018Q4 funder:PY3 lbf:PY3; do
    kind="${spec%%:*}"
    period="${spec##*:}"
    name="$slug-$kind-$period"
    for format in pdf docx; do
      helhed report "$slug" --kind "$kind" --period "$period" --format "$format" --today 2019-02-01 \
        --out "$out/$name.$format" --as "admin.$slug@demo.helhed.dk" >/dev/null
    done
    helhed report "$slug" --kind "$kind" --period "$period" --format xlsx --today 2019-02-01 \
      --out "$out/$name.xlsx" --as "admin.$slug@demo.helhed.dk" >/dev/null
    soffice "-env:UserInstallation=file://$profile" --headless --convert-to pdf --outdir "$out/word-pdf" \
      "$out/$name.docx" >/dev/null 2>&1
    pdftoppm -r 60 -png "$out/$name.pdf" "$out/png/$name-pdf"
    pdftoppm -r 60 -png "$out/word-pdf/$name.pdf" "$out/png/$name-word"
    echo "$name: PDF $(pdfinfo "$out/$name.pdf" | awk '/^Pages/ {print $2}') pages," \
      "Word via LibreOffice $(pdfinfo "$out/word-pdf/$name.pdf" | awk '/^Pages/ {print $2}') pages"
  done
done
echo "Pages as PNG in $out/png"
