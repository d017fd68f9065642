#!/bin/bash
# One whole check against N shards and their merge, each a separate process with one worker thread
# (one CI runner's share), no cache, no history: wall seconds and result sizes (docs/performance.md,
# "Beyond one runner"). Usage: bench/shards.sh [SITE] [N]   (default: the Privacy Guides corpus, 4)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
site=${1:-$here/../shared/corpus/privacyguides}
n=${2:-4}
jar=$here/target/lockstep.jar
[ -f "$jar" ] || (cd "$here" && ./mvnw -q -o -DskipTests package)
out=$(mktemp -d)
lockstep() { java -jar "$jar" "$@" -q --fail-on never >/dev/null 2>&1; }
seconds() { local s e; s=$(date +%s.%N); "$@"; e=$(date +%s.%N); printf '%.1f' "$(echo "$e - $s" | bc)"; }
mb() { printf '%.1f' "$(echo "$(stat -c %s "$@" | paste -sd+ | bc) / 1000000" | bc -l)"; }
common=(check -C "$site" --no-cache --no-history --threads 1 --format json)
echo "| run | wall s | result MB |"
echo "|---|---:|---:|"
echo "| whole site | $(seconds lockstep "${common[@]}" -o "$out/whole.json") | $(mb "$out/whole.json") |"
for k in $(seq 1 "$n"); do
  echo "| shard $k/$n | $(seconds lockstep "${common[@]}" --shard "$k/$n" -o "$out/s$k.json") | $(mb "$out/s$k.json") |"
done
for k in $(seq 1 "$n"); do
  echo "| shard $k/$n --shard-pages | $(seconds lockstep "${common[@]}" --shard "$k/$n" --shard-pages -o "$out/p$k.json") | $(mb "$out/p$k.json") |"
done
echo "| merge → JSON + SARIF | $(seconds lockstep merge "$out"/s*.json --format json -o "$out/merged.json" --report sarif="$out/merged.sarif") | $(mb "$out/merged.json") |"
echo "| merge → HTML | $(seconds lockstep merge "$out"/p*.json --format html -o "$out/merged.html") | $(mb "$out/merged.html") |"
cmp -s "$out/whole.json" "$out/merged.json" && echo "merged JSON = whole JSON" || echo "merged JSON DIFFERS"
rm -rf "$out"
