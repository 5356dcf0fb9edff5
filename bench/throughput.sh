#!/usr/bin/env bash
# Inbound throughput: smtp-source → mailmoat → smtp-sink vs smtp-source → smtp-sink, same run.
# Options are passed through, e.g.: bench/throughput.sh --messages 10000 --runs 3 --workers 2 --checks off
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in /usr/sbin/smtp-source /usr/sbin/smtp-sink; do
  [ -x "$tool" ] || { echo "missing $tool (apt-get install postfix)" >&2; exit 1; }
done
exec node --import tsx bench/throughput.ts "$@"
