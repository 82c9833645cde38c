-- Measurement writes for wrk (bench/writes.sh): the n-th request goes to indicator n mod #INDICATORS for the
-- (START + n) ÷ #INDICATORS-th day of 2023, a one-day period of its own, so every request creates a row (201); wrk
-- counts any 4xx or 5xx answer.
-- Environment: INDICATORS (comma-separated ids), AUTHORIZATION (the header's value), START (offset of n).
local indicators = {}
for id in string.gmatch(os.getenv("INDICATORS"), "%d+") do
  indicators[#indicators + 1] = id
end
local n = tonumber(os.getenv("START") or "0")

local epoch = os.time({year = 2023, month = 1, day = 1, hour = 12})

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = os.getenv("AUTHORIZATION")

request = function()
  local indicator = indicators[n % #indicators + 1]
  local day = os.date("!%Y-%m-%d", epoch + math.floor(n / #indicators) * 86400)
  local body = '{"value":' .. (n % 1000) .. '.5,"unit":"亿元","status":"FINAL","period":{"from":"' .. day
      .. '","to":"' .. day .. '","label":"' .. day .. '"}}'
  n = n + 1
  return wrk.format(nil, "/api/v1/indicators/" .. indicator .. "/measurements", nil, body)
end

done = function(summary, latency)
  io.write(string.format("requests %d, non-2xx/3xx %d, socket errors %d, p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
      summary.requests, summary.errors.status,
      summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
