/* sarif.cc -- writes the report file, one SARIF 2.1.0 log per compile.

   API in sarif.h.  Results are serialized as they come, into one buffer;
   at PLUGIN_FINISH the log is assembled around them and written to a
   temporary file in the target directory, then renamed over the target:
   readers and parallel compiles see the old file or the whole new one,
   and a compile killed midway leaves at most a hidden temporary.  A
   target that is there and no regular file (/dev/null, a pipe, a link
   such as /dev/stdout) is written as it is: a rename would put a regular
   file in its place.

   JSON is written here rather than with GCC 12's json.h: its strings
   pass control characters other than \b\f\n\r\t through unescaped and do
   not check UTF-8, and file names and identifiers may hold either.
   Here every string is valid JSON text, with invalid UTF-8 bytes
   replaced by U+FFFD.

   The path may hold %p (cc1's process id), %b (the base name of the
   unit's source file; in lto1, of the partition: prog.ltrans0) and %%;
   a path that is a directory (or ends in '/') gets DIR/BASE.HASH.sarif,
   HASH telling apart units of one base name (from the absolute source
   path and GCC's dump base, which follows -o).  */

#include "gcc-includes.h"
#include "version.h"		/* version_string: the GCC we run in */
#include "escape.h"		/* the rules' descriptions */
#include "sarif.h"

/* ---- A growing string ------------------------------------------------- */

struct sbuf
{
  char *p;
  size_t len, cap;
};

static void
sb_add (struct sbuf *b, const char *s, size_t n)
{
  if (b->len + n + 1 > b->cap)
    {
      b->cap = MAX (b->cap * 2, b->len + n + 1 + 256);
      b->p = XRESIZEVEC (char, b->p, b->cap);
    }
  memcpy (b->p + b->len, s, n);
  b->len += n;
  b->p[b->len] = '\0';
}

static void
sb_puts (struct sbuf *b, const char *s)
{
  sb_add (b, s, strlen (s));
}

static void ATTRIBUTE_PRINTF_2
sb_printf (struct sbuf *b, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  char *s = xvasprintf (fmt, ap);
  va_end (ap);
  sb_puts (b, s);
  free (s);
}

/* Length of the valid UTF-8 sequence at S (1 to 4), or 0.  Overlong
   forms, surrogates and values above U+10FFFF are invalid.  */
static int
utf8_len (const unsigned char *s)
{
  unsigned c = s[0];
  int n;
  unsigned min;
  if (c < 0x80)
    return 1;
  else if (c >= 0xc2 && c <= 0xdf)
    n = 2, min = 0x80;
  else if (c >= 0xe0 && c <= 0xef)
    n = 3, min = 0x800;
  else if (c >= 0xf0 && c <= 0xf4)
    n = 4, min = 0x10000;
  else
    return 0;
  unsigned v = c & (0x7f >> n);
  for (int i = 1; i < n; i++)
    {
      if ((s[i] & 0xc0) != 0x80)
	return 0;
      v = (v << 6) | (s[i] & 0x3f);
    }
  if (v < min || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff))
    return 0;
  return n;
}

/* S as a JSON string.  */
static void
sb_json_str (struct sbuf *b, const char *s)
{
  sb_add (b, "\"", 1);
  const unsigned char *p = (const unsigned char *) (s ? s : "");
  while (*p)
    {
      unsigned c = *p;
      if (c == '"' || c == '\\')
	{
	  char esc[2] = { '\\', (char) c };
	  sb_add (b, esc, 2);
	  p++;
	}
      else if (c < 0x20 || c == 0x7f)
	{
	  switch (c)
	    {
	    case '\n': sb_puts (b, "\\n"); break;
	    case '\t': sb_puts (b, "\\t"); break;
	    case '\r': sb_puts (b, "\\r"); break;
	    default: sb_printf (b, "\\u%04x", c); break;
	    }
	  p++;
	}
      else
	{
	  int n = utf8_len (p);
	  if (n)
	    sb_add (b, (const char *) p, n), p += n;
	  else
	    sb_puts (b, "\\ufffd"), p++;
	}
    }
  sb_add (b, "\"", 1);
}

