-- random ordered pairs of two different occupations, from the file SLUGS names
local slugs = {}
for line in io.lines(os.getenv("SLUGS")) do slugs[#slugs + 1] = line end
math.randomseed(os.time() + math.floor(os.clock() * 1000000))
request = function()
  local a = math.random(#slugs)
  local b = math.random(#slugs - 1)
  if b >= a then b = b + 1 end
  return wrk.format("GET", "/compare/" .. slugs[a] .. "-vs-" .. slugs[b])
end
