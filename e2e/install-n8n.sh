#!/usr/bin/env bash
# Idempotent install of Node 24 + a real n8n into a cache folder OUTSIDE the repo.
# Prints the cache path on the last line of stdout (all progress goes to stderr).
#
#   N8N_E2E_CACHE    cache root (default: $HOME/.cache/n8n-nodes-glair-vision)
#   N8N_E2E_VERSION  n8n version (default: 2.41.1; 2.41.3 does not resolve from the registry here)
#   NODE24_VERSION   npm `node` package spec providing the Node binary (default: 24)
#
# n8n 2.x needs Node >= 24: the npm package `node@24` provides it. n8n 1.x runs on the system
# Node (>= 20) and needs an npm override (xlsx: 0.18.5; n8n pins a tarball URL off the registry).
#
# Layout:
#   $CACHE/node24/node_modules/node/bin/node          Node >= 24 binary (npm package `node@24`)
#   $CACHE/n8n-$VERSION/node_modules/.bin/n8n         n8n CLI
#   $CACHE/n8n-$VERSION/.installed                    marker: a second run is a no-op
#   $CACHE/n8n-$VERSION/.node-bin                     the Node binary that runs this n8n
set -euo pipefail

CACHE="${N8N_E2E_CACHE:-$HOME/.cache/n8n-nodes-glair-vision}"
N8N_VERSION="${N8N_E2E_VERSION:-2.41.1}"
NODE24_SPEC="node@${NODE24_VERSION:-24}"
mkdir -p "$CACHE"
CACHE="$(cd "$CACHE" && pwd)"
log() { echo "[install-n8n] $*" >&2; }

# Keep the repository's .npmrc / package.json out of the picture: run npm from the cache dir.
cd "$CACHE"

N8N_MAJOR="${N8N_VERSION%%.*}"

# ---- Node ------------------------------------------------------------------------------
if [[ "$N8N_MAJOR" == "1" ]]; then
  NODE_BIN="$(command -v node)"
  v="$("$NODE_BIN" -v)"
  [[ "${v#v}" =~ ^(2[0-9]|[3-9][0-9])\. ]] || { log "n8n 1.x needs Node >= 20, system node is $v"; exit 1; }
  log "node: system $v at $NODE_BIN (n8n 1.x)"
else
NODE_DIR="$CACHE/node24"
NODE_BIN="$NODE_DIR/node_modules/node/bin/node"
if [[ -f "$NODE_DIR/.installed" && -x "$NODE_BIN" ]]; then
  log "node: cached $("$NODE_BIN" -v) at $NODE_BIN"
else
  log "node: installing $NODE24_SPEC into $NODE_DIR"
  rm -rf "$NODE_DIR"; mkdir -p "$NODE_DIR"
  echo '{"name":"n8n-e2e-node24","private":true}' > "$NODE_DIR/package.json"
  # The `node` package downloads the real binary in its postinstall: scripts must run here.
  npm install --prefix "$NODE_DIR" "$NODE24_SPEC" --no-save --no-audit --no-fund --ignore-scripts=false >&2
  if [[ ! -x "$NODE_BIN" ]]; then
    NODE_BIN="$(find "$NODE_DIR/node_modules" -path '*/bin/node' -type f -perm -u+x | head -1)"
  fi
  v="$("$NODE_BIN" -v)"
  [[ "${v#v}" =~ ^2[4-9]\.|^[3-9][0-9]\. ]] || { log "node binary reports $v, need >= 24"; exit 1; }
  touch "$NODE_DIR/.installed"
  log "node: $v at $NODE_BIN"
fi
fi
export PATH="$(dirname "$NODE_BIN"):$PATH"

# ---- n8n ------------------------------------------------------------------------------
N8N_DIR="$CACHE/n8n-$N8N_VERSION"
if [[ -f "$N8N_DIR/.installed" && -e "$N8N_DIR/node_modules/.bin/n8n" ]]; then
  [[ -f "$N8N_DIR/.node-bin" ]] || echo "$NODE_BIN" > "$N8N_DIR/.node-bin"
  log "n8n: cached $N8N_VERSION at $N8N_DIR"
else
  start=$(date +%s)
  log "n8n: installing n8n@$N8N_VERSION into $N8N_DIR (first time: ~5 min, ~3 GB)"
  mkdir -p "$N8N_DIR"
  if [[ "$N8N_MAJOR" == "1" ]]; then
    echo '{"name":"n8n-e2e-host","private":true,"overrides":{"xlsx":"0.18.5"}}' > "$N8N_DIR/package.json"
  else
    echo '{"name":"n8n-e2e-host","private":true}' > "$N8N_DIR/package.json"
  fi
  # A full install fails on an optional Kafka native build; scripts off, then build only sqlite3.
  (cd "$N8N_DIR" && npm install "n8n@$N8N_VERSION" --ignore-scripts --no-audit --no-fund --loglevel=error >&2)
  (cd "$N8N_DIR" && npm rebuild sqlite3 --ignore-scripts=false >&2)
  # Sanity: the native sqlite3 module loads under Node 24.
  (cd "$N8N_DIR" && "$NODE_BIN" -e "require('sqlite3'); console.error('[install-n8n] sqlite3 native module OK')")
  (cd "$N8N_DIR" && "$NODE_BIN" node_modules/n8n/bin/n8n --version >&2)
  echo "$NODE_BIN" > "$N8N_DIR/.node-bin"
  touch "$N8N_DIR/.installed"
  log "n8n: installed in $(( $(date +%s) - start ))s, $(du -sh "$N8N_DIR" | cut -f1)"
fi

echo "$CACHE"
