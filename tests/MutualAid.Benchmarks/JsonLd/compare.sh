#!/usr/bin/env bash
# Expands the whole ActivityStreams corpus with our processor (BenchmarkDotNet, Release) and with
# jsonld.js (Node, same documents, same contexts preloaded), then prints docs/s for each and the ratio.
# Usage: tests/MutualAid.Benchmarks/JsonLd/compare.sh   (BENCH_SECONDS=10 sets the jsonld.js run length)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
artifacts="$(mktemp -d)"
trap 'rm -rf "$artifacts"' EXIT

echo "== jsonld.js (node $(node --version))"
(cd "$here/node" && npm ci --no-audit --no-fund --silent)
node_json="$(node "$here/node/expand-bench.mjs")"
echo "$node_json"

echo "== MutualAid.JsonLd (BenchmarkDotNet, Release)"
dotnet run -c Release --project "$repo/tests/MutualAid.Benchmarks" -- \
  --filter '*ExpandCorpusBenchmark*' --exporters json --artifacts "$artifacts" >"$artifacts/bdn.log" 2>&1 \
  || { tail -50 "$artifacts/bdn.log"; exit 1; }
grep -E '^\|' "$artifacts/bdn.log" || true

NODE_JSON="$node_json" ARTIFACTS="$artifacts" node --input-type=module -e '
import fs from "node:fs";
import path from "node:path";
const dir = path.join(process.env.ARTIFACTS, "results");
const report = fs.readdirSync(dir).find((f) => f.endsWith(".json"));
const benchmarks = JSON.parse(fs.readFileSync(path.join(dir, report), "utf8")).Benchmarks;
const all = benchmarks.find((b) => b.Method === "ExpandAll");
const documents = 120;
const node = JSON.parse(process.env.NODE_JSON);
// Mean: the usual figure. Median: both sides per round of 120 documents, robust to other load on the machine.
const oursMean = documents / (all.Statistics.Mean / 1e9);
const oursMedian = documents / (all.Statistics.Median / 1e9);
console.log(`MutualAid.JsonLd: ${oursMean.toFixed(0)} docs/s mean, ${oursMedian.toFixed(0)} docs/s median (${(all.Statistics.Mean / 1e6).toFixed(3)} ms mean per ${documents} documents)`);
console.log(`jsonld.js:        ${node.docsPerSecond.toFixed(0)} docs/s mean, ${node.medianDocsPerSecond.toFixed(0)} docs/s median`);
console.log(`ratio:            ${(oursMean / node.docsPerSecond).toFixed(1)}x (mean), ${(oursMedian / node.medianDocsPerSecond).toFixed(1)}x (median)`);
'
