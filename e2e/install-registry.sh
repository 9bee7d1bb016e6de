#!/usr/bin/env bash
# Idempotent install of verdaccio (a local npm registry) into the e2e cache, next to n8n, OUTSIDE
# the repo: the e2e publishes the `npm pack` tarball to it and lets n8n's own installer fetch it.
# Prints the verdaccio entry script on the last line of stdout (progress goes to stderr).
#
#   N8N_E2E_CACHE       cache root (default: $HOME/.cache/n8n-nodes-glair-vision)
#   VERDACCIO_VERSION   default 6.8.0 (6.10.x wants Node 22; the e2e runs it on the system Node >= 20)
#
# verdaccio 6.8.0 on Node 20 needs an npm override `node-fetch: 2.7.0` (its own range pulls a
# node-fetch that does not load there); the host package.json below carries it.
set -euo pipefail

CACHE="${N8N_E2E_CACHE:-$HOME/.cache/n8n-nodes-glair-vision}"
VERSION="${VERDACCIO_VERSION:-6.8.0}"
mkdir -p "$CACHE"
CACHE="$(cd "$CACHE" && pwd)"
DIR="$CACHE/verdaccio-$VERSION"
ENTRY="$DIR/node_modules/verdaccio/bin/verdaccio"
log() { echo "[install-registry] $*" >&2; }

if [[ -f "$DIR/.installed" && -f "$ENTRY" ]]; then
  log "verdaccio: cached $VERSION at $DIR"
else
  start=$(date +%s)
  log "verdaccio: installing verdaccio@$VERSION into $DIR"
  rm -rf "$DIR"; mkdir -p "$DIR"
  cat > "$DIR/package.json" <<JSON
{"name":"n8n-e2e-registry","private":true,"overrides":{"node-fetch":"2.7.0"}}
JSON
  # Run npm from the cache dir so the repository's package.json / .npmrc stay out of it.
  (cd "$DIR" && npm install "verdaccio@$VERSION" --no-audit --no-fund --loglevel=error >&2)
  (cd "$DIR" && node "$ENTRY" --version >&2)
  touch "$DIR/.installed"
  log "verdaccio: installed in $(( $(date +%s) - start ))s, $(du -sh "$DIR" | cut -f1)"
fi

echo "$ENTRY"
