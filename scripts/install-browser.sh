#!/bin/sh
# Install what the browser tests (tests/browser) need, once: Debian's Chromium, and axe-core
# (pinned in tests/browser/axe/package-lock.json) from the npm registry for the accessibility
# checks. Playwright's own browser download cannot be used here; the tests launch
# /usr/bin/chromium. Idempotent: does nothing when both are there. apt-get needs root or sudo.
set -eu

CHROMIUM=${BROWSER_TESTS_CHROMIUM:-/usr/bin/chromium}
AXE_DIR="$(dirname "$0")/../tests/browser/axe"

install_axe() {
    if [ -f "$AXE_DIR/node_modules/axe-core/axe.min.js" ]; then
        return 0
    fi
    if ! command -v npm >/dev/null 2>&1; then
        echo "install-browser: npm is missing; install Node.js and npm so that axe-core can be installed" >&2
        exit 1
    fi
    echo "install-browser: installing axe-core from the npm registry (once)"
    (cd "$AXE_DIR" && npm ci --no-audit --no-fund --loglevel=error)
}

install_axe

if [ -x "$CHROMIUM" ]; then
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "install-browser: $CHROMIUM is missing and installing it needs root: run 'apt-get install chromium' as root" >&2
    exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-browser: no apt-get here; install Chromium so that $CHROMIUM exists (or set BROWSER_TESTS_CHROMIUM)" >&2
    exit 1
fi

echo "install-browser: installing Debian's chromium (once)"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium >/dev/null

if [ ! -x "$CHROMIUM" ]; then
    echo "install-browser: apt-get finished but $CHROMIUM is still missing" >&2
    exit 1
fi
"$CHROMIUM" --version 2>/dev/null || true
