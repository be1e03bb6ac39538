/* calls.cc -- what a call does to its arguments: read_call.

   In order of trust:
   1. builtins, internal functions and allocation calls have meanings of
      their own (builtins.cc);
   2. a function with a body in this unit: its summary, applied by the
      core (opaque functions have none, so their arguments escape); calls
      through pointers are resolved by the core as their targets become
      known;
   3. a library function in libc-models.def (the reviewed table; the core
      says what its letters do);
   4. GCC's own per-argument facts (gimple_call_arg_flags: fnspec
      attributes of builtins);
   5. nothing known: every argument escapes, the result is unknown.  */

#include "gcc-includes.h"
#include "bridge.h"

/* Library functions that call user code once the program registers it:
   - printf once a hook is (glibc's register_printf_specifier and
     friends; the hook may also keep the pointers it is given), and the
     functions that format through printf's code (perror, error, warn,
     syslog, a failed assert's message).  PRINTERS stands for those
     (printer_function_p);
   - exit once an atexit or on_exit handler is (or one of glibc's entry
     points behind them, __cxa_atexit, and __cxa_thread_atexit_impl for
     thread-local destructors), or once the unit has a destructor
     (analyze.cc notes one under the registration name
     DESTRUCTOR_REGISTRATION: the attribute, or a pointer placed in
     .fini_array or .dtors), which exit runs on top of its caller's
     frames; fork once a pthread_atfork handler is;
   - every function of a stream once the program makes a stream of its
     own functions (glibc's fopencookie, BSD's funopen): a write to it
     calls the program's write function, which may itself write to a
     stream, so filters stacked on streams recurse through fwrite.
     STREAMS stands for those functions (stream_function_p);
   - the functions that deliver a signal to the calling thread before
     they return (raise, kill, sigprocmask unblocking a pending one, ...,
     and input and output: a write to a pipe nobody reads raises
     SIGPIPE, past the file size limit SIGXFSZ, a terminal read or write
     from a background job SIGTTIN or SIGTTOU) once the program sets a
     handler: the handler runs inside the call, where C lets it call
     anything (a handler run by raise may call the function that
     raised).  Not abort, whose handler may not return into the
     program.  SIGNALS stands for those (signal_function_p), SENT_SIGNALS
     for those that send or unblock (sending_function_p): what a handler
     of a signal that input and output do not raise can run inside
     (analyze.cc notes such a handler under SENT_SIGNAL_REGISTRATION),
     unless the program also chooses the signal a descriptor raises
     (SIGNAL_REDIRECTION, which alone affects nothing).
   By the name of the registration (a prefix of the function's C or
   assembler name, or of a name dlsym looks up, also under glibc's
   __ and __libc_ prefixes: __sigaction; a handler set with syscall
   counts as sigaction's), and the name of the function it affects.  */
#define PRINTERS "<printers>"
#define STREAMS "<streams>"
#define SIGNALS "<signals>"
#define SENT_SIGNALS "<sent signals>"
#define SIGNALS_REDIRECTED "<signals redirected>"
static const struct
{
  const char *registration, *affected;
} hooks[] = {
  { "register_printf_", PRINTERS },
  { "atexit", "exit" },
  { "on_exit", "exit" },
  { "at_quick_exit", "quick_exit" },
  { "__cxa_atexit", "exit" },
  { "__cxa_thread_atexit", "exit" },
  { "__cxa_at_quick_exit", "quick_exit" },
  { DESTRUCTOR_REGISTRATION, "exit" },
  { "pthread_atfork", "fork" },
  { "__register_atfork", "fork" },
  { "fopencookie", STREAMS },
  { "funopen", STREAMS },
  { "signal", SIGNALS },
  { "sigaction", SIGNALS },
  { "sysv_signal", SIGNALS },
  { "bsd_signal", SIGNALS },
  { "__sysv_signal", SIGNALS },
  { "ssignal", SIGNALS },
  { "sigset", SIGNALS },
  { "sigvec", SIGNALS },
  { SENT_SIGNAL_REGISTRATION, SENT_SIGNALS },
  { SIGNAL_REDIRECTION, SIGNALS_REDIRECTED },
};
static bool hooked[sizeof hooks / sizeof hooks[0]];
/* analyze.cc keeps a unit's lookups of them as bits of a uint64_t.  */
STATIC_ASSERT (ARRAY_SIZE (hooks) <= 64);

