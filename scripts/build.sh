#!/usr/bin/env bash
# `npm run build`: builds the site with Astro, then writes its search index once Astro has exited,
# so the two never hold memory at the same time. Arguments go to `astro build`; the folder named
# by `--outDir` (default dist) is the one indexed. NODE picks the Node.js to run (npm's own by
# default).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
node=${NODE:-${npm_node_execpath:-node}}
out=dist
prev=
for arg in "$@"; do
  case $arg in --outDir=*) out=${arg#--outDir=} ;; esac
  if [[ $prev == --outDir ]]; then out=$arg; fi
  prev=$arg
done
# Rolldown, the bundler, allocates with mimalloc; a purge delay of 0 hands the memory it frees back
# at once instead of keeping it mapped while the pages render (about 100 MB at 1,000 pages).
export ASTRO_TELEMETRY_DISABLED=1 MIMALLOC_PURGE_DELAY=0
"$node" "$root/node_modules/astro/bin/astro.mjs" build "$@"
exec "$node" "$root/scripts/search-index.ts" "$out"
