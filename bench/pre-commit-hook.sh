#!/usr/bin/env bash
# Measures the pre-commit hook on a one-file commit: median wall time of N runs of
# `bin/lockstep pre-commit FILE`, and of the hook process exactly as the pre-commit framework starts it
# (`language: script`: the hook repository's bin/lockstep-release, from the docs repository, with the file
# names as arguments), using the release archive that `package` builds (docs/performance.md, "Pre-commit").
# Usage: bench/pre-commit-hook.sh [DOCS_REPO] [TRANSLATED_FILE] [RUNS]
# Defaults: the Privacy Guides corpus beside the project, one ~10 KB pt-BR page, 10 runs.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
repo=${1:-$here/../../shared/corpus/privacyguides}
[ -d "$repo" ] || repo=/work/shared/corpus/privacyguides
file=${2:-i18n/pt-BR/basics/account-creation.md}
runs=${3:-10}
[ -f "$here/target/lockstep.jar" ] || { echo "build first: ./mvnw -q -DskipTests package" >&2; exit 2; }
ls "$here"/target/lockstep-*.tar.gz > /dev/null 2>&1 || { echo "build first: ./mvnw -q -DskipTests package" >&2; exit 2; }
export LOCKSTEP_CACHE=${LOCKSTEP_CACHE:-$(mktemp -d)}
cd "$repo"
echo "repo: $repo, file: $file ($(wc -c < "$file") bytes), runs: $runs, cores: $(nproc), load: $(cut -d' ' -f1-3 /proc/loadavg)"

median() { sort -n | awk '{a[NR]=$1} END {print int(NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
measure() { # label, command…
  local label=$1; shift
  "$@" > /dev/null || true   # warm the page cache (and, for the launcher, create the archive)
  local times=() cpu=()
  for _ in $(seq "$runs"); do
    local start end before after
    before=$(awk '{print $16 + $17}' /proc/$$/stat)   # CPU of waited-for children, in clock ticks
    start=$(date +%s%N); "$@" > /dev/null || true; end=$(date +%s%N)
    after=$(awk '{print $16 + $17}' /proc/$$/stat)
    times+=($(( (end - start) / 1000000 )))
    cpu+=($(( (after - before) * 1000 / $(getconf CLK_TCK) )))
  done
  printf '%-28s median wall %4d ms, CPU %4d ms   (wall runs: %s)\n' "$label" \
    "$(printf '%s\n' "${times[@]}" | median)" "$(printf '%s\n' "${cpu[@]}" | median)" "${times[*]}"
}

measure "java -jar" java -jar "$here/target/lockstep.jar" pre-commit "$file"
measure "bin/lockstep (C1 + AppCDS)" "$here/bin/lockstep" pre-commit "$file"
# The framework's hook process: the release unpacked once (the warm-up run), then the launcher it holds.
version=$(sed -n 's|^  <version>\(.*\)</version>[[:space:]]*$|\1|p' "$here/pom.xml" | head -n 1)
releases=$(mktemp -d)
mkdir -p "$releases/v$version"
cp "$here/target/lockstep-$version.tar.gz" "$releases/v$version/"
export LOCKSTEP_RELEASES="file://$releases" LOCKSTEP_HOME="$releases/home"
unset LOCKSTEP_JAR
measure "pre-commit framework hook" "$here/bin/lockstep-release" pre-commit "$file"
rm -rf "$releases"
