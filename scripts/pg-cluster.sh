#!/usr/bin/env bash
# A throw-away PostgreSQL cluster on loopback, for the tests and for trying the PostgreSQL engine by hand.
#   scripts/pg-cluster.sh start DIR [PORT]   initdb into DIR/data, start it; prints the server's URL
#   scripts/pg-cluster.sh stop DIR           stop it and remove DIR
#   scripts/pg-cluster.sh pause DIR          stop the server, keep its data (fault tests)
#   scripts/pg-cluster.sh resume DIR PORT    start it again
# Debian's postgresql package provides the binaries (apt-get install postgresql). As root the server runs as the
# `postgres` user (PostgreSQL refuses to run as root). Trust authentication on 127.0.0.1 only; durability is
# switched off (fsync): the data is thrown away.
set -euo pipefail
cmd=${1:-}; dir=${2:-}; port=${3:-55432}
if [ -z "$cmd" ] || [ -z "$dir" ]; then echo "usage: $0 start|stop DIR [PORT]" >&2; exit 2; fi
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ]; then echo "no PostgreSQL in /usr/lib/postgresql: apt-get install postgresql" >&2; exit 1; fi
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
start_server() {
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o \
    "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
}
case $cmd in
  start)
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
    as_owner "$bin/initdb" -D "$dir/data" -U multivector --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    start_server
    echo "postgres://multivector@127.0.0.1:$port/postgres"
    ;;
  pause) as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null ;;
  resume) start_server ;;
  stop)
    if [ -d "$dir/data" ]; then as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true; fi
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start|stop|pause|resume DIR [PORT]" >&2; exit 2 ;;
esac
