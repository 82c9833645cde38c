#!/usr/bin/env bash
# Lints the committed OpenAPI document (openapi/openapi.yaml) with Spectral's spectral:oas ruleset and the project's
# .spectral.yaml. Fails on any error or warning; the warnings the project keeps are lowered to "info" in .spectral.yaml,
# each with its reason (README, "The API at a glance"). Spectral is pinned by src/test/spec/package-lock.json.
#   bash src/test/spec/lint.sh            (CI runs it before the Maven builds)
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$root"
if [ ! -x src/test/spec/node_modules/.bin/spectral ]; then
  npm ci --prefix src/test/spec --no-audit --no-fund
fi
src/test/spec/node_modules/.bin/spectral lint openapi/openapi.yaml --ruleset .spectral.yaml --fail-severity=warn --display-only-failures --format=text
echo "Spectral: openapi/openapi.yaml has no error and no warning"
