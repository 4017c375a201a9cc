# Sourced by start.sh: MariaDB, RabbitMQ (with its own epmd) and memcached, run by hand
# with data dirs under $STATE so every start begins from empty databases.
DB_PORT=13306 AMQP_PORT=5672 MEMCACHED_PORT=11211

start_bg() {  # start_bg NAME CMD...: run in the background, log to logs/NAME.log, record the PID
  local name=$1; shift
  "$@" >>"$STATE/logs/$name.log" 2>&1 &
  echo $! >>"$STATE/pids"
}

wait_for() {  # wait_for WHAT SECONDS CMD...: poll until CMD succeeds, bounded
  local what=$1 limit=$2 t=$SECONDS; shift 2
  until "$@" >/dev/null 2>&1; do
    ((SECONDS - t < limit)) || die "$what not ready after ${limit}s (see $STATE/logs)"
    sleep 0.5
  done
}

start_infra() {
  mkdir -p "$STATE/mysql" "$STATE/rabbitmq" "$STATE/run"
  mariadb-install-db --no-defaults --datadir="$STATE/mysql" --auth-root-authentication-method=normal \
    --skip-test-db --user=root >"$STATE/logs/mariadb-install.log" 2>&1 || die "mariadb-install-db failed (logs/mariadb-install.log)"
  start_bg mariadb mariadbd --no-defaults --user=root --datadir="$STATE/mysql" --socket="$STATE/run/mysql.sock" \
    --bind-address=127.0.0.1 --port=$DB_PORT --pid-file="$STATE/run/mysql.pid" --skip-name-resolve \
    --max-connections=2000 --innodb-flush-log-at-trx-commit=0 --innodb-doublewrite=0 --sync-binlog=0 \
    --innodb-buffer-pool-size=256M --character-set-server=utf8mb4 --collation-server=utf8mb4_general_ci

  # RabbitMQ refuses dirs it does not own (eacces); epmd runs in the foreground so its
  # PID is ours to stop (rabbitmq-server would otherwise daemonize one on all interfaces).
  chown -R rabbitmq:rabbitmq "$STATE/rabbitmq"
  # ... and must reach it: the harness makes STATE with mkdtemp (mode 0700, root's), where
  # the rabbitmq user cannot enter, and RabbitMQ then hangs silently until wait_for gives up.
  chmod o+x "$STATE"
  start_bg epmd runuser -u rabbitmq -- epmd -address 127.0.0.1 -port 4369
  start_bg rabbitmq env -i PATH="$PATH" HOME="$STATE/rabbitmq" ERL_EPMD_ADDRESS=127.0.0.1 \
    RABBITMQ_NODENAME=rabbit@localhost RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT=$AMQP_PORT \
    RABBITMQ_DIST_PORT=25672 RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}" \
    RABBITMQ_MNESIA_BASE="$STATE/rabbitmq/mnesia" RABBITMQ_LOG_BASE="$STATE/rabbitmq/log" \
    RABBITMQ_CONFIG_FILE="$STATE/rabbitmq/rabbitmq" RABBITMQ_ENABLED_PLUGINS_FILE="$STATE/rabbitmq/enabled_plugins" \
    RABBITMQ_ENABLED_PLUGINS= runuser -u rabbitmq -p -- rabbitmq-server
  start_bg memcached memcached -u nobody -l 127.0.0.1 -p $MEMCACHED_PORT -U 0 -m 128

  wait_for mariadb 60 mariadb --no-defaults -uroot -S "$STATE/run/mysql.sock" -e 'select 1'
  mariadb --no-defaults -uroot -S "$STATE/run/mysql.sock" -e \
    "CREATE USER IF NOT EXISTS 'os'@'127.0.0.1' IDENTIFIED BY 'os'; GRANT ALL ON *.* TO 'os'@'127.0.0.1'; FLUSH PRIVILEGES;"
  wait_for rabbitmq 90 bash -c "exec 3<>/dev/tcp/127.0.0.1/$AMQP_PORT"
}

add_vhosts() {  # add_vhosts NAME...: RabbitMQ vhosts with full rights for guest
  local defs="$STATE/rabbitmq/definitions.json" v="" p=""
  for n in "$@"; do
    v+="${v:+,}{\"name\":\"$n\"}"
    p+="${p:+,}{\"user\":\"guest\",\"vhost\":\"$n\",\"configure\":\".*\",\"write\":\".*\",\"read\":\".*\"}"
  done
  echo "{\"vhosts\":[$v],\"permissions\":[$p]}" >"$defs" && chown rabbitmq "$defs"
  env -i PATH="$PATH" HOME="$STATE/rabbitmq" ERL_EPMD_ADDRESS=127.0.0.1 RABBITMQ_NODENAME=rabbit@localhost \
    runuser -u rabbitmq -p -- rabbitmqctl -q --erlang-cookie "$(cat "$STATE/rabbitmq/.erlang.cookie")" import_definitions "$defs" >>"$STATE/logs/rabbitmq.log" 2>&1 \
    || die "rabbitmqctl import_definitions failed (logs/rabbitmq.log)"
}

create_dbs() {  # create_dbs NAME...
  local sql=""; for d in "$@"; do sql+="CREATE DATABASE IF NOT EXISTS \`$d\` CHARACTER SET utf8mb4;"; done
  mariadb --no-defaults -uroot -S "$STATE/run/mysql.sock" -e "$sql"
}