/* Whether NAME spells registration I: a family of functions shares a
   prefix (register_printf_specifier, __cxa_thread_atexit_impl); a
   handler's setter is one function (a version, sigaction@GLIBC_2.2.5,
   aside), not signalfd, sigsetjmp or a program's signal_handler.  */
static bool
spells_registration_p (const char *name, size_t i)
{
  const char *r = hooks[i].registration;
  if (!startswith (name, r))
    return false;
  const char *rest = name + strlen (r);
  return (strcmp (hooks[i].affected, SIGNALS)
	  || *rest == '\0' || *rest == '@');
}

bool
names_registration_p (const char *name, size_t i)
{
  const char *bare = name;
  while (*bare == '_')
    bare++;
  if (bare != name && startswith (bare, "libc_"))
    bare += strlen ("libc_");
  return (i < ARRAY_SIZE (hooks)
	  && (spells_registration_p (name, i)
	      || spells_registration_p (bare, i)));
}

bool
note_hook_registration (const char *name)
{
  bool registers = false;
  for (size_t i = 0; i < ARRAY_SIZE (hooks); i++)
    if (names_registration_p (name, i))
      registers = hooked[i] = true;
  return registers;
}

const char *
hook_registration_at (size_t i)
{
  return i < ARRAY_SIZE (hooks) ? hooks[i].registration : NULL;
}

void
forget_hook_registrations (void)
{
  memset (hooked, 0, sizeof hooked);
}

/* Whether NAME is one of the N NAMES.  */
static bool
listed_p (const char *name, const char *const *names, size_t n)
{
  for (size_t i = 0; i < n; i++)
    if (!strcmp (name, names[i]))
      return true;
  return false;
}

/* Whether TYPE is a pointer to a C library stream (FILE, struct
   _IO_FILE).  */
static bool
stream_pointer_p (tree type)
{
  if (!POINTER_TYPE_P (type))
    return false;
  tree name = TYPE_NAME (TYPE_MAIN_VARIANT (TREE_TYPE (type)));
  if (name && TREE_CODE (name) == TYPE_DECL)
    name = DECL_NAME (name);
  return name && TREE_CODE (name) == IDENTIFIER_NODE
	 && (id_equal (name, "_IO_FILE") || id_equal (name, "FILE"));
}

/* Whether CALL to FNDECL, named NAME, may read, write, flush or close a
   stream: it is given one, or it uses stdin, stdout or stderr, or all
   of them (exit flushes every stream).  */
static bool
stream_function_p (tree fndecl, gcall *call, const char *name)
{
  static const char *const implicit[] = {
    "printf", "vprintf", "puts", "putchar", "putchar_unlocked", "getchar",
    "getchar_unlocked", "scanf", "vscanf", "gets", "perror", "psignal",
    "psiginfo", "exit", "fcloseall", "error", "error_at_line", "warn",
    "warnx", "vwarn", "vwarnx", "err", "errx", "verr", "verrx",
    "__printf_chk", "__vprintf_chk", "__assert_fail"
  };
  if (listed_p (name, implicit, ARRAY_SIZE (implicit)))
    return true;
  for (tree p = TYPE_ARG_TYPES (TREE_TYPE (fndecl)); p; p = TREE_CHAIN (p))
    if (stream_pointer_p (TREE_VALUE (p)))
      return true;
  for (unsigned i = 0; call && i < gimple_call_num_args (call); i++)
    if (stream_pointer_p (TREE_TYPE (gimple_call_arg (call, i))))
      return true;
  return false;
}

