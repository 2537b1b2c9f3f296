#!/usr/bin/env bash
# End-to-end federation over real TLS between two `mutualaid` processes on loopback.
#
# Makes a throwaway CA and one leaf certificate per instance, maps a.mutualaid.test -> 127.0.0.2 and
# b.mutualaid.test -> 127.0.0.3 in /etc/hosts (root only; the lines are removed on exit), starts
# instance A and instance B as separate processes, then checks that B's instance actor follows a
# collective on A and that a listing created, closed and deleted on A reaches B each time.
# Nothing leaves 127.0.0.0/8. See tests/e2e/README.md.
#
# Environment: MUTUALAID_E2E_WAIT (seconds each wait may take, default 60), MUTUALAID_E2E_BUILD=1
# (rebuild the server even when it is built), MUTUALAID_E2E_LOGS (where logs go; default a new temp dir).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
wait_seconds=${MUTUALAID_E2E_WAIT:-60}
cli_seconds=60 # a CLI command that takes longer is stopped (timeout exits 124)
port=8443
a_ip=127.0.0.2
b_ip=127.0.0.3
a_name=a.mutualaid.test
b_name=b.mutualaid.test
a_domain="$a_name:$port"
b_domain="$b_name:$port"
slug=e2e-kitchen
admin_email=admin@a.mutualaid.test
admin_password='correct-horse-battery-e2e'
hosts_marker="# mutualaid-e2e $$"
dll="$repo/src/MutualAid.Server/bin/Debug/net10.0/mutualaid.dll"

passed=0
failed=0
summary_printed=0
work=""
logs=""
hosts_added=0
a_pid=""
b_pid=""

# Report lines go to fd 3, the script's own stdout: a signal trap runs with the redirections of whatever
# command was running (often >/dev/null), and the report must still be seen.
exec 3>&1
pass() { passed=$((passed + 1)); echo "PASS: $1" >&3; }
fail() { failed=$((failed + 1)); echo "FAIL: $1" >&3; if [ -n "${2:-}" ]; then printf '      %s\n' "$2" >&3; fi; }
summary() { echo "${passed} passed, ${failed} failed" >&3; summary_printed=1; }
note() { echo "----- $*" >&3; }

# Stops a server we started: SIGTERM (Kestrel shuts down gracefully), SIGKILL after 10 s.
stop_server() {
  local pid=$1
  [ -n "$pid" ] || return 0
  kill -0 "$pid" 2>/dev/null || return 0
  kill "$pid" 2>/dev/null || true
  local until=$((SECONDS + 10))
  while kill -0 "$pid" 2>/dev/null && [ "$SECONDS" -lt "$until" ]; do sleep 0.2; done
  if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; fi
  wait "$pid" 2>/dev/null || true
}

remove_hosts_lines() {
  [ "$hosts_added" -eq 1 ] || return 0
  # Rewrite in place (not sed -i, which replaces the file): /etc/hosts is often a bind mount in containers.
  local kept
  kept=$(grep -vF "$hosts_marker" /etc/hosts || true)
  printf '%s\n' "$kept" > /etc/hosts
  hosts_added=0
}

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [ "$summary_printed" -eq 0 ]; then
    fail "stopped early (exit status $status)"
    summary
  fi
  { stop_server "$a_pid"; } 2>/dev/null
  { stop_server "$b_pid"; } 2>/dev/null
  remove_hosts_lines
  if [ -n "$logs" ] && [ -d "$logs" ]; then
    if [ "$failed" -gt 0 ] || [ "$status" -ne 0 ]; then
      echo "Logs kept in $logs (a.log, b.log, cli.log)" >&3
    else
      rm -rf "$logs"
    fi
  fi
  if [ -n "$work" ]; then rm -rf "$work"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Anything that stops the script early is a failure of its own, reported in the summary line.
abort() {
  fail "$1" "${2:-}"
  summary
  exit 1
}

# Polls "$@" every half second until it succeeds or $wait_seconds pass; fails fast when a server died.
wait_until() {
  local until=$((SECONDS + wait_seconds))
  while true; do
    if "$@" >/dev/null 2>&1; then return 0; fi
    if [ "$SECONDS" -ge "$until" ]; then return 1; fi
    if [ -n "$a_pid" ] && ! kill -0 "$a_pid" 2>/dev/null; then echo "      instance A exited" >&3; return 1; fi
    if [ -n "$b_pid" ] && ! kill -0 "$b_pid" 2>/dev/null; then echo "      instance B exited" >&3; return 1; fi
    sleep 0.5
  done
}