/* {"text": S}  */
static void
sb_json_message (struct sbuf *b, const char *s)
{
  sb_puts (b, "{\"text\": ");
  sb_json_str (b, s);
  sb_puts (b, "}");
}

/* ---- State -------------------------------------------------------------- */

static struct
{
  const char *path;		/* the report-file argument; NULL: off */
  char **args;			/* -fplugin-arg-escape-KEY[=VALUE] */
  int nargs;
  bool unit;			/* the pass ran */
  struct sbuf results;		/* serialized results, comma-separated */
  int nresults;
  vec<const char *> rules;	/* ids in first-use order: ruleIndex */
  vec<char *> files;		/* file names in first-use order: artifacts */
} S;

bool
esc_sarif_active (void)
{
  return S.path && S.unit;
}

/* Check the placeholders of PATH: only %p, %b and %% are known.  */
bool
esc_sarif_check_path (const char *path)
{
  if (!path || !*path)
    {
      error ("escape: %<-fplugin-arg-escape-report-file%> needs a value: "
	     "a file or directory name");
      return false;
    }
  for (const char *s = path; *s; s++)
    if (*s == '%')
      {
	s++;
	if (!*s)
	  {
	    error ("escape: bad value %qs for "
		   "%<-fplugin-arg-escape-report-file%>: it ends in a lone "
		   "%<%%%>; write %%%% for a %<%%%> in the name", path);
	    return false;
	  }
	if (*s != 'p' && *s != 'b' && *s != '%')
	  {
	    error ("escape: bad value %qs for "
		   "%<-fplugin-arg-escape-report-file%>: unknown placeholder "
		   "%<%%%c%>; valid ones are %%p (process id), %%b (the "
		   "unit%'s base name) and %%%%", path, *s);
	    return false;
	  }
      }
  return true;
}

void
esc_sarif_begin (const char *path, int argc,
		 const struct plugin_argument *argv)
{
  if (!path)
    return;
  S.path = xstrdup (path);
  S.args = XNEWVEC (char *, argc + 1);
  for (int i = 0; i < argc; i++)
    S.args[i] = argv[i].value
		? xasprintf ("-fplugin-arg-escape-%s=%s", argv[i].key,
			     argv[i].value)
		: xasprintf ("-fplugin-arg-escape-%s", argv[i].key);
  S.nargs = argc;
}

void
esc_sarif_unit (void)
{
  S.unit = true;
}

/* ---- Locations ---------------------------------------------------------- */

/* FILE as a URI reference: relative names stay relative (to the base
   PWD, the compile's working directory), absolute ones become file:
   URIs.  Bytes outside RFC 3986's unreserved set and '/' are
   percent-encoded, ':' too, so that no relative name reads as a
   scheme.  */
static void
sb_uri_path (struct sbuf *b, const char *file)
{
  static const char hex[] = "0123456789ABCDEF";
  for (const unsigned char *p = (const unsigned char *) file; *p; p++)
    if (ISALNUM (*p) || strchr ("-._~/", *p))
      sb_add (b, (const char *) p, 1);
    else
      {
	char enc[3] = { '%', hex[*p >> 4], hex[*p & 15] };
	sb_add (b, enc, 3);
      }
}

static void
sb_artifact_location (struct sbuf *b, const char *file, int index)
{
  sb_puts (b, "{\"uri\": \"");
  if (IS_ABSOLUTE_PATH (file))
    {
      sb_puts (b, "file://");
      sb_uri_path (b, file);
      sb_puts (b, "\"");
    }
  else
    {
      sb_uri_path (b, file);
      sb_puts (b, "\", \"uriBaseId\": \"PWD\"");
    }
  if (index >= 0)
    sb_printf (b, ", \"index\": %d", index);
  sb_puts (b, "}");
}

