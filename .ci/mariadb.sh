# Functions to make sure a MariaDB server runs on 127.0.0.1:3306 and to create throwaway databases
# with a password user for JDBC (a plain Debian install lets root in by unix socket only).

mariadb_root() {
  if mariadb -uroot -e 'SELECT 1' >/dev/null 2>&1; then
    mariadb -uroot "$@"
  else
    mariadb -h127.0.0.1 -P3306 -uroot "$@"
  fi
}

mariadb_ensure_running() {
  if ! command -v mariadbd >/dev/null 2>&1 && [[ ! -x /usr/sbin/mariadbd ]]; then
    echo "installing mariadb-server"
    local sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get update -q || true
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q mariadb-server mariadb-client
  fi
  if ! mariadb-admin ping -h127.0.0.1 -P3306 --silent >/dev/null 2>&1 \
      && ! mariadb-admin ping --silent >/dev/null 2>&1; then
    echo "starting MariaDB"
    mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld 2>/dev/null || true
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql
    for _ in $(seq 1 60); do
      mariadb-admin ping --silent >/dev/null 2>&1 && break
      sleep 1
    done
  fi
  mariadb_root -e 'SELECT VERSION()'
}

mariadb_create_database() {
  local db="$1"
  mariadb_root -e "CREATE DATABASE \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER IF NOT EXISTS 'steward'@'127.0.0.1' IDENTIFIED BY 'steward';
    CREATE USER IF NOT EXISTS 'steward'@'localhost' IDENTIFIED BY 'steward';
    GRANT ALL PRIVILEGES ON \`$db\`.* TO 'steward'@'127.0.0.1';
    GRANT ALL PRIVILEGES ON \`$db\`.* TO 'steward'@'localhost';
    FLUSH PRIVILEGES;"
  echo "created database $db (user steward)"
}

mariadb_drop_database() {
  mariadb_root -e "DROP DATABASE IF EXISTS \`$1\`" || true
}

# A user without a password (as some MySQL installations have) on database $1: proves an empty
# PARTNERSHIP_DB_PASSWORD is sent as no password, not replaced by a default.
mariadb_grant_passwordless_user() {
  local db="$1"
  mariadb_root -e "CREATE USER IF NOT EXISTS 'steward_nopw'@'127.0.0.1';
    GRANT ALL PRIVILEGES ON \`$db\`.* TO 'steward_nopw'@'127.0.0.1';
    FLUSH PRIVILEGES;"
  echo "granted database $db to steward_nopw (no password)"
}
