/* linkline.cc -- what the linker's command line may do to the names of
   an -flto program: bind one to other code than its definition, where
   the linker's resolution, which lto1 reads, shows no trace of it
   (--defsym given before the inputs, a script's `foo = keeper;', ld's
   abbreviations of those, libraries, scripts and response files that
   hold them, wherever ld finds them: hunts 39-b, 39-e, 40-b).  analyze.cc's redirectable_link_p asks before it
   trusts an executable's exported definitions.  lto1 runs under
   lto-wrapper, which GCC's LTO plugin starts in the linker, so the
   linker's arguments are its nearest ancestor's that was given -plugin,
   read from /proc.  */

#include "gcc-includes.h"
#include "bridge.h"
#include <fcntl.h>		/* open */

/* The command line of process PID, its arguments separated by NULs,
   into *LINE (free with XDELETEVEC); its length, or -1.  */
static ssize_t
process_command_line (long pid, char **line)
{
  char path[64];
  snprintf (path, sizeof path, "/proc/%ld/cmdline", pid);
  int fd = open (path, O_RDONLY);
  if (fd < 0)
    return -1;
  size_t size = 4096, len = 0;
  char *buf = XNEWVEC (char, size);
  for (;;)
    {
      if (len == size)
	buf = XRESIZEVEC (char, buf, size *= 2);
      ssize_t n = read (fd, buf + len, size - len);
      if (n < 0)
	{
	  close (fd);
	  XDELETEVEC (buf);
	  return -1;
	}
      if (n == 0)
	break;
      len += n;
    }
  close (fd);
  *line = buf;
  return len;
}

/* The parent of process PID, or -1.  */
static long
parent_process (long pid)
{
  char path[64], stat[512];
  snprintf (path, sizeof path, "/proc/%ld/stat", pid);
  int fd = open (path, O_RDONLY);
  if (fd < 0)
    return -1;
  ssize_t n = read (fd, stat, sizeof stat - 1);
  close (fd);
  if (n <= 0)
    return -1;
  stat[n] = '\0';
  /* pid (comm) state ppid ...; comm may hold spaces and parentheses.  */
  const char *end = strrchr (stat, ')');
  long ppid;
  if (!end || sscanf (end + 1, " %*c %ld", &ppid) != 1)
    return -1;
  return ppid;
}

/* How deep the scan follows response files and scripts that name
   others; past that, the link may redirect.  */
#define LINK_LINE_DEPTH 4

/* The linker's command line as the scan below reads it: its directory,
   its sysroot, and the -L directories given so far.  */
struct link_line
{
  const char *cwd;
  const char *sysroot;		/* --sysroot's; "" for none */
  auto_vec<char *> dirs;	/* -L, in order, the sysroot's prefix put in */
  ~link_line ()
  {
    for (char *d : dirs)
      free (d);
  }
};

/* PATH as the linker opens it from its directory.  */
static char *
link_path (const link_line &ll, const char *path)
{
  return path[0] == '/' ? xstrdup (path) : concat (ll.cwd, "/", path, NULL);
}

/* Up to SIZE - 1 bytes of file PATH, NUL-terminated, into BUF; how many,
   or -1 when it is no regular file that opens.  */
static ssize_t
read_head (const char *path, char *buf, size_t size)
{
  int fd = open (path, O_RDONLY | O_NONBLOCK);
  if (fd < 0)
    return -1;
  struct stat st;
  ssize_t n = -1;
  if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode))
    {
      n = 0;
      while ((size_t) n < size - 1)
	{
	  ssize_t got = read (fd, buf + n, size - 1 - n);
	  if (got <= 0)
	    break;
	  n += got;
	}
      buf[n] = '\0';
    }
  close (fd);
  return n;
}

static bool file_may_redirect_p (const link_line &, const char *, int);

/* Into CANDIDATES, the files -lNAME may name (-l:NAME: the file NAME),
   in the -L directories and the linker's own (Debian's for
   x86-64, and the usual others): every one, shared and static, whatever
   -Bstatic, --push-state or their spellings say, since ld passes over
   directories, files of another machine and ones it cannot read, which
   the scan does not follow (hunt 40-b).  */
