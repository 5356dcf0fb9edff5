#!/usr/bin/env bash
# `npm run bench`: every benchmark, each printing a markdown table (see the README's benchmark section).
# Extra arguments go to the full-gateway throughput runs (e.g. --messages 10000).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "## Inbound: SMTP layer alone"
node --import tsx bench/throughput-smtp-layer.ts
echo
echo "## Inbound: full gateway, default rules"
bash bench/throughput.sh --runs 3 --workers auto "$@"
echo
echo "## Inbound: full gateway, every check disabled"
bash bench/throughput.sh --runs 1 --workers auto --checks off "$@"
if [ -f bench/accuracy.ts ]; then
  echo
  echo "## Bayes accuracy"
  node --import tsx bench/accuracy.ts
fi