# ---------------------------------------------------------------------------------------- tools
need_tool() {
  local tool=$1 package=$2
  command -v "$tool" >/dev/null 2>&1 && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    note "installing $package"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$package" >/dev/null \
      || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$package" >/dev/null; } \
      || abort "install $package" "apt-get install -y $package failed"
  else
    abort "$tool is required" "install the '$package' package (or run as root with apt-get)"
  fi
}
need_tool openssl openssl
need_tool curl curl
need_tool jq jq
need_tool sqlite3 sqlite3
need_tool getent libc-bin
command -v dotnet >/dev/null 2>&1 || abort "dotnet is required" "install the .NET SDK pinned in global.json"

work=$(mktemp -d "${TMPDIR:-/tmp}/mutualaid-e2e.XXXXXX")
logs=${MUTUALAID_E2E_LOGS:-$(mktemp -d "${TMPDIR:-/tmp}/mutualaid-e2e-logs.XXXXXX")}
mkdir -p "$logs" "$work/a" "$work/b" "$work/ca/certs"
: > "$logs/cli.log"

# ---------------------------------------------------------------------------------------- build
if [ "${MUTUALAID_E2E_BUILD:-0}" = 1 ] || [ ! -f "$dll" ]; then
  note "building src/MutualAid.Server"
  timeout 900 dotnet build "$repo/src/MutualAid.Server" -c Debug -nologo -v q > "$logs/build.log" 2>&1 \
    || abort "build src/MutualAid.Server" "see $logs/build.log"
fi

# ---------------------------------------------------------------------------------------- names
if [ "$(id -u)" -eq 0 ]; then
  # Lines left by a run killed with SIGKILL (no trap ran) carry our tag; other lines are the owner's to keep
  # (if they map the names elsewhere, the resolution check below says so).
  if grep -q '# mutualaid-e2e ' /etc/hosts; then
    kept=$(grep -v '# mutualaid-e2e ' /etc/hosts || true)
    printf '%s\n' "$kept" > /etc/hosts
  fi
  hosts_added=1
  printf '%s %s %s\n%s %s %s\n' "$a_ip" "$a_name" "$hosts_marker" "$b_ip" "$b_name" "$hosts_marker" >> /etc/hosts
fi
resolves_to() { [ "$(getent ahostsv4 "$1" | awk 'NR==1 {print $1}')" = "$2" ]; }
if resolves_to "$a_name" "$a_ip" && resolves_to "$b_name" "$b_ip"; then
  pass "names resolve: $a_name -> $a_ip, $b_name -> $b_ip"
else
  abort "names resolve" "run as root (the script adds them to /etc/hosts), or add '$a_ip $a_name' and '$b_ip $b_name' to /etc/hosts yourself"
fi

# ---------------------------------------------------------------------------------------- certificates
ca="$work/ca"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 \
  -subj "/CN=mutualaid e2e throwaway CA" -keyout "$ca/ca.key" -out "$ca/ca.pem" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>>"$logs/cli.log"
leaf() {
  local name=$1 ip=$2 dir=$3
  openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=$name" \
    -keyout "$dir/tls.key" -out "$dir/tls.csr" 2>>"$logs/cli.log"
  printf 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:%s,IP:%s\n' \
    "$name" "$ip" > "$dir/tls.ext"
  openssl x509 -req -in "$dir/tls.csr" -CA "$ca/ca.pem" -CAkey "$ca/ca.key" -CAcreateserial -days 2 \
    -extfile "$dir/tls.ext" -out "$dir/tls.pem" 2>>"$logs/cli.log"
}
leaf "$a_name" "$a_ip" "$work/a"
leaf "$b_name" "$b_ip" "$work/b"
if openssl verify -CAfile "$ca/ca.pem" "$work/a/tls.pem" "$work/b/tls.pem" >/dev/null 2>>"$logs/cli.log"; then
  pass "throwaway CA issued leaf certificates for $a_name and $b_name"