/* Whether NAME sends a signal to the calling thread or unblocks one,
   which runs its handler before the call returns (glibc's longjmp and
   _longjmp are siglongjmp, which restores a saved mask), or closes a
   descriptor, which may send one: the last writer of an O_ASYNC pipe
   its owner SIGIO, the master of its own terminal SIGHUP (dup2 and dup3
   close the descriptor they replace).  */
static bool
sending_function_p (const char *name)
{
  static const char *const sending[] = {
    "raise", "kill", "killpg", "pthread_kill", "tgkill", "sigqueue",
    "pthread_sigqueue", "sigprocmask", "pthread_sigmask", "sigsetmask",
    "sigsuspend", "pause", "sigwait", "sigrelse", "sighold",
    "siglongjmp", "longjmp", "_longjmp", "__longjmp_chk",
    "close", "dup2", "dup3"
  };
  return listed_p (name, sending, ARRAY_SIZE (sending));
}

/* Whether CALL to FNDECL, named NAME, may deliver a signal to the
   calling thread, which runs its handler before the call returns: one
   that sends or unblocks signals, or reads or writes a file descriptor
   or a stream.  */
static bool
signal_function_p (tree fndecl, gcall *call, const char *name)
{
  static const char *const input_output[] = {
    "write", "writev", "pwrite", "pwrite64", "pwritev", "pwritev2",
    "send", "sendto", "sendmsg", "sendmmsg", "sendfile", "sendfile64",
    "splice", "tee", "vmsplice", "copy_file_range", "dprintf", "vdprintf",
    "__dprintf_chk", "__vdprintf_chk", "ftruncate", "ftruncate64",
    "truncate", "truncate64", "fallocate", "posix_fallocate", "read",
    "readv", "pread", "pread64", "preadv", "preadv2", "recv", "recvfrom",
    "recvmsg", "recvmmsg", "__read_chk", "__pread_chk", "__recv_chk",
    "__recvfrom_chk", "ioctl", "tcsetattr", "tcdrain", "tcflush",
    "tcflow", "tcsendbreak", "tcsetpgrp"
  };
  return sending_function_p (name)
	 || listed_p (name, input_output, ARRAY_SIZE (input_output))
	 || stream_function_p (fndecl, call, name);
}

/* Whether NAME formats text with printf's code, where a registered
   conversion runs (strerror's "Unknown error %d", backtrace_symbols'
   %p).  */
static bool
printer_function_p (const char *name)
{
  static const char *const printers[] = {
    "perror", "psignal", "psiginfo", "herror", "error", "error_at_line",
    "warn", "warnx", "vwarn", "vwarnx", "err", "errx", "verr", "verrx",
    "syslog", "vsyslog", "__syslog_chk", "__vsyslog_chk", "argp_error",
    "argp_failure", "__assert_fail", "__assert_perror_fail", "__assert",
    "strerror", "strerror_r", "strerror_l", "__xpg_strerror_r",
    "strsignal", "backtrace_symbols", "backtrace_symbols_fd"
  };
  return listed_p (name, printers, ARRAY_SIZE (printers))
	 || strstr (name, "printf") != NULL;
}

/* Whether library function FNDECL, called by CALL, may call user code
   that was registered; GIVEN_ARGUMENTS: code that may be given the
   call's arguments (a printf hook its values, a stream's write function
   the buffer fwrite writes), where a signal's handler is given none:
   the table's row still says where a call's arguments go when only a
   handler may run inside it.  */
