#!/usr/bin/env bash
# Starts a NATS server with JetStream and a WebSocket listener on 127.0.0.1, for shared
# workspaces and classes, with users in two roles:
#   admin    may read and change shared workspaces; starts classes (their lesson and clock)
#   trainee  may only read shared workspaces and a class's lesson; in a class, writes only its
#            own progress and its own copy's log (the server refuses anything else, whatever
#            client they use)
#
#   scripts/share.sh                      admin "admin" and trainee "trainee", passwords drawn
#                                         at random once (kept in DIR/users) and printed;
#                                         ws://127.0.0.1:9222
#   scripts/share.sh --user ann:admin:secret --user tia:trainee:secret2
#   scripts/share.sh --dir DIR --port 4222 --ws 9222       where JetStream keeps its files
#   scripts/share.sh --cluster-port 6222 --routes nats://127.0.0.1:6223,nats://127.0.0.1:6224 --name n1
#                                         one node of a cluster (see README, "Sharing")
#   scripts/share.sh --config-only ...    write DIR/nats.conf and stop
# Installs nats-server (Debian's package) when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

dir=${FLOWTHROUGH_SHARE_DIR:-$PWD/target/share}
port=4222
ws=9222
name=flowthrough
cluster_port=""
routes=""
config_only=0
users=()
while [ $# -gt 0 ]; do
  case $1 in
    --dir) dir=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --ws) ws=$2; shift 2 ;;
    --name) name=$2; shift 2 ;;
    --user) users+=("$2"); shift 2 ;;
    --cluster-port) cluster_port=$2; shift 2 ;;
    --routes) routes=$2; shift 2 ;;
    --config-only) config_only=1; shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "share.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

if ! command -v nats-server >/dev/null 2>&1 && [ ! -x /usr/sbin/nats-server ]; then
  echo "Installing nats-server (Debian's package)..."
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y nats-server >/dev/null; else sudo apt-get install -y nats-server >/dev/null; fi
fi
server=$(command -v nats-server || echo /usr/sbin/nats-server)

secret() { head -c 18 /dev/urandom | base64 | tr -d '/+=' | cut -c1-20; }
mkdir -p "$dir/jetstream"
show_passwords=0
if [ ${#users[@]} -eq 0 ]; then
  # Drawn once and kept beside the data (readable by this user only), so a password a browser
  # kept still works after a restart.
  if [ ! -s "$dir/users" ]; then
    (umask 077; printf '%s\n' "admin:admin:$(secret)" "trainee:trainee:$(secret)" >"$dir/users")
  fi
  mapfile -t users <"$dir/users"
  show_passwords=1
fi
conf=$dir/nats.conf
{
  echo "# Written by scripts/share.sh"
  echo "server_name: \"$name\""
  echo "listen: \"127.0.0.1:$port\""
  echo "jetstream { store_dir: \"$dir/jetstream\", max_memory_store: 256MB, max_file_store: 4GB }"
  # Browsers reach the server here. TLS in front of it for anything beyond this machine (README).
  echo "websocket { listen: \"127.0.0.1:$ws\", no_tls: true, compression: false }"
  if [ -n "$cluster_port" ]; then
    echo "cluster { name: \"flowthrough\", listen: \"127.0.0.1:$cluster_port\", routes: [$(echo "$routes" | sed 's/[^,][^,]*/"&"/g')] }"
  fi
  # Administrators: everything. Trainees publish only what reading needs (JetStream's info,
  # message-get and consumer requests, acknowledgements, replies, presence) and, in a class,
  # their own progress and log: an allow list, so no entry, snapshot, lesson, clock step or other
  # trainee's progress, and no stream created, changed or deleted. A user name must be a NATS
  # subject token (letters, digits, - and _). Inline per user: the config refuses a variable no
  # user refers to.
  admin='{ publish: ">", subscribe: ">" }'
  trainee_reads='"$JS.API.INFO", "$JS.API.STREAM.INFO.>", "$JS.API.STREAM.NAMES", "$JS.API.STREAM.LIST", "$JS.API.STREAM.MSG.GET.>", "$JS.API.DIRECT.GET.>", "$JS.API.CONSUMER.>", "$JS.ACK.>", "$JS.FC.>", "_INBOX.>", "ft.*.here"'
  echo "authorization { users: ["
  for u in "${users[@]}"; do
    IFS=: read -r user role pass <<<"$u"
    case $role in
      admin) perms=$admin ;;
      trainee)
        if ! [[ $user =~ ^[A-Za-z0-9_-]+$ ]]; then echo "share.sh: a trainee's user name may hold only letters, digits, - and _: $user" >&2; exit 2; fi
        perms="{ publish: { allow: [$trainee_reads, \"ftc.*.progress.$user\", \"ftc.*.log.$user\"] }, subscribe: \">\" }" ;;
      *) echo "share.sh: role must be admin or trainee: $u" >&2; exit 2 ;;
    esac
    # Quoted for the config's syntax; passwords are drawn from [A-Za-z0-9] by default.
    echo "  { user: \"$user\", password: \"$pass\", permissions: $perms }"
  done
  echo "] }"
} >"$conf"

[ "$config_only" -eq 1 ] && exit 0

echo "Shared workspaces: ws://127.0.0.1:$ws (NATS $port, JetStream in $dir/jetstream)"
if [ "$show_passwords" -eq 1 ]; then
  for u in "${users[@]}"; do
    IFS=: read -r user role pass <<<"$u"
    echo "  $role: user $user, password $pass"
  done
fi
exec "$server" -c "$conf"