static void
library_candidates (const link_line &ll, const char *name,
		    vec<char *> *candidates)
{
  static const char *const system_dirs[] = {
    "/usr/local/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu",
    "/usr/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu64",
    "/usr/local/lib64", "/lib64", "/usr/lib64", "/usr/local/lib", "/lib",
    "/usr/lib", "/usr/x86_64-linux-gnu/lib64", "/usr/x86_64-linux-gnu/lib"
  };
  /* ld's own directories are under the sysroot (SEARCH_DIR("=/lib")).  */
  auto_vec<const char *> dirs;
  auto_vec<char *> rooted;
  for (const char *d : ll.dirs)
    dirs.safe_push (d);
  for (const char *d : system_dirs)
    {
      dirs.safe_push (d);
      if (ll.sysroot[0])
	{
	  rooted.safe_push (concat (ll.sysroot, d, NULL));
	  dirs.safe_push (rooted.last ());
	}
    }
  for (const char *d : dirs)
    for (int kind = 0; kind < 2; kind++)
      {
	if (kind == 0 && name[0] == ':')
	  continue;
	char *path = name[0] == ':'
		     ? concat (d, "/", name + 1, NULL)
		     : concat (d, "/lib", name, kind ? ".a" : ".so", NULL);
	candidates->safe_push (link_path (ll, path));
	free (path);
      }
  for (char *d : rooted)
    free (d);
}

/* Whether any of CANDIDATES that exists may redirect
   (file_may_redirect_p), or none exists: the scan does not know what the
   linker reads.  Frees them.  */
static bool
candidates_may_redirect_p (const link_line &ll, vec<char *> &candidates,
			   int depth)
{
  bool found = false, redirects = false;
  for (char *c : candidates)
    {
      if (!redirects && access (c, F_OK) == 0)
	{
	  found = true;
	  redirects = file_may_redirect_p (ll, c, depth);
	}
      free (c);
    }
  candidates.truncate (0);
  return redirects || !found;
}

static bool
library_may_redirect_p (const link_line &ll, const char *name, int depth)
{
  auto_vec<char *> candidates;
  library_candidates (ll, name, &candidates);
  return candidates_may_redirect_p (ll, candidates, depth);
}

/* Whether a file a script in directory DIR names may redirect, wherever
   ld may find it: an absolute name as it is and under the sysroot (a
   script inside the sysroot reads its names there); a relative one from
   the linker's directory, the script's, and the library directories.  */
static bool
script_input_may_redirect_p (const link_line &ll, const char *name,
			     const char *dir, int depth)
{
  if (startswith (name, "-l"))
    return library_may_redirect_p (ll, name + 2, depth);
  auto_vec<char *> candidates;
  if (name[0] == '/')
    {
      candidates.safe_push (xstrdup (name));
      if (ll.sysroot[0])
	candidates.safe_push (concat (ll.sysroot, name, NULL));
    }
  else
    {
      candidates.safe_push (link_path (ll, name));
      candidates.safe_push (concat (dir, "/", name, NULL));
    }
  if (name[0] != '/')
    {
      char *colon = concat (":", name, NULL);
      library_candidates (ll, colon, &candidates);
      free (colon);
    }
  return candidates_may_redirect_p (ll, candidates, depth);
}

/* Whether the linker's input PATH may bind a name to other code than its
   definition's: a script (no object or archive) with an assignment
   (`foo = keeper;', PROVIDE), an INCLUDE, an INSERT, a command the scan
   does not know (SEARCH_DIR), or an input that may itself (INPUT, GROUP,
   AS_NEEDED, STARTUP: script_input_may_redirect_p); DEPTH bounds the
   inputs followed.  The C library's libc.so is a script that only groups
   its parts.  */