static bool
hooked_p (tree fndecl, gcall *call, bool given_arguments)
{
  if (!DECL_NAME (fndecl))
    return false;
  /* GCC folds printf ("x\n") into a call of __builtin_puts where the
     unit declares no puts.  */
  const char *name = IDENTIFIER_POINTER (DECL_NAME (fndecl));
  if (startswith (name, "__builtin_"))
    name += strlen ("__builtin_");
  bool redirected = false;
  for (size_t i = 0; i < ARRAY_SIZE (hooks); i++)
    redirected |= hooked[i] && !strcmp (hooks[i].affected, SIGNALS_REDIRECTED);
  for (size_t i = 0; i < ARRAY_SIZE (hooks); i++)
    if (hooked[i]
	&& strcmp (hooks[i].affected, SIGNALS_REDIRECTED)
	&& !(given_arguments && (!strcmp (hooks[i].affected, SIGNALS)
				 || !strcmp (hooks[i].affected, SENT_SIGNALS)))
	&& (!strcmp (hooks[i].affected, STREAMS)
	    ? stream_function_p (fndecl, call, name)
	    : !strcmp (hooks[i].affected, SIGNALS)
	    ? signal_function_p (fndecl, call, name)
	    : !strcmp (hooks[i].affected, SENT_SIGNALS)
	    ? (redirected ? signal_function_p (fndecl, call, name)
	       : sending_function_p (name))
	    : !strcmp (hooks[i].affected, PRINTERS)
	    ? printer_function_p (name)
	    : !strcmp (name, hooks[i].affected)))
      return true;
  return false;
}

/* The type of CALL's argument I, as the callee declares it if it does.  */
static tree
param_type (gcall *call, tree fndecl, unsigned i)
{
  tree parm = TYPE_ARG_TYPES (TREE_TYPE (fndecl));
  for (unsigned k = 0; parm && k < i; k++)
    parm = TREE_CHAIN (parm);
  if (parm && TREE_VALUE (parm) != void_type_node)
    return TREE_VALUE (parm);
  return TREE_TYPE (gimple_call_arg (call, i));
}

/* Whether CALL, to FNDECL, has the shape MODEL's row describes: as many
   arguments, a pointer wherever the letter of a named parameter moves
   one, and a result that is a pointer exactly when the row says it may
   point somewhere, or a number that may hold one or a byte of one ('h':
   ftell's offset, fgetc's byte).  'e'
   fits a number too, whose bits then escape (fputc's byte), and 'b' is
   one (memset's fill byte).  Variadic
   arguments may be numbers as well as pointers (printf's): a number's
   bits count where it is printed (printed_addresses).  */
static bool
fits_model (gcall *call, tree fndecl, const esc_libc_model *model)
{
  bool variadic;
  unsigned arity = (unsigned) esc_libc_model_arity (model, &variadic);
  unsigned nargs = gimple_call_num_args (call);
  if (nargs < arity || (!variadic && nargs > arity))
    return false;
  for (unsigned i = 0; i < arity; i++)
    if (!strchr (".rweb", esc_libc_model_letter (model, i))
	&& !POINTER_TYPE_P (param_type (call, fndecl, i)))
      return false;
  tree type = TREE_TYPE (TREE_TYPE (fndecl));
  char result = esc_libc_model_result (model);
  if (result == 'h' && INTEGRAL_TYPE_P (type)
      && TYPE_PRECISION (type) >= CHAR_TYPE_SIZE)
    return true;
  return POINTER_TYPE_P (type) == (result != 'n');
}

/* The row a call of NAME takes: open's flags may be a constant
   without O_CREAT or O_TMPFILE, whose mode is no argument.  */
static const char *
row_name (const char *name, gcall *call)
{
  if (strcmp (name, "open") || gimple_call_num_args (call) < 2)
    return name;
  tree arg = gimple_call_arg (call, 1);
  if (TREE_CODE (arg) == INTEGER_CST && tree_fits_shwi_p (arg)
      && !(tree_to_shwi (arg) & (O_CREAT | O_TMPFILE)))
    return "open:read";
  return name;
}

/* The library table's row for CALL to FNDECL, if FNDECL is the C
   library's own function: a GCC builtin the call matches, or a function
   declared in a system header, with the row's shape.  A project's own
   function of the same name (send, read, open in another file), or a
   body of the unit's under the library's symbol (an asm label), is
   unknown code.  *LIBRARY_NAME, when given, gets the row's function's
   name, for the report.  */
