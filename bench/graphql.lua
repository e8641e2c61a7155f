-- wrk script for bench/run.sh: POSTs one GraphQL request over and over and counts errors.
--
--   BENCH_BODY_FILE  file holding the JSON request body ({"query": ...})  (required)
--   BENCH_TOKEN      bearer token, sent as `Authorization: Bearer …` when set and not empty
--
-- A response is an error when its status is not 200 or its body has a top-level `errors`
-- member (GraphQL answers many failures with 200), and so is a socket error or timeout.
-- done() prints one line that run.sh reads:
--   RESULT requests=N seconds=S rps=R p50_ms=A p99_ms=B errors=E status_errors=X graphql_errors=Y socket_errors=Z bytes_per_response=K

local body_file = os.getenv("BENCH_BODY_FILE")
assert(body_file and body_file ~= "", "BENCH_BODY_FILE is not set")
local f = assert(io.open(body_file, "rb"))
local body = f:read("*a")
f:close()

wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
local token = os.getenv("BENCH_TOKEN")
if token and token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end

-- Every thread has its own Lua state: setup() (main state) keeps a handle on each, done()
-- reads their counters with thread:get.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  status_errors = 0
  graphql_errors = 0
  responses = 0
end

function response(status, headers, body)
  responses = responses + 1
  if status ~= 200 then
    status_errors = status_errors + 1
  elseif body == nil or string.find(body, '"errors"', 1, true) then
    graphql_errors = graphql_errors + 1
  end
end

function done(summary, latency, requests)
  local status_total, graphql_total, responses_total = 0, 0, 0
  for _, thread in ipairs(threads) do
    status_total = status_total + (thread:get("status_errors") or 0)
    graphql_total = graphql_total + (thread:get("graphql_errors") or 0)
    responses_total = responses_total + (thread:get("responses") or 0)
  end
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "RESULT requests=%d seconds=%.3f rps=%.1f p50_ms=%.3f p99_ms=%.3f errors=%d status_errors=%d graphql_errors=%d socket_errors=%d bytes_per_response=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    status_total + graphql_total + socket, status_total, graphql_total, socket,
    responses_total > 0 and math.floor(summary.bytes / responses_total) or 0))
end