else
  abort "throwaway CA issued leaf certificates" "openssl verify failed, see $logs/cli.log"
fi

# ---------------------------------------------------------------------------------------- instances
# .NET on Linux reads trusted roots from SSL_CERT_FILE / SSL_CERT_DIR (as OpenSSL does); pointing them at
# the throwaway CA and an empty directory trusts that CA and nothing else, without touching the system store.
trust_env=(SSL_CERT_FILE="$ca/ca.pem" SSL_CERT_DIR="$ca/certs")
common_env=(
  DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 ASPNETCORE_ENVIRONMENT=Production
  MutualAid__Federation__AllowPrivateNetworks=true
  MutualAid__Federation__WorkerPollInterval=00:00:01
  MutualAid__Federation__DeliveryFirstRetry=00:00:02
)
a_env=(MutualAid__Domain="$a_domain" MutualAid__DataDirectory="$work/a/data" MutualAid__Name="Instance A"
  MutualAid__Federation__AuthorizedFetch=true)
b_env=(MutualAid__Domain="$b_domain" MutualAid__DataDirectory="$work/b/data" MutualAid__Name="Instance B")

# mutualaid CLI against one instance's data directory: cli a|b VERB ...
cli() {
  local which=$1; shift
  local -a own
  if [ "$which" = a ]; then own=("${a_env[@]}"); else own=("${b_env[@]}"); fi
  echo "\$ mutualaid $* ($which)" >> "$logs/cli.log"
  timeout "$cli_seconds" env "${trust_env[@]}" "${common_env[@]}" "${own[@]}" dotnet "$dll" "$@" 2>>"$logs/cli.log"
}

# Starts an instance in the background (a child of this shell, so it can be waited for) and sets ${which}_pid.
start_server() {
  local which=$1 ip=$2
  local -a own
  if [ "$which" = a ]; then own=("${a_env[@]}"); else own=("${b_env[@]}"); fi
  env "${trust_env[@]}" "${common_env[@]}" "${own[@]}" \
    Kestrel__Certificates__Default__Path="$work/$which/tls.pem" \
    Kestrel__Certificates__Default__KeyPath="$work/$which/tls.key" \
    dotnet "$dll" serve --urls "https://$ip:$port" > "$logs/$which.log" 2>&1 &
  printf -v "${which}_pid" '%s' "$!"
}

# Prepare A's data before it serves: a collective and its admin (the CLI migrates the new database).
if cli a collective add "$slug" --name "E2E Community Kitchen" --summary "Meals and pantry" >> "$logs/cli.log" \
  && printf '%s\n' "$admin_password" | cli a user add "$admin_email" --collective "$slug" --role admin --password-stdin >> "$logs/cli.log"; then
  pass "A: collective '$slug' and its admin created with the CLI"
else
  abort "A: collective and admin created with the CLI" "see $logs/cli.log"
fi

start_server a "$a_ip"
start_server b "$b_ip"
a_url="https://$a_domain"
b_url="https://$b_domain"
api() { curl -sS --max-time 15 --cacert "$ca/ca.pem" "$@"; }
up() { api -o /dev/null -f "$1/.well-known/nodeinfo"; }
if wait_until up "$a_url" && wait_until up "$b_url"; then
  pass "both instances serve HTTPS with the throwaway CA's certificates"
else
  abort "both instances serve HTTPS" "see $logs/a.log and $logs/b.log"
fi

# ---------------------------------------------------------------------------------------- lookup
lookup_out="$work/lookup.json"
if cli b lookup "@$slug@$a_domain" > "$lookup_out" \
  && [ "$(jq -r '.id' "$lookup_out")" = "$a_url/actors/$slug" ] \
  && [ "$(jq -r '.type' "$lookup_out")" = "Organization" ]; then
  pass "B: 'mutualaid lookup @$slug@$a_domain' prints A's actor (WebFinger, then the actor over TLS)"
else
  fail "B: 'mutualaid lookup @$slug@$a_domain' prints A's actor" "output: $(head -c 400 "$lookup_out" | tr '\n' ' '); see $logs/cli.log"
fi

