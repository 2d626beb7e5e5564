# Shell functions the production package's checks share (.ci/production-smoke, .ci/cluster-test, .ci/restart-test).
# Source it; besides the functions it sets one thing:

# The checks set their own schedule through the API. A fresh database no longer catches up a nightly
# run due before its first start (sync_schedule_origin), but a check whose server is up at 02:00 would
# still meet the default nightly run at its own minute, racing the checks' own jobs: kept off.
export BKSB_SCHEDULE_NIGHTLY=off

# write_registry SERVER_DIR: the users the checks sign in as, in configDropins (production brings
# its own registry): ops-admin (admin), ops-manager (manager), bksb-scheduler (scheduler).
write_registry() {
  mkdir -p "$1/configDropins/overrides"
  cat > "$1/configDropins/overrides/registry.xml" <<'XML'
<server>
  <basicRegistry id="smokeRegistry" realm="smoke">
    <user name="ops-admin" password="smoke-admin-pw"/>
    <user name="ops-manager" password="smoke-manager-pw"/>
    <user name="bksb-scheduler" password="smoke-scheduler-pw"/>
    <group name="admin"><member name="ops-admin"/></group>
    <group name="manager"><member name="ops-manager"/></group>
    <group name="scheduler"><member name="bksb-scheduler"/></group>
  </basicRegistry>
</server>
XML
}
admin=(-u ops-admin:smoke-admin-pw)
manager=(-u ops-manager:smoke-manager-pw)
json=(-H 'Content-Type: application/json')

# fail MESSAGE: prints it and the warnings and errors of the logs in $logs (a server's logs
# directory, or several separated by spaces), then exits.
fail() {
  echo "FAIL: $*"
  local d
  for d in ${logs:-}; do
    grep -E ' [EW] ' "$d/messages.log" 2>/dev/null | cut -c1-300 | head -20 || true
  done
  exit 1
}

# wait_ready BASE_URL [SECONDS]: until /health/ready answers 200.
wait_ready() {
  local i
  for i in $(seq 1 $((${2:-180} / 2))); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' "$1/health/ready") == 200 ]] && return 0
    sleep 2
  done
  fail "$1 not ready in ${2:-180} s: $(curl -s "$1/health" || true)"
}

# call EXPECTED-STATUS WHAT curl-args... ; the body is left in $body
call() {
  local want=$1 what=$2; shift 2
  local out got
  out=$(curl -s -w '\n%{http_code}' "$@")
  got=${out##*$'\n'}
  body=${out%$'\n'*}
  [[ $got == "$want" ]] || fail "$what answered $got, not $want: $body"
  echo "ok: $what -> $got"
}

# json_field NAME [JSON]: the first value of a string or number field (JSON from $body if absent).
json_field() {
  grep -o "\"$1\":\(\"[^\"]*\"\|[0-9-]*\)" <<<"${2:-$body}" | head -1 | cut -d: -f2- | tr -d '"' || true
}

# job_status API_URL ID: the execution's batch status, read as ops-manager.
job_status() {
  json_field batchStatus "$(curl -s "${manager[@]}" "$1/jobs/executions/$2")"
}

# wait_job API_URL ID SECONDS: until the execution has ended; its status is left in $status.
wait_job() {
  local i
  status=""
  for i in $(seq 1 "$3"); do
    status=$(job_status "$1" "$2")
    [[ $status == COMPLETED || $status == FAILED || $status == STOPPED || $status == ABANDONED ]] && return 0
    sleep 1
  done
}
