# bench/real/recipes/lua.py -- Lua 5.4, the interpreter, for bench/real/run.
#
# Every Lua value that is not a number lives on the heap (tables, strings,
# closures, upvalues), all allocated through one lua_Alloc function,
# l_alloc in lauxlib.c, which calls realloc and free.  The workload
# builds binary trees, interns and sorts strings and makes a closure per
# iteration.

PACKAGE = 'lua5.4'
VERSION = '5.4.4-3+deb12u1'

# Lua's own src/Makefile, the `lua' target only (no luac).  Its CFLAGS
# carry -O2 -Wall and the compatibility macro; ours go in MYCFLAGS, the
# linker flags in MYLDFLAGS.  -DLUA_USE_LINUX and -ldl are what its
# `linux' target sets (without readline).
BUILD = ('make -C src lua CC="$CC" MYCFLAGS="$CFLAGS" MYLDFLAGS="$LDFLAGS" '
         'SYSCFLAGS=-DLUA_USE_LINUX SYSLIBS="-Wl,-E -ldl" '
         'AR="$AR rcu" RANLIB="$RANLIB"')
EXE = 'src/lua'
ARGS = ['{input}/bench.lua']

SCRIPT = r'''-- bench.lua: written by bench/real/recipes/lua.py
local N = 200000
local function tree(d) if d == 0 then return {} end return {tree(d-1), tree(d-1)} end
local function check(t) if not t[1] then return 1 end return 1 + check(t[1]) + check(t[2]) end
local total = 0
for i = 1, 40 do total = total + check(tree(12)) end
print("trees", total)
local words = {}
for i = 1, N do
  local w = string.format("w%d_%s", i % 5003, string.rep("x", i % 7))
  words[w] = (words[w] or 0) + 1
end
local keys = {}
for k in pairs(words) do keys[#keys+1] = k end
table.sort(keys)
local parts = {}
for i = 1, #keys, 97 do parts[#parts+1] = keys[i] .. "=" .. words[keys[i]] end
print(#keys, table.concat(parts, ","))
local acc = 0
for i = 1, N do local f = function(x) return x + i end; acc = (acc + f(i)) % 1000003 end
print("closures", acc)
local s = {}
for i = 1, N // 4 do s[#s+1] = tostring(i * 3.5) end
print("concat", #table.concat(s, " "))
'''


def generate(d):
    with open(d + '/bench.lua', 'w') as f:
        f.write(SCRIPT)
