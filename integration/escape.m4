# escape.m4 -- Autoconf macro for projects built with the escape GCC plugin.
#
# Installed into aclocal's directory by the escape plugin's `make install'.
#
# ESCAPE_CHECK_PLUGIN([ACTION-IF-FOUND], [ACTION-IF-NOT-FOUND])
#
# Finds the plugin and checks that it works with the configured C
# compiler: $CC, with $CFLAGS and $CPPFLAGS, must load it and report on a
# small unit (a "moved to stack" note).  A plugin built for another GCC,
# or a compiler that is not GCC, fails the check, and the message says
# why.  The plugin is, in order:
#   --with-escape-plugin=PATH                the one given (no: skip it)
#   pkg-config --variable=plugin escape      the one escape.pc names
#   $CC -print-file-name=plugin/escape.so    the one in GCC's plugin dir
# On success: ESCAPE_PLUGIN is its path, ESCAPE_CFLAGS the flag that
# loads it (both AC_SUBST), and ACTION-IF-FOUND runs.  Otherwise
# ACTION-IF-NOT-FOUND runs; by default that is an error, except after
# --without-escape-plugin.
#
# Example (configure.ac):
#   ESCAPE_CHECK_PLUGIN([CFLAGS="$CFLAGS $ESCAPE_CFLAGS"])

# serial 2

AC_DEFUN([ESCAPE_CHECK_PLUGIN],
[AC_REQUIRE([AC_PROG_CC])dnl
AC_ARG_WITH([escape-plugin],
  [AS_HELP_STRING([--with-escape-plugin=PATH],
    [the escape GCC plugin (escape.so) to build with
     @<:@default: pkg-config's, else GCC's plugin directory@:>@])],
  [], [with_escape_plugin=check])
ESCAPE_PLUGIN=
ESCAPE_CFLAGS=
escape_reason=
AS_CASE([$with_escape_plugin],
  [no], [escape_reason="--without-escape-plugin"],
  [yes|check],
    [AS_IF([test -z "$PKG_CONFIG"], [AC_PATH_TOOL([PKG_CONFIG], [pkg-config])])
     AS_IF([test -n "$PKG_CONFIG"],
       [ESCAPE_PLUGIN=`$PKG_CONFIG --variable=plugin escape 2>/dev/null`])
     AS_IF([test -z "$ESCAPE_PLUGIN"],
       [ESCAPE_PLUGIN=`$CC -print-file-name=plugin/escape.so 2>/dev/null`
        # GCC gives the name back as it was when it finds no such file.
        AS_CASE([$ESCAPE_PLUGIN], [/*], [], [ESCAPE_PLUGIN=])])],
  [ESCAPE_PLUGIN=$with_escape_plugin])

AS_IF([test -z "$escape_reason"],
  [AC_MSG_CHECKING([whether $CC works with the escape plugin])
   AS_IF([test -z "$ESCAPE_PLUGIN" || test ! -f "$ESCAPE_PLUGIN"],
     [AS_IF([test -n "$ESCAPE_PLUGIN"],
        [escape_reason="escape.so not found (tried $ESCAPE_PLUGIN)"],
        [escape_reason="escape.so not found (no escape.pc for pkg-config, none in GCC's plugin directory)"])],
     [# Tell a working plugin from a silent one by its report: this
      # buffer never leaves the function, so the plugin moves it at any
      # -O level.  GCC's notes are read in English.
      cat > conftest.c <<_ESCAPE_EOF
#include <stdlib.h>
static int escape_conftest_sum (const int *a, int n)
{
  int i, s = 0;
  for (i = 0; i < n; i++)
    s += a@<:@i@:>@;
  return s;
}
int escape_conftest (int n)
{
  int i, r, *a = (int *) malloc (4 * sizeof *a);
  if (!a)
    return 0;
  for (i = 0; i < 4; i++)
    a@<:@i@:>@ = n + i;
  r = escape_conftest_sum (a, 4);
  free (a);
  return r;
}
_ESCAPE_EOF
      # -fno-lto: under -flto the compile decides nothing (the link
      # does), and the check would find no note.
      escape_cmd="$CC $CFLAGS $CPPFLAGS -fno-lto -fplugin=$ESCAPE_PLUGIN -fplugin-arg-escape-report -c conftest.c -o conftest.$OBJEXT"
      AS_ECHO(["$as_me:$LINENO: $escape_cmd"]) >&AS_MESSAGE_LOG_FD
      (LC_ALL=C; export LC_ALL; eval "$escape_cmd") > conftest.err 2>&1
      escape_status=$?
      cat conftest.err >&AS_MESSAGE_LOG_FD
      AS_IF([test $escape_status = 0 && grep 'note: moved to stack' conftest.err >/dev/null],
        [ESCAPE_CFLAGS="-fplugin=$ESCAPE_PLUGIN"],
        [test $escape_status != 0],
        [escape_reason=`sed -n 's/^.*error: //p' conftest.err | sed 1q`
         test -n "$escape_reason" || escape_reason="$CC failed with the plugin, see config.log"],
        [escape_reason="the plugin loaded but reported nothing, see config.log"])
      rm -f conftest.c conftest.err conftest.$OBJEXT])
   AS_IF([test -z "$escape_reason"],
     [AC_MSG_RESULT([yes, $ESCAPE_PLUGIN])],
     [AC_MSG_RESULT([no: $escape_reason])])])

AC_SUBST([ESCAPE_PLUGIN])
AC_SUBST([ESCAPE_CFLAGS])
AS_IF([test -z "$escape_reason"],
  [m4_default([$1], [:])],
  [ESCAPE_PLUGIN=
   m4_default([$2],
     [AS_IF([test "x$with_escape_plugin" != xno],
       [AC_MSG_ERROR([the escape plugin cannot be used: $escape_reason])])])])
])
