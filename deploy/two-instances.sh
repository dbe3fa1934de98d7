#!/usr/bin/env bash
# Two playground instances behind nginx on this machine, with sticky sessions, as
# TwoInstancesBehindNginxTest runs them:
#
#   deploy/two-instances.sh            # then open http://127.0.0.1:8088
#   LB_PORT=9000 deploy/two-instances.sh
#
# node1 and node2 listen on 127.0.0.1:18081 and :18082 (management ports 18181, 18182); nginx on
# 127.0.0.1:$LB_PORT (8088), configured from deploy/nginx/playground.conf.template, in the
# foreground. Ctrl-C stops nginx and both instances (SIGTERM: graceful shutdown).
#
# The instances run the production jar target/optimizer-playground-*.jar when there is one
# (mvn -Pproduction package), else the compiled classes in Vaadin's development mode from this
# folder (the script compiles them, and node2 starts once node1 has its front-end bundle).
# Needs java, nginx (Debian: apt-get install nginx) and curl; no root.
set -euo pipefail
cd "$(dirname "$0")/.."

LB_PORT=${LB_PORT:-8088}
NODE1_PORT=${NODE1_PORT:-18081}
NODE2_PORT=${NODE2_PORT:-18082}
NODE1_MGMT=${NODE1_MGMT:-18181}
NODE2_MGMT=${NODE2_MGMT:-18182}
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$NGINX" ] || { echo "nginx is missing (Debian: apt-get install nginx)" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl is missing (Debian: apt-get install curl)" >&2; exit 1; }

RUN_DIR=$(mktemp -d -t playground-lb-XXXXXX)
chmod 755 "$RUN_DIR"   # nginx's workers (nobody, when started as root) use its temporary folders
echo "Logs and nginx files: $RUN_DIR"

# The JDK Maven builds with (JAVA_HOME, Java 25), not whatever `java` comes first on the PATH.
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

pids=()
stop() {
  trap - EXIT INT TERM
  echo "Stopping…"
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop EXIT INT TERM

jar=$(ls target/optimizer-playground-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -n 1 || true)
if [ -n "$jar" ]; then
  echo "Running $jar"
  launch=("$JAVA" -jar "$jar")
else
  echo "No jar in target/: compiling, then running the classes in development mode"
  mvn -q compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
  launch=("$JAVA" -cp "target/classes:$(cat target/classpath.txt)" org.optimizerplayground.Application)
fi

start_node() { # route port management-port
  "${launch[@]}" --server.port="$2" --management.server.port="$3" --playground.route="$1" \
    >"$RUN_DIR/$1.log" 2>&1 &
  pids+=($!)
  echo "$1: http://127.0.0.1:$2 (management http://127.0.0.1:$3/actuator), log $RUN_DIR/$1.log"
}

wait_ready() { # route port management-port
  for _ in $(seq 1 600); do
    if curl -fs "http://127.0.0.1:$3/actuator/health/readiness" >/dev/null \
        && ! curl -s -D - -o /dev/null "http://127.0.0.1:$2/?play=false" | grep -qi '^X-DevModePending'; then
      echo "$1 is ready"
      return 0
    fi
    sleep 0.5
  done
  echo "$1 did not come up; see $RUN_DIR/$1.log" >&2
  exit 1
}

start_node node1 "$NODE1_PORT" "$NODE1_MGMT"
wait_ready node1 "$NODE1_PORT" "$NODE1_MGMT"   # in development mode, node1 builds the front-end bundle alone
start_node node2 "$NODE2_PORT" "$NODE2_MGMT"
wait_ready node2 "$NODE2_PORT" "$NODE2_MGMT"

sed -e "s#@RUN_DIR@#$RUN_DIR#g" -e "s#@LISTEN@#127.0.0.1:$LB_PORT#g" \
    -e "s#@NODE1@#127.0.0.1:$NODE1_PORT#g" -e "s#@NODE2@#127.0.0.1:$NODE2_PORT#g" \
    deploy/nginx/playground.conf.template >"$RUN_DIR/nginx.conf"
echo "nginx: http://127.0.0.1:$LB_PORT (access log $RUN_DIR/access.log); Ctrl-C stops everything"
"$NGINX" -p "$RUN_DIR" -c "$RUN_DIR/nginx.conf" -e "$RUN_DIR/error.log" -g 'daemon off;' &
pids+=($!)
wait "${pids[-1]}"