static int
file_index (const char *file)
{
  unsigned i;
  char *f;
  FOR_EACH_VEC_ELT (S.files, i, f)
    if (!strcmp (f, file))
      return i;
  S.files.safe_push (xstrdup (file));
  return S.files.length () - 1;
}

/* GCC counts columns in bytes from 1; the log says unicodeCodePoints
   (SARIF has no byte columns), so count the characters before the
   column's byte, when the line can be read.  */
static int
code_point_column (const char *file, int line, int column)
{
  char_span text = location_get_source_line (file, line);
  if (!text || (size_t) column - 1 > text.length ())
    return column;
  int cps = 1;
  for (int i = 0; i < column - 1; i++)
    if ((text[i] & 0xc0) != 0x80)
      cps++;
  return cps;
}

/* A location object for LOC, with MESSAGE and FUNCTION when given; false
   (and nothing written) when LOC has no file.  In a macro expansion, LOC
   is where the note says it is: where the macro's text is spelled (GCC's
   diagnostics expand to the spelling point).  */
static bool
sb_location (struct sbuf *b, location_t loc, const char *message,
	     const char *function)
{
  expanded_location x
    = expand_location_to_spelling_point (loc, LOCATION_ASPECT_CARET);
  if (!x.file || !*x.file)
    return false;
  sb_puts (b, "{\"physicalLocation\": {\"artifactLocation\": ");
  sb_artifact_location (b, x.file, file_index (x.file));
  if (x.line > 0)
    {
      sb_printf (b, ", \"region\": {\"startLine\": %d", x.line);
      if (x.column > 0)
	sb_printf (b, ", \"startColumn\": %d",
		   code_point_column (x.file, x.line, x.column));
      sb_puts (b, "}");
    }
  sb_puts (b, "}");
  if (function)
    {
      sb_puts (b, ", \"logicalLocations\": [{\"name\": ");
      sb_json_str (b, function);
      sb_puts (b, ", \"kind\": \"function\"}]");
    }
  if (message)
    {
      sb_puts (b, ", \"message\": ");
      sb_json_message (b, message);
    }
  sb_puts (b, "}");
  return true;
}

/* ,\n "KEY": [LOCATION] after a result's members, if LOC has a place.  */
static void
sb_location_array (struct sbuf *b, const char *key, location_t loc,
		   const char *message, const char *function)
{
  struct sbuf where = { NULL, 0, 0 };
  if (sb_location (&where, loc, message, function))
    sb_printf (b, ",\n     \"%s\": [%s]", key, where.p);
  free (where.p);
}

/* For a LOC inside a macro expansion, the outermost expansion's point,
   in the code that uses the macro, and the macro's name; false for LOC
   outside macros.  */
static bool
macro_expansion (location_t loc, location_t *point, const char **name)
{
  bool in_macro = false;
  for (int depth = 0; depth < 64 && loc >= RESERVED_LOCATION_COUNT; depth++)
    {
      const line_map *map = linemap_lookup (line_table, loc);
      if (!map || !linemap_macro_expansion_map_p (map))
	break;
      const line_map_macro *macro = linemap_check_macro (map);
      *name = linemap_map_get_macro_name (macro);
      loc = MACRO_MAP_EXPANSION_POINT_LOCATION (macro);
      in_macro = true;
    }
  *point = loc;
  return in_macro;
}

/* ---- Results ------------------------------------------------------------ */

static int
rule_index (const char *id)
{
  unsigned i;
  const char *r;
  FOR_EACH_VEC_ELT (S.rules, i, r)
    if (!strcmp (r, id))
      return i;
  S.rules.safe_push (xstrdup (id));
  return S.rules.length () - 1;
}

/* The verdict of a rule id, "escape.VERDICT[.REASON]": escapes and heap
   are missed optimizations (SARIF's "fail", at level "note"), moved
   ones passes, the others information.  */
static const char *
rule_verdict (const char *id, size_t *len)
{
  const char *v = id + (startswith (id, "escape.") ? 7 : 0);
  *len = strcspn (v, ".");
  return v;
}

