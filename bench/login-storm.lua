-- wrk script for bench/login-storm.sh: failed logins for random accounts from random client
-- addresses (X-Forwarded-For from a trusted proxy), so that neither throttle stops the argon2 work.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
math.randomseed(os.time())
request = function()
  local n = math.random(1, 1000000000)
  wrk.headers["X-Forwarded-For"] = string.format("10.%d.%d.%d", n % 250, math.floor(n / 250) % 250, math.floor(n / 62500) % 250 + 1)
  wrk.body = string.format('{"query":"mutation { login(input: {username: \\"storm%d\\", password: \\"wrong-password\\"}) { token } }"}', n)
  return wrk.format()
end
