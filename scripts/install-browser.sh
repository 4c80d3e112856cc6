#!/bin/sh
# Install Debian's Chromium for the browser tests (tests/browser), once.
# Playwright's own browser download cannot be used here; the tests launch /usr/bin/chromium.
# Idempotent: does nothing when Chromium is already installed. Needs root or sudo for apt-get.
set -eu

CHROMIUM=${BROWSER_TESTS_CHROMIUM:-/usr/bin/chromium}

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
