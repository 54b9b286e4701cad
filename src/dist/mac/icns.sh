#!/bin/sh
# Makes the macOS icon (.icns) from the PNG icon with the system's own tools: icns.sh PNG OUT.icns
set -e
set_dir=$(mktemp -d)/parley.iconset
mkdir -p "$set_dir"
for size in 16 32 64 128 256; do
  sips -z $size $size "$1" --out "$set_dir/icon_${size}x${size}.png" >/dev/null
done
iconutil -c icns "$set_dir" -o "$2"
