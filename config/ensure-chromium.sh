#!/usr/bin/env bash
# The browser tests drive Debian's headless Chromium through chromedriver.
# Installs both from Debian's packages when they are missing (needs root or sudo).
set -euo pipefail
if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
  exit 0
fi
echo "Chromium or chromedriver missing: installing Debian packages chromium chromium-driver"
SUDO=""
[[ $(id -u) -eq 0 ]] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q || true
$SUDO apt-get install -y -q chromium chromium-driver
