-- wrk script for outage.sh: GETs of the paths in the file PATHS names (one per line), or
-- random ordered pairs of the slugs in SLUGS with searches among them; counts the answers by
-- status and prints them with the latency percentiles in one line.
local threads = {}
local paths, slugs = {}, {}
if os.getenv("PATHS") then for line in io.lines(os.getenv("PATHS")) do paths[#paths + 1] = line end end
if os.getenv("SLUGS") then for line in io.lines(os.getenv("SLUGS")) do slugs[#slugs + 1] = line end end
local words = { "collector", "specialist", "clerk", "accounts", "analyst", "manager", "recievable", "assistant" }

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  ok, unavailable, failed, other = 0, 0, 0, 0
  math.randomseed(os.time() + math.floor(os.clock() * 1000000) + #threads)
end

request = function()
  if #paths > 0 then
    return wrk.format("GET", paths[math.random(#paths)])
  end
  if math.random() < 0.25 then
    return wrk.format("GET", "/search?q=" .. words[math.random(#words)])
  end
  local a = math.random(#slugs)
  local b = math.random(#slugs - 1)
  if b >= a then b = b + 1 end
  return wrk.format("GET", "/compare/" .. slugs[a] .. "-vs-" .. slugs[b])
end

function response(status, headers, body)
  if status == 200 then ok = ok + 1
  elseif status == 503 then unavailable = unavailable + 1
  elseif status >= 500 then failed = failed + 1
  else other = other + 1 end
end

function done(summary, latency, requests)
  local t = { 0, 0, 0, 0 }
  for _, thread in ipairs(threads) do
    t[1] = t[1] + thread:get("ok")
    t[2] = t[2] + thread:get("unavailable")
    t[3] = t[3] + thread:get("failed")
    t[4] = t[4] + thread:get("other")
  end
  io.write(string.format("%d requests: 200 %d, 503 %d, other 5xx %d, other %d, errors %d; p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    summary.requests, t[1], t[2], t[3], t[4],
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
