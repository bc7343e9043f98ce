#!/bin/sh
# What Trunk's post_build hook does to the built site, in order (Trunk.toml):
#   scripts/post-build.sh <staging-dir>
set -eu
dir=$1
# Each step's seconds are printed after it (the release build's time is mostly here).
step() {
  start=$(date +%s%N)
  "$@"
  echo "post-build: $2 took $(( ($(date +%s%N) - start) / 1000000 )) ms"
}
# The wasm cut into a main module and a chunk per page, in place of Trunk's single wasm.
step node scripts/split.mjs "$dir"
# The NATS client for shared workspaces, as its own file the app imports only when it shares.
step node scripts/bundle-shared.mjs "$dir"
# The static frame's words in every language, from locales/*.ftl.
step node scripts/boot-words.mjs "$dir"
# Static hosts without an SPA fallback serve 404.html for unknown paths: make it the app too.
cp "$dir/index.html" "$dir/404.html"
# Momentum's Inter font, cut to the characters of the console's languages (325 KB -> 79 KB).
step node scripts/subset-font.mjs "$dir"
# Brotli and gzip copies of the wasm, JS, CSS and HTML, as a static host would serve them
# (scripts/serve.mjs chooses one by Accept-Encoding): last, of the finished files.
step node scripts/compress.mjs "$dir"
