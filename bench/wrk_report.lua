-- wrk hook for bench/run.py: one machine-readable line ("BENCH {...}") with the request
-- count, latency percentiles (µs) and error counts. There is deliberately no response()
-- hook: with one, wrk hands every answer to Lua, which costs the client CPU that, on a
-- small machine, the servers under test need. errors.status counts answers >= 400; the
-- run checks beforehand that each URL answers 200, and nothing here redirects.
function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    'BENCH {"requests": %d, "duration_us": %d, "p50_us": %d, "p90_us": %d, "p99_us": %d, '
      .. '"max_us": %d, "non2xx": %d, "connect_errors": %d, "read_errors": %d, '
      .. '"write_errors": %d, "timeouts": %d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max, errors.status, errors.connect, errors.read,
    errors.write, errors.timeout
  ))
end