static const esc_libc_model *
library_model (tree fndecl, gcall *call, const char **library_name = NULL)
{
  if (!fndecl || !DECL_NAME (fndecl) || !call)
    return NULL;
  const char *name = IDENTIFIER_POINTER (DECL_NAME (fndecl));
  const esc_libc_model *model = esc_libc_model_find (row_name (name, call));
  /* glibc's fortified wrappers (_FORTIFY_SOURCE) call the function under
     a name of their own that its asm label binds to the library's:
     __read_alias is `read', __read_chk_warn `__read_chk'.  A name the
     label renames to (fopen to fopen64) keeps its row.  */
  if (!model && DECL_ASSEMBLER_NAME_SET_P (fndecl))
    {
      const char *label = IDENTIFIER_POINTER (DECL_ASSEMBLER_NAME (fndecl));
      if (*label == '*')
	{
	  name = label + 1;
	  model = esc_libc_model_find (row_name (name, call));
	}
    }
  if (!model || hooked_p (fndecl, call, true)
      || defined_by_program_p (fndecl))
    return NULL;
  bool library = gimple_call_builtin_p (call, BUILT_IN_NORMAL)
		 || (DECL_IN_SYSTEM_HEADER (fndecl) && library_symbol_p (fndecl));
  if (!library || !fits_model (call, fndecl, model))
    return NULL;
  if (library_name)
    *library_name = name;
  return model;
}

/* Whether CALL passes a function pointer.  */
static bool
passes_function_p (gcall *call)
{
  for (unsigned i = 0; call && i < gimple_call_num_args (call); i++)
    {
      tree type = TREE_TYPE (gimple_call_arg (call, i));
      if (POINTER_TYPE_P (type) && FUNC_OR_METHOD_TYPE_P (TREE_TYPE (type)))
	return true;
    }
  return false;
}

bool
modelled_library_p (tree fndecl, gcall *call)
{
  return library_model (fndecl, call) != NULL;
}

/* Whether FNDECL is an entry point of libgomp or libgoacc, as GCC's
   builtins for OpenMP and OpenACC name them (__builtin_GOMP_taskwait).
   Any of them may wait at a scheduling point (a taskwait, a barrier, the
   end of a taskgroup or of a worksharing loop), where the thread runs
   pending tasks, outlined functions of the unit, on its own stack below
   the caller's frame.  */
static bool
openmp_runtime_p (tree fndecl)
{
  const char *name = IDENTIFIER_POINTER (DECL_NAME (fndecl));
  if (startswith (name, "__builtin_"))
    name += strlen ("__builtin_");
  return startswith (name, "GOMP_") || startswith (name, "GOACC_");
}

bool
may_call_back (tree fndecl, gcall *call)
{
  /* A library function does once the program registers code it calls.
     GCC's builtins do not otherwise, but those given a function (libgomp's
     GOMP_parallel runs an outlined region) and OpenMP's runtime, which
     runs tasks where it waits; the target's builtins are instructions
     (SSE's movemask); `leaf' says a function returns to the unit only by
     returning (glibc declares most of itself so); the table's callbacks
     are calls the core follows (libc.c).  */
  if (hooked_p (fndecl, call, false) || defined_by_program_p (fndecl))
    return true;
  if (fndecl_built_in_p (fndecl, BUILT_IN_NORMAL))
    return passes_function_p (call) || openmp_runtime_p (fndecl);
  if (fndecl_built_in_p (fndecl, BUILT_IN_MD))
    return false;
  return !lookup_attribute ("leaf", DECL_ATTRIBUTES (fndecl))
	 && !library_model (fndecl, call);
}

/* ---- Calls to code: the unit's functions, pointers, the unknown. ---- */