static bool
verdict_is (const char *id, const char *verdict)
{
  size_t len;
  const char *v = rule_verdict (id, &len);
  return len == strlen (verdict) && !strncmp (v, verdict, len);
}

static const char *
result_kind (const char *id)
{
  if (verdict_is (id, "escapes") || verdict_is (id, "heap"))
    return "fail";
  if (verdict_is (id, "moved"))
    return "pass";
  return "informational";
}

void
esc_sarif_result (location_t loc, const char *rule_id, const char *message,
		  const char *function, long long bytes,
		  const struct esc_sarif_step *flow, int nsteps)
{
  if (!esc_sarif_active ())
    return;
  struct sbuf *b = &S.results;
  if (S.nresults++)
    sb_puts (b, ",\n");
  const char *kind = result_kind (rule_id);
  size_t vlen;
  const char *verdict = rule_verdict (rule_id, &vlen);
  char *verdict_str = xstrndup (verdict, vlen);

  sb_puts (b, "    {\"ruleId\": ");
  sb_json_str (b, rule_id);
  sb_printf (b, ", \"ruleIndex\": %d, \"kind\": \"%s\", \"level\": \"%s\"",
	     rule_index (rule_id), kind,
	     !strcmp (kind, "fail") ? "note" : "none");
  sb_puts (b, ",\n     \"message\": ");
  sb_json_message (b, message);

  sb_location_array (b, "locations", loc, NULL, function);

  /* A site spelled in a macro: where the macro is used, as GCC's
     "in expansion of macro" note says.  */
  location_t point;
  const char *macro = NULL;
  if (macro_expansion (loc, &point, &macro))
    {
      char *text = xasprintf ("in expansion of macro '%s'", macro);
      sb_location_array (b, "relatedLocations", point, text, NULL);
      free (text);
    }

  if (nsteps > 0)
    {
      sb_puts (b, ",\n     \"codeFlows\": [{\"threadFlows\": [{\"locations\": [");
      int n = 0;
      for (int i = 0; i < nsteps; i++)
	{
	  struct sbuf step = { NULL, 0, 0 };
	  if (sb_location (&step, flow[i].loc, flow[i].message, NULL))
	    {
	      sb_puts (b, n ? ",\n       " : "\n       ");
	      sb_printf (b, "{\"executionOrder\": %d, \"location\": ", ++n);
	      sb_puts (b, step.p);
	      sb_puts (b, "}");
	    }
	  free (step.p);
	}
      sb_puts (b, "]}]}]");
    }

  sb_puts (b, ",\n     \"properties\": {\"verdict\": ");
  sb_json_str (b, verdict_str);
  if (bytes >= 0)
    sb_printf (b, ", \"stackBytes\": %lld", bytes);
  sb_puts (b, "}}");
  free (verdict_str);
}

/* ---- The log ------------------------------------------------------------ */

static const char *
rule_text (const char *id)
{
  return esc_rule_description (id);
}

