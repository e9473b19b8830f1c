#!/usr/bin/env bash
# A throw-away Redis on loopback, for the queue's tests and for trying the workers by hand.
#   scripts/redis-server.sh start DIR [PORT]   start redis-server with its files in DIR; prints its URL
#   scripts/redis-server.sh stop DIR           stop it and remove DIR
#   scripts/redis-server.sh pause DIR          stop the server, keep its data (fault tests)
#   scripts/redis-server.sh resume DIR         start it again on the same port, with the data it had
# Debian's redis-server package provides the binary (apt-get install redis-server). Loopback only, no password
# (protected mode stays on for anything else); an append-only file, so a restart keeps the queue as BullMQ
# needs (jobs and their state survive the server); 256 databases, so each test takes one of its own.
set -euo pipefail
cmd=${1:-}; dir=${2:-}; port=${3:-56379}
if [ -z "$cmd" ] || [ -z "$dir" ]; then echo "usage: $0 start|stop|pause|resume DIR [PORT]" >&2; exit 2; fi
if ! command -v redis-server >/dev/null 2>&1; then echo "no redis-server: apt-get install redis-server" >&2; exit 1; fi
start_server() {
  redis-server --port "$(cat "$dir/port")" --bind 127.0.0.1 --dir "$dir" --daemonize yes --pidfile "$dir/redis.pid" \
    --logfile "$dir/redis.log" --appendonly yes --appendfsync everysec --save '' --maxmemory-policy noeviction --databases 256
  for _ in $(seq 1 100); do
    if redis-cli -p "$(cat "$dir/port")" ping >/dev/null 2>&1; then return 0; fi
    sleep 0.1
  done
  echo "redis-server did not start: see $dir/redis.log" >&2; exit 1
}
stop_server() {
  if [ -f "$dir/redis.pid" ]; then
    redis-cli -p "$(cat "$dir/port")" shutdown nosave >/dev/null 2>&1 || kill "$(cat "$dir/redis.pid")" 2>/dev/null || true
    for _ in $(seq 1 100); do [ -f "$dir/redis.pid" ] && kill -0 "$(cat "$dir/redis.pid")" 2>/dev/null || break; sleep 0.1; done
  fi
}
case $cmd in
  start)
    mkdir -p "$dir"
    echo "$port" >"$dir/port"
    start_server
    echo "redis://127.0.0.1:$port"
    ;;
  pause) stop_server ;;
  resume) start_server ;;
  stop)
    if [ -d "$dir" ]; then stop_server; rm -rf "$dir"; fi
    ;;
  *) echo "usage: $0 start|stop|pause|resume DIR [PORT]" >&2; exit 2 ;;
esac
