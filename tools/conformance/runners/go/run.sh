#!/bin/sh
# Builds the Go conformance runner offline (GOPATH mode against the Debian Go packages, since no
# module can be downloaded) into a cache directory, then runs it with the given arguments.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
cache="${XDG_CACHE_HOME:-$HOME/.cache}/wscodes-go-runner"

if ! command -v go >/dev/null 2>&1; then
  echo "go-runner: the go command is missing; install it with: apt-get install golang-go" >&2
  exit 1
fi
for pkg in golang-github-gorilla-websocket-dev golang-nhooyr-websocket-dev; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    echo "go-runner: the Debian package $pkg is missing; install it with: apt-get install $pkg" >&2
    exit 1
  fi
done

mkdir -p "$cache"
# go build is incremental through GOCACHE, so building every time is cheap and never stale.
if ! (cd "$here" && GO111MODULE=off GOPATH=/usr/share/gocode GOCACHE="$cache/go-build" \
      go build -o "$cache/wscodes-go-runner" .) >&2; then
  echo "go-runner: building $here failed (see the compiler output above)" >&2
  exit 1
fi
exec "$cache/wscodes-go-runner" "$@"