void
read_code_call (function_graph &fg, gcall *call, int callee_id, esc_loc fnptr,
		const char *name)
{
  auto_vec<esc_loc> args;
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    args.safe_push (fg.call_arg (call, i));
  if (gimple_call_chain (call))
    args.safe_push (fg.rvalue (gimple_call_chain (call)));
  esc_loc result = fg.call_result (call);
  struct esc_call c = { callee_id, fnptr, args.address (),
			(int) args.length (), result,
			fg.why (ESC_WHY_CALL, name),
			gimple_call_chain (call) != NULL_TREE };
  esc_call (fg.g, &c);
  fg.finish_call_result (call, result);
}

/* ---- The table. ---- */

struct table_args
{
  function_graph *fg;
  gcall *call;
};

static esc_loc
table_arg (void *data, unsigned i)
{
  struct table_args *a = (struct table_args *) data;
  return a->fg->call_arg (a->call, i);
}

/* The bit of PRINTED (esc_libc_call) that stands for argument I.  */
static uint64_t
printed_bit (unsigned i)
{
  return (uint64_t) 1 << (i < 63 ? i : 63);
}

/* Which of CALL's arguments a printf-family function prints the bits of,
   by bit: what %p, %x, %lu ... print, not what %s reads or %n writes; all
   its variadic ones when the format is not a constant, numbers its
   arguments, or has a conversion glibc's printf does not have (one a
   program registered, or a flag this parse does not know, after which
   the arguments no longer match).  An integer printed carries a pointer
   when it was made from one ((unsigned long) p with %lx).  */
static uint64_t
printed_addresses (gcall *call, const esc_libc_model *model, const char *name)
{
  bool variadic;
  unsigned first = (unsigned) esc_libc_model_arity (model, &variadic);
  if (!variadic || !strstr (name, "printf") || !first)
    return 0;
  unsigned nargs = gimple_call_num_args (call);
  uint64_t all = 0;
  for (unsigned i = first; i < nargs; i++)
    all |= printed_bit (i);
  const char *f = c_getstr (gimple_call_arg (call, first - 1));
  if (!f)
    return all;
  uint64_t printed = 0;
  unsigned arg = first;
  for (; *f; f++)
    {
      if (*f != '%')
	continue;
      if (*++f == '%')
	continue;
      /* Flags (glibc's I among them: locale digits), width, precision
	 and length; '*' takes an argument, a number the output's length
	 gives back.  */
      for (; *f && strchr ("-+ #0'I123456789.*hlLqjztZ", *f); f++)
	if (*f == '*')
	  printed |= printed_bit (arg++);
      /* %1$p names its argument: not worth following.  */
      if (*f == '$')
	return all;
      if (!*f)
	break;
      if (!strchr ("diouxXeEfFgGaAcCsSpnm", *f))
	return all;
      if (*f != 's' && *f != 'n' && *f != 'm')
	printed |= printed_bit (arg);
      if (*f != 'm')
	arg++;
    }
  return printed;
}

static void
read_table_call (function_graph &fg, gcall *call,
		 const esc_libc_model *model, const char *name)
{
  esc_loc result = fg.call_result (call);
  struct table_args args = { &fg, call };
  struct esc_why w = fg.why (ESC_WHY_CALL, name);
  esc_libc_call (fg.g, model, gimple_call_num_args (call), table_arg, &args,
		 result, &w, printed_addresses (call, model, name));
  fg.finish_call_result (call, result);
}

/* ---- GCC's facts (fnspec). ---- */

