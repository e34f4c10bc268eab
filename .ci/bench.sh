#!/usr/bin/env bash
# All benchmarks on MariaDB in one command (docs/quality.md): the notice fan-out (5,000 notices, relay vs a bare
# Jakarta Mail loop) and the urgent alert (5,000 alert mails behind 20,000 queued notices, issue 19) on a throwaway
# database, then the partnership benchmark (5,000 members, the app on Payara Micro as a separate process, which makes
# and drops its own throwaway database). About 12 minutes.
# Extra arguments go to Maven, e.g. .ci/bench.sh -Dbench.rounds=3
set -euo pipefail
cd "$(dirname "$0")/.."
export MAVEN_OPTS="${MAVEN_OPTS:--Xmx1g}"
source .ci/mariadb.sh
mariadb_ensure_running
DB="steward_fanout_$(date +%s)_$$"
mariadb_create_database "$DB"
trap 'mariadb_drop_database "$DB"' EXIT
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
mvn -B -ntp -q -Pbench verify -Dbench.db.url="jdbc:mysql://127.0.0.1:3306/$DB" -Dbench.db.user=steward \
    -Dbench.db.password=steward -Dbench.rounds=2 "$@"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
