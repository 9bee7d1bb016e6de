#!/usr/bin/env bash
# The real-n8n end-to-end suite. Expects `npm run build` to have been run (npm run e2e does it).
#   bash e2e/run.sh            install/reuse n8n, CLI run (run.ts), the node as an AI Agent tool
#                              (agent.ts, ~70 s) + editor in Chromium (editor.ts)
#   CI_FULL=1 bash e2e/run.sh  ... and queue mode (queue.ts: redis + main + 2 workers, 100 documents)
# Env: N8N_E2E_CACHE (cache dir), N8N_E2E_VERSION (default 2.41.1), E2E_KEEP=1 (keep user folders),
#      E2E_SCREENSHOT_DIR (default: the editor run's user folder; `npm run e2e:screenshots` writes
#      docs/), E2E_SKIP_EDITOR=1 (no browser available),
#      E2E_SKIP_AGENT=1 (an n8n without @n8n/n8n-nodes-langchain).
set -euo pipefail
cd "$(dirname "$0")/.."

[[ -f dist/nodes/GlairVision/GlairVision.node.js ]] || { echo "dist/ is missing: run npm run build first" >&2; exit 1; }

start=$(date +%s)
bash e2e/install-n8n.sh >/dev/null

status=0
npx tsx e2e/run.ts || status=1
if [[ "${E2E_SKIP_AGENT:-}" == "1" ]]; then
  echo "[e2e] agent check skipped (E2E_SKIP_AGENT=1)"
else
  # Bounded: two n8n executions with a 30 s model timeout each; a hung run must not hang CI.
  timeout 600 npx tsx e2e/agent.ts || status=1
fi
if [[ "${E2E_SKIP_EDITOR:-}" == "1" ]]; then
  echo "[e2e] editor check skipped (E2E_SKIP_EDITOR=1)"
else
  [[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]] || { echo "[e2e] ${CHROMIUM_PATH:-/usr/bin/chromium} missing: apt-get install -y chromium" >&2; exit 1; }
  npx tsx e2e/editor.ts || status=1
fi
if [[ "${CI_FULL:-}" == "1" ]]; then
  npx tsx e2e/queue.ts || status=1
fi
echo "[e2e] $([[ $status == 0 ]] && echo PASSED || echo FAILED) in $(( $(date +%s) - start ))s (n8n ${N8N_E2E_VERSION:-2.41.1})"
exit $status