static void
read_call_by_flags (function_graph &fg, gcall *call, const char *name)
{
  /* A free-like function reads the heap's bookkeeping of its argument,
     which a stack slot does not have; GCC's facts may still say the
     argument does not escape.  */
  if (name && (strstr (name, "free") || strstr (name, "realloc")))
    {
      read_code_call (fg, call, -1, ESC_NO_LOC, name);
      return;
    }
  esc_graph *g = fg.g;
  esc_loc result = fg.call_result (call);
  int rflags = gimple_call_return_flags (call);
  struct esc_why flow = fg.why (ESC_WHY_FLOW, name);
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      esc_loc a = fg.call_arg (call, i);
      if (a == ESC_NO_LOC)
	continue;
      int flags = gimple_call_arg_flags (call, i);
      struct esc_why w = fg.why (ESC_WHY_UNKNOWN_CALL, name);
      w.argno = (int) i + 1;
      if (flags & EAF_UNUSED)
	continue;
      if (!(flags & EAF_NO_DIRECT_ESCAPE))
	esc_flow (g, esc_heap (g), a, 0, &w);
      else if (!(flags & EAF_NO_INDIRECT_ESCAPE))
	esc_flow (g, esc_heap (g), esc_reachable (g, a, &w), 0, &w);
      if (result == ESC_NO_LOC || (rflags & ERF_RETURNS_ARG))
	continue;
      if (!(flags & EAF_NOT_RETURNED_DIRECTLY))
	esc_flow (g, result, a, 0, &flow);
      if (!(flags & EAF_NOT_RETURNED_INDIRECTLY))
	esc_flow (g, result, esc_reachable (g, a, &flow), 0, &flow);
    }
  if (result != ESC_NO_LOC)
    {
      unsigned ret = rflags & ERF_RETURN_ARG_MASK;
      esc_loc returned
	= (rflags & ERF_RETURNS_ARG) && ret < gimple_call_num_args (call)
	  ? fg.call_arg (call, ret) : fg.anywhere ();
      if (returned != ESC_NO_LOC)
	esc_flow (g, result, returned, 0, &flow);
    }
  fg.finish_call_result (call, result);
}

/* A function declared with attribute access and a size argument
   (glibc's read, fgets, wcstombs): GCC warns where the size passes the
   size it knows of the object (-Wstringop-overflow), which a strdup
   result has in a slot and not on the heap, so a build with -Werror
   would break.  Such a size keeps strdup results on the heap, as a
   __*_chk bound does (esc_size_query's ONLY_CHECKED).  */
static void
read_access_sizes (function_graph &fg, gcall *call, tree fndecl)
{
  tree attrs = TYPE_ATTRIBUTES (TREE_TYPE (fndecl));
  if (!lookup_attribute ("access", attrs))
    return;
  rdwr_map accesses;
  init_attr_rdwr_indices (&accesses, attrs);
  for (rdwr_map::iterator it = accesses.begin (); it != accesses.end ();
       ++it)
    {
      const attr_access &a = (*it).second;
      if (a.sizarg == UINT_MAX || a.ptrarg >= gimple_call_num_args (call))
	continue;
      esc_loc p = fg.call_arg (call, a.ptrarg);
      if (p != ESC_NO_LOC)
	esc_size_query (fg.g, p, source_name (fndecl), true);
    }
}

void
read_call (function_graph &fg, gcall *call)
{
  tree fndecl = gimple_call_fndecl (call);
  if (fndecl)
    read_access_sizes (fg, call, fndecl);
  if (read_special_call (fg, call))
    return;
  if (!fndecl)
    {
      read_code_call (fg, call, -1, fg.rvalue (gimple_call_fn (call)), NULL);
      return;
    }
  const char *name = source_name (fndecl);
  cgraph_node *node = cgraph_node::get (fndecl);
  int id = function_id (fndecl, fg.node);
  if (id >= 0)
    read_code_call (fg, call, id, ESC_NO_LOC, name);
  else if ((node && node->ultimate_alias_target ()->definition)
	   || defined_by_program_p (fndecl))
    /* The program's own function, but not a body known to run here:
       another partition's, one the link may replace, or one the unit
       defines under this function's symbol (an asm label).  */
    read_code_call (fg, call, -1, ESC_NO_LOC, name);
  else if (const esc_libc_model *model = library_model (fndecl, call,
							 &name))
    read_table_call (fg, call, model, name);
  else
    read_call_by_flags (fg, call, name);
}
