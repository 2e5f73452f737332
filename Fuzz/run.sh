#!/usr/bin/env bash
# Builds one libFuzzer target and runs it for a bounded time.
#
#   Fuzz/run.sh ArticleReader|XLIFFImport|Glossary [SECONDS]   (default 60)
#   Fuzz/run.sh all [SECONDS]                                    every target in turn
#
# Builds with -sanitize=fuzzer,address in a separate scratch path (.build-fuzz), so the
# normal .build is untouched. Seeds come from Fuzz/seeds and ../shared (corpus, XLIFF
# samples, glossaries) when it is there. New inputs accumulate in .build-fuzz/corpus/TARGET;
# a crashing input is saved as .build-fuzz/crashes/TARGET/crash-* and the script exits non-zero.
# Turn a crash into a regression test: copy the file to Tests/DiglotCLITests/Fixtures/Hostile/
# or Tests/DiglotKitTests/Fixtures/ and assert that the reader returns or throws.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:-}"
seconds="${2:-60}"
targets=(ArticleReader XLIFFImport Glossary)
if [ "$target" = all ]; then
  for each in "${targets[@]}"; do "$0" "$each" "$seconds"; done
  exit 0
fi
case "$target" in
  ArticleReader|XLIFFImport|Glossary) ;;
  *) echo "usage: Fuzz/run.sh ArticleReader|XLIFFImport|Glossary|all [SECONDS]" >&2; exit 64 ;;
esac
product="Fuzz$target"
scratch=.build-fuzz
echo "== building $product (fuzzer + address sanitizer)"
DIGLOT_FUZZ=1 swift build -c debug --scratch-path "$scratch" --product "$product" \
  -Xswiftc -sanitize=fuzzer,address 2>&1 | grep -E 'error|warning: unre|Compiling|Build' | tail -n 5
binary="$scratch/debug/$product"
[ -x "$binary" ] || { echo "build failed: no $binary" >&2; exit 1; }

shared=../shared
work="$scratch/corpus/$target"
crashes="$scratch/crashes/$target"
mkdir -p "$work" "$crashes"
seeds=()
case "$target" in
  ArticleReader)
    for dir in "$shared/corpus/articles" "$shared/corpus/seed" "$shared/corpus/feeds" Tests/DiglotKitTests/Fixtures/Readers; do
      [ -d "$dir" ] && seeds+=("$dir")
    done ;;
  XLIFFImport)
    seeds+=(Fuzz/seeds/xliff)
    if [ -d "$shared/xliff-samples" ]; then
      while IFS= read -r dir; do seeds+=("$dir"); done < <(find "$shared/xliff-samples" -type f -name '*.xlf' -printf '%h\n' | sort -u)
    fi ;;
  Glossary)
    seeds+=(Fuzz/seeds/glossary Glossary)
    # The big CC-CEDICT files are cut to their first lines: libFuzzer mutates small inputs best.
    for file in "$shared"/glossaries/*.tsv; do
      [ -f "$file" ] && head -n 80 "$file" > "$work/seed-$(basename "$file")"
    done ;;
esac
echo "== fuzzing $product for ${seconds}s (seeds: ${seeds[*]})"
# -rss_limit_mb: the address sanitizer's shadow memory included; -timeout: a hang is a bug too.
"$binary" "$work" "${seeds[@]}" -max_total_time="$seconds" -max_len=65536 -timeout=20 \
  -rss_limit_mb=4096 -artifact_prefix="$crashes/" -print_final_stats=1 2>&1 | tail -n 25
