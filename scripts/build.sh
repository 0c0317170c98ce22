#!/usr/bin/env bash
# `npm run build`: builds the site with Astro, then writes its search index once Astro has exited,
# so the two never hold memory at the same time. Arguments go to `astro build`. The handbook's
# build hook writes the output folder's path to HANDBOOK_OUT_FILE, so the folder indexed is the
# one Astro wrote, whatever options chose it, and on the next line the number of pages it found
# marked for search as it read them for its link check (the index must hold that many). NODE
# picks the Node.js to run; npm sets it to its own, and otherwise it is the first `node` on PATH.
set -euo pipefail
root=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd)
node=${NODE:-node}
out_file=$(mktemp)
trap 'rm -f "$out_file"' EXIT
# Rolldown, the bundler, allocates with mimalloc; a purge delay of 0 hands the memory it frees back
# at once instead of keeping it mapped while the pages render (about 100 MB at 1,000 pages).
export ASTRO_TELEMETRY_DISABLED=1 MIMALLOC_PURGE_DELAY=0
# V8 grows its young generation up to 128 MB while the pages render; 8 MB semi-spaces keep it
# small for the same CPU time (about 100 MB less at 1,000 pages).
HANDBOOK_OUT_FILE=$out_file "$node" --max-semi-space-size=8 "$root/node_modules/astro/bin/astro.mjs" build "$@"
{ IFS= read -r out && IFS= read -r searchable; } < "$out_file" || true
if [[ -z ${out:-} || -z ${searchable:-} ]]; then
  echo "search index: the build did not say where it wrote the site and how many pages are marked for search (HANDBOOK_OUT_FILE is incomplete)" >&2
  exit 1
fi
"$node" "$root/scripts/search-index.ts" "$out" --searchable "$searchable"