static char *
log_text (void)
{
  struct sbuf b = { NULL, 0, 0 };
  sb_puts (&b, "{\n  \"$schema\": \"https://docs.oasis-open.org/sarif/sarif/"
	   "v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json\",\n"
	   "  \"version\": \"2.1.0\",\n  \"runs\": [{\n");

  /* The tool: the plugin, the GCC it ran in, its arguments, its rules.  */
  sb_puts (&b, "   \"tool\": {\"driver\": {\"name\": \"escape\", "
	   "\"fullName\": \"escape: Go's escape analysis for C, a GCC plugin\", "
	   "\"version\": ");
  sb_json_str (&b, ESCAPE_VERSION);
  sb_puts (&b, ",\n     \"properties\": {\"gccVersion\": ");
  sb_json_str (&b, version_string);
  sb_puts (&b, ", \"pluginArguments\": [");
  for (int i = 0; i < S.nargs; i++)
    {
      if (i)
	sb_puts (&b, ", ");
      sb_json_str (&b, S.args[i]);
    }
  sb_puts (&b, "]},\n     \"rules\": [");
  unsigned i;
  const char *id;
  FOR_EACH_VEC_ELT (S.rules, i, id)
    {
      sb_puts (&b, i ? ",\n      " : "\n      ");
      sb_puts (&b, "{\"id\": ");
      sb_json_str (&b, id);
      if (const char *text = rule_text (id))
	{
	  sb_puts (&b, ", \"shortDescription\": ");
	  sb_json_message (&b, text);
	}
      sb_printf (&b, ", \"defaultConfiguration\": {\"level\": \"%s\"}}",
		 !strcmp (result_kind (id), "fail") ? "note" : "none");
    }
  sb_puts (&b, "]}},\n");

  /* Relative file names are relative to the compile's directory.  */
  const char *pwd = getpwd ();
  struct sbuf dir = { NULL, 0, 0 };
  sb_puts (&dir, "file://");
  sb_uri_path (&dir, pwd ? pwd : "/");
  if (dir.p[dir.len - 1] != '/')
    sb_puts (&dir, "/");

  sb_puts (&b, "   \"invocations\": [{\"executionSuccessful\": ");
  sb_puts (&b, seen_error () ? "false" : "true");
  sb_puts (&b, ", \"arguments\": [");
  for (int i = 0; i < S.nargs; i++)
    {
      if (i)
	sb_puts (&b, ", ");
      sb_json_str (&b, S.args[i]);
    }
  sb_printf (&b, "], \"workingDirectory\": {\"uri\": \"%s\"}}],\n", dir.p);
  sb_printf (&b, "   \"originalUriBaseIds\": {\"PWD\": {\"uri\": \"%s\"}},\n",
	     dir.p);
  free (dir.p);

  /* The unit's source file comes first, as the analysis target, even
     when no result is in it.  */
  int target = main_input_filename ? file_index (main_input_filename) : -1;
  sb_puts (&b, "   \"columnKind\": \"unicodeCodePoints\",\n");
  sb_puts (&b, "   \"artifacts\": [");
  char *f;
  FOR_EACH_VEC_ELT (S.files, i, f)
    {
      sb_puts (&b, i ? ",\n     " : "\n     ");
      sb_puts (&b, "{\"location\": ");
      sb_artifact_location (&b, f, -1);
      if ((int) i == target)
	sb_puts (&b, ", \"roles\": [\"analysisTarget\"]");
      sb_puts (&b, ", \"sourceLanguage\": \"c\"}");
    }
  sb_puts (&b, "],\n   \"results\": [\n");
  if (S.results.p)
    sb_puts (&b, S.results.p);
  sb_puts (&b, "]\n  }]\n}\n");
  return b.p;
}

/* ---- Where the log goes ------------------------------------------------- */

/* The base name of the unit's source file: after the front end's
   post_options, main_input_filename names the original source even for
   preprocessed input (-save-temps).  */
static const char *
unit_base_name (void)
{
  /* lto1 compiles a temporary object (ccXXXXXX.ltrans0.o): a partition
     is named by the dump base instead, which follows -o (prog.ltrans0),
     the same on every link.  */
  if (in_lto_p && dump_base_name && *lbasename (dump_base_name))
    {
      static char *partition;
      if (!partition)
	{
	  partition = xstrdup (lbasename (dump_base_name));
	  size_t n = strlen (partition);
	  if (n > strlen (".ltrans")
	      && !strcmp (partition + n - strlen (".ltrans"), ".ltrans"))
	    partition[n - strlen (".ltrans")] = '\0';
	}
      return partition;
    }
  const char *name = main_input_filename ? main_input_filename : "";
  const char *base = lbasename (name);
  if (!*base || !strcmp (base, "-") || !strcmp (base, "<stdin>"))
    return "stdin";
  return base;
}

/* FNV-1a, 64 bits, of a string: a stable name part.  */
static uint64_t
fnv1a (uint64_t h, const char *s)
{
  for (; *s; s++)
    h = (h ^ (unsigned char) *s) * 0x100000001b3ULL;
  return (h ^ 0) * 0x100000001b3ULL;	/* the terminator separates parts */
}

