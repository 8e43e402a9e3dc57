#!/usr/bin/env bash
# Installs the Debian packages Counterpoint needs, on a fresh Debian machine (run as root, or
# with sudo available). Building needs no -dev package: eframe loads the windowing and OpenGL
# libraries at run time, so only the runtime libraries are installed here.
#
#   scripts/install-system-packages.sh          # what the window needs
#   scripts/install-system-packages.sh --xvfb   # also a virtual display, for screenshots
set -euo pipefail

packages=(
  libgl1 libegl1             # OpenGL (the glow renderer), Mesa's software rendering included
  libx11-6 libx11-xcb1 libxcursor1 libxrandr2 libxi6 libxkbcommon-x11-0   # X11 windows and keyboard
  libwayland-client0 libwayland-egl1 libxkbcommon0                       # Wayland windows
  fonts-dejavu-core          # a font with Cyrillic and Greek glyphs
  fonts-droid-fallback       # Chinese, Japanese and Korean glyphs (the window looks for it)
  zenity                     # the native file dialog's fallback when no desktop portal runs
  chromium                   # headless browser: the test that renders the exported HTML report
)
if [[ "${1:-}" == "--xvfb" ]]; then
  packages+=(xvfb xauth xdotool imagemagick)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  exit 0
fi
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
  sudo_cmd=(sudo)
fi
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
