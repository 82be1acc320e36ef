#!/bin/sh
# cp1252.sh (go generate ./assets): makes the PDF fonts in gofpdf's cp1252
# form, TitilliumWeb_*.json and .z, from the TTFs beside it: each cut to the
# characters of cp1252 by fontTools' pyftsubset (Debian's fonttools), so that
# a document embeds 11 KB a style instead of 30, then turned by gofpdf's own
# makefont. The same TTFs give the same files.
set -eu
cd "$(dirname "$0")"
../../packaging/ensure-packages fonttools
map=$(go list -m -f '{{.Dir}}' github.com/jung-kurt/gofpdf)/font/cp1252.map
unicodes=$(grep -o 'U+[0-9A-F]*' "$map" | sed 's/U+//' | sort -u | paste -sd, -)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in TitilliumWeb_400Regular TitilliumWeb_700Bold; do
  pyftsubset "$f.ttf" --unicodes="$unicodes" --layout-features='' --output-file="$tmp/$f.ttf"
done
go run github.com/jung-kurt/gofpdf/makefont --embed --enc="$map" --dst=. "$tmp/TitilliumWeb_400Regular.ttf" "$tmp/TitilliumWeb_700Bold.ttf"