static bool
file_may_redirect_p (const link_line &ll, const char *path, int depth)
{
  char *full = link_path (ll, path);
  static char text[65536];
  ssize_t n = read_head (full, text, sizeof text);
  if (n < 0)
    {
      free (full);
      return false;		/* a value, no file: the link fails or it is one */
    }
  if (n >= 4 && (memcmp (text, "\177ELF", 4) == 0
		 || (n >= 8 && (memcmp (text, "!<arch>\n", 8) == 0
				|| memcmp (text, "!<thin>\n", 8) == 0))))
    {
      free (full);
      return false;
    }
  if ((size_t) n >= sizeof text - 1 || depth <= 0 || strchr (text, '=')
      || strstr (text, "INCLUDE") || strstr (text, "INSERT"))
    {
      free (full);
      return true;
    }
  char *slash = strrchr (full, '/');
  char *dir = xstrndup (full, slash - full);
  free (full);
  /* The words first: the text is static, and the inputs' reads reuse it.
     Comments go; a quoted word is a name.  */
  auto_vec<char *> names;
  bool unknown = false;
  for (const char *p = text; *p && !unknown;)
    {
      if (ISSPACE (*p) || *p == ',' || *p == '(' || *p == ')')
	p++;
      else if (startswith (p, "/*"))
	{
	  const char *end = strstr (p + 2, "*/");
	  unknown = !end;
	  p = end ? end + 2 : p;
	}
      else if (*p == '"')
	{
	  const char *end = strchr (p + 1, '"');
	  unknown = !end;
	  if (end)
	    names.safe_push (xstrndup (p + 1, end - p - 1));
	  p = end ? end + 1 : p;
	}
      else
	{
	  size_t len = strcspn (p, " \t\r\n\f\v,()\"");
	  char *w = xstrndup (p, len);
	  p += len;
	  if (!strcmp (w, "GROUP") || !strcmp (w, "INPUT")
	      || !strcmp (w, "AS_NEEDED") || !strcmp (w, "STARTUP"))
	    free (w);
	  else if (!strcmp (w, "OUTPUT_FORMAT") || !strcmp (w, "OUTPUT_ARCH"))
	    {
	      /* Their operands name formats, not files.  */
	      free (w);
	      const char *end = strchr (p, ')');
	      unknown = !end;
	      p = end ? end + 1 : p;
	    }
	  else if (ISUPPER (w[0]) && !strchr (w, '.') && !strchr (w, '/'))
	    {
	      /* A command the scan does not know.  */
	      free (w);
	      unknown = true;
	    }
	  else
	    names.safe_push (w);
	}
    }
  bool redirects = unknown;
  for (char *name : names)
    {
      if (!redirects)
	redirects = script_input_may_redirect_p (ll, name, dir, depth - 1);
      free (name);
    }
  free (dir);
  return redirects;
}

/* Whether NAME, a linker option's name without its dashes and value,
   may be LONG_NAME as GNU ld reads it: LONG_NAME itself, or a prefix of
   it of at least two letters (ld takes any unambiguous abbreviation:
   --sc= is --script=; one letter is a short option).  */
static bool
abbreviates_p (const char *name, size_t len, const char *long_name)
{
  return len <= strlen (long_name) && strncmp (name, long_name, len) == 0
	 && (len >= 2 || len == strlen (long_name));
}

/* The directory linker argument ARG gives to search for libraries (-L,
   --library-path and its abbreviations; NEXT the argument after it),
   with the sysroot put in where ld puts it (=DIR, $SYSROOT/DIR), or
   NULL; *SKIP_NEXT: NEXT was its value.  */
static char *
library_dir_argument (const link_line &ll, const char *arg, const char *next,
		      bool *skip_next)
{
  const char *name = arg + 1 + (arg[1] == '-');
  size_t len = strcspn (name, "=");
  const char *dir = NULL;
  if (startswith (arg, "-L"))
    {
      dir = arg[2] ? arg + 2 : next;
      *skip_next = !arg[2];
    }
  else if (arg[0] == '-' && len > strlen ("library")
	   && abbreviates_p (name, len, "library-path"))
    {
      dir = name[len] == '=' ? name + len + 1 : next;
      *skip_next = name[len] != '=';
    }
  if (!dir)
    return NULL;
  if (dir[0] == '=')
    return concat (ll.sysroot, dir + 1, NULL);
  if (startswith (dir, "$SYSROOT"))
    return concat (ll.sysroot, dir + strlen ("$SYSROOT"), NULL);
  return xstrdup (dir);
}

/* Whether linker argument ARG (NEXT the one after it, or NULL) may bind
   a name to other code than its definition's: --defsym, a script (-T,
   --script, --default-script, an MRI script, --just-symbols, or an
   input or a library that is a script: file_may_redirect_p), or a
   response file that does.  Updates LL; *SKIP_NEXT: NEXT was ARG's
   value.  */
static bool
redirecting_link_argument_p (link_line &ll, const char *arg,
			     const char *next, bool *skip_next, int depth);

/* Into ARGS, the arguments of response file PATH (GCC's @file: words
   separated by white space, quoted with ' or ", or escaped with \);
   false if it is not read whole.  */
