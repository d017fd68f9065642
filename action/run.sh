#!/usr/bin/env bash
# The check step of action.yml, kept in a file so that it can be tested outside GitHub
# (ActionScriptIT). Inputs arrive as LOCKSTEP_* variables; writes exit-code and sarif to $GITHUB_OUTPUT.
set -uo pipefail
action=$(cd "$(dirname "$0")/.." && pwd -P)
args=(check -C "${LOCKSTEP_PATH:-.}" --format github --fail-on "${LOCKSTEP_FAIL_ON:-error}")
[ -n "${LOCKSTEP_CONFIG:-}" ] && args+=(--config "$LOCKSTEP_CONFIG")
[ -n "${LOCKSTEP_BASELINE:-}" ] && args+=(--baseline "$LOCKSTEP_BASELINE")
[ -n "${LOCKSTEP_CHANGED_SINCE:-}" ] && args+=(--changed-since "$LOCKSTEP_CHANGED_SINCE")
sarif=
if [ "${LOCKSTEP_UPLOAD_SARIF:-true}" = true ] && [ -n "${LOCKSTEP_SARIF:-}" ]; then
  sarif=$LOCKSTEP_SARIF
  args+=(--report "sarif=$sarif")
fi
# Extra arguments, split like a shell would split words (no globbing, no command substitution).
if [ -n "${LOCKSTEP_ARGS:-}" ]; then
  read -r -a extra <<< "$LOCKSTEP_ARGS"
  args+=("${extra[@]}")
fi
status=0
"$action/bin/lockstep-release" "${args[@]}" || status=$?
echo "exit-code=$status" >> "${GITHUB_OUTPUT:-/dev/null}"
# The upload step runs only when there is a report to upload.
if [ -n "$sarif" ] && [ -f "$sarif" ]; then echo "sarif=$sarif" >> "${GITHUB_OUTPUT:-/dev/null}"; fi
if [ "$status" = 2 ] && [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  printf '## Lockstep\n\nLockstep stopped with a usage or configuration error (exit 2): see the step log.\n' >> "$GITHUB_STEP_SUMMARY"
fi
exit 0