# The same lookup without the CA in SSL_CERT_FILE must fail: trust comes from the variables above, not a system store.
# (The outer 2>/dev/null only hides the shell's own notice should the command die of a signal.)
untrusted_err="$work/untrusted.err"
untrusted_status=0
{ timeout "$cli_seconds" env -u SSL_CERT_FILE -u SSL_CERT_DIR "${common_env[@]}" "${b_env[@]}" \
    dotnet "$dll" lookup "@$slug@$a_domain" > /dev/null 2> "$untrusted_err" || untrusted_status=$?; } 2>/dev/null
{ echo "\$ mutualaid lookup @$slug@$a_domain (b, without SSL_CERT_FILE/SSL_CERT_DIR): exit $untrusted_status"; cat "$untrusted_err"; } >> "$logs/cli.log"
if [ "$untrusted_status" -eq 0 ]; then
  fail "B: lookup without the throwaway CA is refused" "it succeeded: the CA is trusted by something other than SSL_CERT_FILE"
# Only the trust variables differ from the lookup above, so a failed TLS handshake here is the untrusted chain.
elif grep -qE 'remote certificate is invalid|SSL connection could not be established' "$untrusted_err"; then
  pass "B: lookup without the throwaway CA is refused: TLS handshake fails (exit $untrusted_status)"
else
  fail "B: lookup without the throwaway CA is refused for the certificate" "exit $untrusted_status: $(head -c 400 "$untrusted_err")"
fi

# ---------------------------------------------------------------------------------------- follow
instance_actor="$b_url/actors/instance_actor"
if cli b follow "@$slug@$a_domain" >> "$logs/cli.log"; then
  pass "B: 'mutualaid follow @$slug@$a_domain' queued the Follow"
else
  fail "B: 'mutualaid follow @$slug@$a_domain' queued the Follow" "see $logs/cli.log"
fi

as_json=(-H 'Accept: application/activity+json')
b_following_accepted() {
  api -f "${as_json[@]}" "$b_url/actors/instance_actor/following" | jq -e '.totalItems == 1'
}
# A runs in authorized-fetch mode: its collections answer only signed GETs, so this lookup passing shows B signs.
followers_page="$a_url/actors/$slug/followers?page=1"
a_lists_follower() {
  cli b lookup "$followers_page" | jq -e --arg who "$instance_actor" '.orderedItems | index($who) != null'
}

# Later checks only wait when what they depend on happened; otherwise they fail at once (a failing run
# stays short) with the reason.
following=0
if wait_until b_following_accepted; then
  following=1
  pass "B: A accepted the instance actor's Follow (B's following count is 1)"
else
  fail "B: A accepted the instance actor's Follow" "$(api "${as_json[@]}" "$b_url/actors/instance_actor/following" 2>&1 | head -c 400)"
fi

unsigned_status=$(api -o /dev/null -w '%{http_code}' "${as_json[@]}" "$followers_page" || true)
if [ "$unsigned_status" = 401 ]; then
  pass "A: an unsigned GET of the followers collection is refused (401, authorized fetch)"
else
  fail "A: an unsigned GET of the followers collection is refused (401)" "got HTTP $unsigned_status"
fi
if [ "$following" -eq 0 ]; then
  fail "B: 'mutualaid lookup' of A's followers (signed) lists B's instance actor" "not waited for: the Follow was not accepted"
elif wait_until a_lists_follower; then
  pass "B: 'mutualaid lookup' of A's followers (signed) lists B's instance actor"
else
  fail "B: 'mutualaid lookup' of A's followers (signed) lists B's instance actor" "$(cli b lookup "$followers_page" 2>&1 | head -c 400)"
fi

# ---------------------------------------------------------------------------------------- listings
token=$(api -f -H 'Content-Type: application/json' \
  -d "$(jq -n --arg e "$admin_email" --arg p "$admin_password" '{email: $e, password: $p}')" \
  "$a_url/api/v1/auth/token" | jq -r '.accessToken // empty') || token=""
if [ -n "$token" ]; then
  pass "A: admin got an access token from the API"
else
  abort "A: admin got an access token from the API" "POST $a_url/api/v1/auth/token failed"
fi
auth=(-H "Authorization: Bearer $token" -H 'Content-Type: application/json')