static char *
absolute (const char *name)
{
  if (IS_ABSOLUTE_PATH (name))
    return xstrdup (name);
  const char *pwd = getpwd ();
  return concat (pwd ? pwd : ".", "/", name, NULL);
}

/* The file name for this unit: placeholders expanded, and a directory
   turned into a file in it.  */
static char *
report_path (void)
{
  struct sbuf b = { NULL, 0, 0 };
  for (const char *s = S.path; *s; s++)
    {
      if (*s != '%')
	{
	  sb_add (&b, s, 1);
	  continue;
	}
      s++;
      if (*s == 'p')
	sb_printf (&b, "%ld", (long) getpid ());
      else if (*s == 'b')
	sb_puts (&b, unit_base_name ());
      else
	sb_add (&b, "%", 1);
    }

  struct stat st;
  bool dir = b.p[b.len - 1] == '/'
	     || (stat (b.p, &st) == 0 && S_ISDIR (st.st_mode));
  if (dir)
    {
      char *src = absolute (main_input_filename && !in_lto_p
			    ? main_input_filename : "");
      char *dump = absolute (dump_base_name ? dump_base_name : "");
      uint64_t h = fnv1a (fnv1a (0xcbf29ce484222325ULL, src), dump);
      free (src);
      free (dump);
      sb_printf (&b, "%s%s.%012llx.sarif", b.p[b.len - 1] == '/' ? "" : "/",
		 unit_base_name (), (unsigned long long) (h >> 16));
    }
  return b.p;
}

/* Write TEXT to PATH through a temporary file in PATH's directory and a
   rename; false with errno set on failure, and nothing left behind.  */
static bool
write_atomically (const char *path, const char *text)
{
  const char *base = lbasename (path);
  char *tmp = xasprintf ("%.*s.%s.XXXXXX", (int) (base - path), path, base);
  int fd = mkstemp (tmp);
  if (fd < 0)
    {
      free (tmp);
      return false;
    }
  /* mkstemp makes the file 0600; a report is as readable as any other
     output of the compile.  */
  mode_t mask = umask (0);
  umask (mask);
  FILE *out = fdopen (fd, "w");
  bool ok = out && fchmod (fd, 0666 & ~mask) == 0
	    && fputs (text, out) != EOF && fflush (out) == 0
	    && !ferror (out);
  int saved = errno;
  if (out ? fclose (out) != 0 : close (fd) != 0)
    ok = false, saved = saved ? saved : errno;
  if (ok && rename (tmp, path) != 0)
    ok = false, saved = errno;
  if (!ok)
    unlink (tmp);
  free (tmp);
  errno = saved;
  return ok;
}

/* Write TEXT into the file PATH names as it is: a device, a pipe.  */
static bool
write_in_place (const char *path, const char *text)
{
  FILE *out = fopen (path, "w");
  if (!out)
    return false;
  bool ok = fputs (text, out) != EOF && fflush (out) == 0 && !ferror (out);
  int saved = errno;
  if (fclose (out) != 0)
    ok = false, saved = saved ? saved : errno;
  errno = saved;
  return ok;
}

/* Write TEXT to PATH: a regular file, or a new one, by a rename.  Any
   other thing that is there, a character device (/dev/null), a pipe, a
   symbolic link (/dev/stdout), is opened and written as it is: a rename
   would put a regular file in its place, which root may do even to
   /dev/null.  */
static bool
write_report (const char *path, const char *text)
{
  struct stat st;
  if (lstat (path, &st) == 0 && !S_ISREG (st.st_mode))
    return write_in_place (path, text);
  return write_atomically (path, text);
}

void
esc_sarif_end (void)
{
  if (!esc_sarif_active ())
    return;
  char *path = report_path ();
  char *text = log_text ();
  if (!write_report (path, text))
    error_at (UNKNOWN_LOCATION, "escape: cannot write the report file %qs: "
	      "%s", path, xstrerror (errno));
  free (text);
  free (path);
}
