-- wrk script for bench/load.sh: mixed browsing and writing as signed-in demo users.
-- The data file (LOAD_DATA) defines: readers = { {cookie=...}, ... }, writer = {cookie=..., token=..., unit=..., date=...},
-- members = { "guid", ... }, write_share = 0.1, results = "path".
-- Counting: each thread counts the writes it sent and the 302 responses that lead to a roll-call page (a meeting
-- saved); done() adds them up with the status counts and p50/p95/p99 latency and writes key=value lines to results.

dofile(os.getenv("LOAD_DATA"))

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("seed", #threads)
end

local pages = { "/", "/Members", "/Meetings", "/Fees", "/Members/Details/" }

function init(args)
  math.randomseed(os.time() + seed * 7919)
  writes_sent = 0
  writes_ok = 0
  login_redirects = 0
  statuses = {}
  sequence = 0
end

local function urlencode(s)
  return (string.gsub(s, "[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function request()
  sequence = sequence + 1
  if math.random() < write_share then
    writes_sent = writes_sent + 1
    local chair = "Tai thu " .. seed .. "-" .. sequence
    local body = "UnitId=" .. writer.unit
      .. "&Input.Kind=Regular&Input.Date=" .. urlencode(writer.date)
      .. "&Input.DurationMinutes=90&Input.Chair=" .. urlencode(chair) .. "&Input.MinuteTaker=" .. urlencode(chair)
      .. "&Input.Content=" .. urlencode("Sinh hoạt tải thử")
      .. "&__RequestVerificationToken=" .. urlencode(writer.token)
    return wrk.format("POST", "/Meetings/Create", {
      ["Cookie"] = writer.cookie,
      ["Content-Type"] = "application/x-www-form-urlencoded",
    }, body)
  end

  local reader = readers[math.random(#readers)]
  local path = pages[math.random(#pages)]
  if path == "/Members/Details/" then
    -- Any member's record is open to the whole-organisation roles only; a cell secretary asking for another cell's
    -- member rightly gets 403, which would count as an error here.
    reader = readers[math.random(wide_readers)]
    path = path .. members[math.random(#members)]
  end
  return wrk.format("GET", path, { ["Cookie"] = reader.cookie })
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if status == 302 then
    local location = headers["Location"] or headers["location"] or ""
    if string.find(location, "/Meetings/Attendance/", 1, true) then
      writes_ok = writes_ok + 1
    elseif string.find(location, "/Account/Login", 1, true) then
      login_redirects = login_redirects + 1
    end
  end
end

function done(summary, latency, requests)
  local sent, ok, logins = 0, 0, 0
  local all = {}
  for _, t in ipairs(threads) do
    sent = sent + t:get("writes_sent")
    ok = ok + t:get("writes_ok")
    logins = logins + t:get("login_redirects")
    for status, n in pairs(t:get("statuses")) do
      all[status] = (all[status] or 0) + n
    end
  end

  local out = io.open(results, "w")
  local function put(k, v) out:write(k .. "=" .. tostring(v) .. "\n") end
  put("requests", summary.requests)
  put("duration_us", summary.duration)
  put("socket_connect", summary.errors.connect)
  put("socket_read", summary.errors.read)
  put("socket_write", summary.errors.write)
  put("socket_timeout", summary.errors.timeout)
  put("non_2xx_3xx", summary.errors.status)
  put("p50_us", latency:percentile(50))
  put("p95_us", latency:percentile(95))
  put("p99_us", latency:percentile(99))
  put("max_us", latency.max)
  put("writes_sent", sent)
  put("writes_ok", ok)
  put("login_redirects", logins)
  local codes = {}
  for status, n in pairs(all) do table.insert(codes, status .. ":" .. n) end
  table.sort(codes)
  put("statuses", table.concat(codes, " "))
  out:close()
end
