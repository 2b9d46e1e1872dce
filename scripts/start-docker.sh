#!/usr/bin/env bash
# Starts a Docker engine if none answers. Idempotent: does nothing when `docker info` works.
# Installs Debian's docker.io when dockerd is missing. Needs root (CI and dev machines run as root).
set -euo pipefail

if docker info >/dev/null 2>&1; then
  echo "docker: engine already running"
  exit 0
fi
if ! command -v dockerd >/dev/null 2>&1; then
  echo "docker: installing docker.io"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null 2>&1 || true
  apt-get install -y -qq --no-install-recommends docker.io >/dev/null
fi
log=${DOCKERD_LOG:-/tmp/dockerd.log}
# vfs storage and no bridge: works inside containers without privileges for overlay or iptables.
nohup dockerd --storage-driver=vfs --iptables=false --ip6tables=false --bridge=none \
  --host=unix:///var/run/docker.sock --data-root=/var/lib/docker >"$log" 2>&1 &
for _ in $(seq 1 60); do
  if docker info >/dev/null 2>&1; then
    echo "docker: engine started (log: $log)"
    exit 0
  fi
  sleep 0.5
done
echo "docker: engine did not start; last lines of $log:" >&2
tail -20 "$log" >&2
exit 1
