#!/usr/bin/env bash
# Opens the exported DOCX and ODT in LibreOffice (headless) and converts them to PDF, then renders the
# first pages of every PDF to PNG to look at. Not part of CI (LibreOffice is not installed there): run it
# by hand after changing the export writers.
#   apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils
#   bash scripts/check-office.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=test-results/export
command -v soffice >/dev/null || { echo "soffice not found: apt-get install -y --no-install-recommends libreoffice-writer-nogui"; exit 1; }
command -v pdftoppm >/dev/null || { echo "pdftoppm not found: apt-get install -y poppler-utils"; exit 1; }

npx tsx tests/fixtures/export/writeFiles.ts

mkdir -p "$out/office" "$out/pages"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
for file in "$out"/fixture.docx "$out"/fixture.odt "$out"/hostile.docx "$out"/hostile.odt; do
  name="$(basename "$file")"
  # A fresh profile each run: no recovery dialog, no leftover settings.
  timeout 180 soffice -env:UserInstallation="file://$profile" --headless --norestore \
    --convert-to "pdf" --outdir "$out/office/${name%.*}-${name##*.}" "$file" >/dev/null
  pdf="$out/office/${name%.*}-${name##*.}/${name%.*}.pdf"
  [ -s "$pdf" ] || { echo "LibreOffice could not convert $name"; exit 1; }
  pages="$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')"
  echo "LibreOffice opened $name: $pages pages -> $pdf"
  pdftoppm -r 60 -png -f 1 -l 6 "$pdf" "$out/pages/${name%.*}-${name##*.}"
done
for pdf in "$out"/fixture.pdf "$out"/kit.pdf; do
  name="$(basename "$pdf" .pdf)"
  pdftoppm -r 60 -png -f 1 -l 6 "$pdf" "$out/pages/$name-pdfkit"
done
echo "Page images in $out/pages/"