static bool
response_file_arguments (const link_line &ll, const char *path,
			 vec<char *> *args)
{
  char *full = link_path (ll, path);
  static char text[1 << 20];
  ssize_t n = read_head (full, text, sizeof text);
  free (full);
  if (n < 0 || (size_t) n >= sizeof text - 1)
    return false;
  for (char *p = text; *p;)
    {
      while (*p && ISSPACE (*p))
	p++;
      if (!*p)
	break;
      char *arg = XNEWVEC (char, strlen (p) + 1), *o = arg;
      char quote = 0;
      for (; *p && (quote || !ISSPACE (*p)); p++)
	if (*p == '\\' && p[1])
	  *o++ = *++p;
	else if (quote && *p == quote)
	  quote = 0;
	else if (!quote && (*p == '\'' || *p == '"'))
	  quote = *p;
	else
	  *o++ = *p;
      *o = '\0';
      args->safe_push (arg);
    }
  return true;
}

/* The library directories ARGS (N of them) give, into LL, and those of
   the response files they name: ld searches all of them for every -l,
   wherever they come.  False if a response file is not read.  */
static bool
collect_library_dirs (link_line &ll, const char *const *args, unsigned n,
		      int depth)
{
  bool skip = false, read = depth > 0;
  for (unsigned i = 0; i < n && read; i++)
    if (skip)
      skip = false;
    else if (args[i][0] == '@')
      {
	auto_vec<char *> inner;
	read = response_file_arguments (ll, args[i] + 1, &inner)
	       && collect_library_dirs (ll, inner.address (), inner.length (),
					depth - 1);
	for (char *a : inner)
	  free (a);
      }
    else if (char *dir = library_dir_argument (ll, args[i],
					       i + 1 < n ? args[i + 1] : NULL,
					       &skip))
      ll.dirs.safe_push (dir);
  return read;
}

/* Whether any of linker arguments ARGS (N of them) may redirect, each
   as redirecting_link_argument_p reads it, given the one after it.  */
static bool
arguments_may_redirect_p (link_line &ll, const char *const *args, unsigned n,
			  int depth)
{
  bool redirects = false, skip = false;
  for (unsigned i = 0; i < n && !redirects; i++)
    if (skip)
      skip = false;
    else
      redirects = redirecting_link_argument_p
		    (ll, args[i], i + 1 < n ? args[i + 1] : NULL, &skip, depth);
  return redirects;
}

/* The arguments of response file PATH, each as
   redirecting_link_argument_p reads them.  */
static bool
response_file_may_redirect_p (link_line &ll, const char *path, int depth)
{
  auto_vec<char *> args;
  bool redirects = depth <= 0 || !response_file_arguments (ll, path, &args)
		   || arguments_may_redirect_p (ll, args.address (),
						args.length (), depth - 1);
  for (char *a : args)
    free (a);
  return redirects;
}