listing_body() {
  jq -n --arg status "$1" '{
    kind: "offer", title: "Spare winter coats", body: "Washed coats, **sizes M to XL**.",
    categories: ["housing", "other"], tags: ["#Solidarity", "winter"], language: "en",
    status: $status, visibility: "public",
    location: {placeName: "Lavapiés", latitude: 40.408512, longitude: -3.701234, precision: "neighbourhood"},
    serviceArea: "Centro district", followable: false,
    offer: {what: "Adult winter coats", quantityAvailable: 12, unit: "coats", conditions: "Washed", handOver: "pickUpOrDelivery"}
  }'
}

# B's remote listing with that Note id, read from B's database (B has no HTTP view of remote listings).
b_db="$work/b/data/mutualaid.db"
b_sql() { sqlite3 -readonly -cmd '.timeout 5000' "$b_db" "$1"; }
b_remote_status() { b_sql "SELECT Status FROM Listings WHERE CollectiveId IS NULL AND OriginObjectIri = '$1';"; }
b_has_status() { [ "$(b_remote_status "$1")" = "$2" ]; }
b_has_none() { [ -z "$(b_remote_status "$1")" ] && [ "$(b_sql "SELECT count(*) FROM ListingTombstones WHERE OriginObjectIri = '$1';")" = 1 ]; }

created="$work/created.json"
listing_id=""
if api -f "${auth[@]}" -d "$(listing_body open)" "$a_url/api/v1/collectives/$slug/listings" > "$created" 2>>"$logs/cli.log"; then
  listing_id=$(jq -r '.id' "$created")
  pass "A: listing $listing_id created through the API"
else
  abort "A: listing created through the API" "$(head -c 400 "$created")"
fi
note_iri="$a_url/listings/$listing_id"

received=0
if [ "$following" -eq 0 ]; then
  fail "B: received the listing as a remote listing (Create)" "not waited for: the Follow was not accepted"
elif wait_until b_has_status "$note_iri" Open; then
  received=1
  title=$(b_sql "SELECT Title FROM Listings WHERE OriginObjectIri = '$note_iri';")
  kind=$(b_sql "SELECT Kind FROM Listings WHERE OriginObjectIri = '$note_iri';")
  if [ "$title" = "Spare winter coats" ] && [ "$kind" = Offer ]; then
    pass "B: received the listing as a remote listing (Create), title and kind intact"
  else
    fail "B: received the listing with its title and kind" "stored title: '$title', kind: '$kind'"
  fi
else
  fail "B: received the listing as a remote listing (Create)" "status on B: '$(b_remote_status "$note_iri" 2>&1)'"
fi

version=$(jq -r '.version' "$created")
closed="$work/closed.json"
if api -f -X PUT "${auth[@]}" -H "If-Match: \"$version\"" -d "$(listing_body closed)" \
  "$a_url/api/v1/collectives/$slug/listings/$listing_id" > "$closed" 2>>"$logs/cli.log" \
  && [ "$(jq -r '.status' "$closed")" = closed ]; then
  pass "A: listing closed through the API"
else
  fail "A: listing closed through the API" "$(head -c 400 "$closed")"
fi
if [ "$received" -eq 0 ]; then
  fail "B: the remote listing is closed (Update)" "not waited for: B never received the listing"
elif wait_until b_has_status "$note_iri" Closed; then
  pass "B: the remote listing is closed (Update)"
else
  fail "B: the remote listing is closed (Update)" "status on B: '$(b_remote_status "$note_iri" 2>&1)'"
fi

if api -f -X DELETE "${auth[@]}" "$a_url/api/v1/collectives/$slug/listings/$listing_id" >/dev/null 2>>"$logs/cli.log"; then
  pass "A: listing deleted through the API"
else
  fail "A: listing deleted through the API" "see $logs/cli.log"
fi
if [ "$following" -eq 0 ]; then
  fail "B: the remote listing is removed and tombstoned (Delete)" "not waited for: the Follow was not accepted"
elif wait_until b_has_none "$note_iri"; then
  pass "B: the remote listing is removed and tombstoned (Delete)"
else
  fail "B: the remote listing is removed and tombstoned (Delete)" "status on B: '$(b_remote_status "$note_iri" 2>&1)'"
fi

summary
[ "$failed" -eq 0 ]