static bool
redirecting_link_argument_p (link_line &ll, const char *arg,
			     const char *next, bool *skip_next, int depth)
{
  /* Long options whose separate value names no input (the output, which
     the linker may have begun to write), or is a switch's.  */
  static const char *const valued[] = {
    "-o", "--output", "-Map", "--Map", "-m", "-z", "-e", "--entry", "-u",
    "--undefined", "-y", "-h", "-soname", "-rpath", "-rpath-link",
    "-plugin", "-plugin-opt", "-dynamic-linker", "--dynamic-linker",
    "--dependency-file", "--out-implib", "-a", "-b", "-f", "-F",
    "-G", "-I", "-O",
    "--version-script", "--dynamic-list", "--retain-symbols-file"
  };
  /* And -A (--architecture), whose libraries -lNAME also finds as
     libNAMEARCH, and -Y, which adds directories the scan does not
     collect (hunt 40-e).  */
  static const char *const redirecting[] = {
    "defsym", "script", "default-script", "mri-script", "just-symbols",
    "architecture"
  };
  *skip_next = false;
  if (arg[0] == '@')
    return response_file_may_redirect_p (ll, arg + 1, depth);
  /* ld reads --sysroot= before the rest (link_line_may_redirect_p);
     one in a response file comes too late for the scan.  */
  if (startswith (arg, "--sysroot="))
    return depth < LINK_LINE_DEPTH;
  if (arg[0] != '-')
    return file_may_redirect_p (ll, arg, depth);
  for (size_t i = 0; i < ARRAY_SIZE (valued); i++)
    if (strcmp (arg, valued[i]) == 0)
      {
	*skip_next = true;
	return false;
      }
  /* A section's address (-Ttext=0x400000), no script.  */
  static const char *const section_addresses[] = {
    "-Ttext", "-Tdata", "-Tbss", "-Ttext-segment", "-Trodata-segment",
    "-Tldata-segment"
  };
  for (size_t i = 0; i < ARRAY_SIZE (section_addresses); i++)
    {
      size_t n = strlen (section_addresses[i]);
      if (!strncmp (arg, section_addresses[i], n)
	  && (arg[n] == '=' || !arg[n]))
	{
	  *skip_next = !arg[n];
	  return false;
	}
    }
  /* -R of a directory is -rpath.  */
  if (startswith (arg, "-R"))
    {
      const char *value = arg[2] ? arg + 2 : next;
      *skip_next = !arg[2];
      struct stat st;
      char *full = value ? link_path (ll, value) : NULL;
      bool dir = full && stat (full, &st) == 0 && S_ISDIR (st.st_mode);
      free (full);
      return !dir;
    }
  /* -T, -dT and -c (an MRI script) with their value attached or next;
     --just-symbols, -R of a file: another file's symbols and
     addresses.  */
  if (startswith (arg, "-T") || startswith (arg, "-dT")
      || (startswith (arg, "-c") && strcmp (arg, "-call_shared") != 0)
      || startswith (arg, "-A") || startswith (arg, "-Y"))
    return true;
  /* Library directories: collected before (collect_library_dirs).  */
  if (char *dir = library_dir_argument (ll, arg, next, skip_next))
    {
      free (dir);
      return false;
    }
  if (startswith (arg, "-L"))
    return false;
  const char *name = arg + 1 + (arg[1] == '-');
  size_t len = strcspn (name, "=");
  const char *library = NULL;
  if (startswith (arg, "-l") && arg[1] != '-')
    {
      library = arg[2] ? arg + 2 : next;
      *skip_next = !arg[2];
    }
  else if (len >= 3 && abbreviates_p (name, len, "library"))
    {
      library = name[len] == '=' ? name + len + 1 : next;
      *skip_next = name[len] != '=';
    }
  if (library)
    return library_may_redirect_p (ll, library, depth);
  for (size_t i = 0; i < ARRAY_SIZE (redirecting); i++)
    if (abbreviates_p (name, len, redirecting[i]))
      return true;
  return false;
}

/* The linker is the nearest ancestor given `-plugin'; where it is not
   found (no /proc, another way of running lto1), the link may bind
   names elsewhere.  */
bool
link_line_may_redirect_p (void)
{
  long pid = getppid ();
  for (int depth = 0; depth < 16 && pid > 1; depth++, pid = parent_process (pid))
    {
      char *line;
      ssize_t len = process_command_line (pid, &line);
      if (len <= 0)
	return true;
      auto_vec<const char *> args;
      for (ssize_t i = 0; i < len; i += strlen (line + i) + 1)
	args.safe_push (line + i);
      bool linker = false;
      for (const char *a : args)
	linker |= strcmp (a, "-plugin") == 0 || startswith (a, "-plugin=");
      if (!linker)
	{
	  XDELETEVEC (line);
	  continue;
	}
      char cwd_link[64], cwd[4096];
      snprintf (cwd_link, sizeof cwd_link, "/proc/%ld/cwd", pid);
      ssize_t n = readlink (cwd_link, cwd, sizeof cwd - 1);
      bool redirects = n <= 0;
      if (n > 0)
	cwd[n] = '\0';
      link_line ll;
      ll.cwd = cwd;
      ll.sysroot = "";
      for (const char *a : args)
	if (startswith (a, "--sysroot="))
	  ll.sysroot = a + strlen ("--sysroot=");
      /* The first is the linker itself.  */
      redirects |= !collect_library_dirs (ll, args.address () + 1,
					  args.length () - 1, LINK_LINE_DEPTH);
      redirects = redirects
		  || arguments_may_redirect_p (ll, args.address () + 1,
					       args.length () - 1,
					       LINK_LINE_DEPTH);
      XDELETEVEC (line);
      return redirects;
    }
  return true;
}
