/* plugin.cc -- escape's entry point: loading, arguments, pass registration.

   cc1 calls plugin_init once, before it reads the translation unit.  Here
   the plugin checks that it was built for this very GCC and is loaded into
   the C front end, parses its arguments into esc_opts (bridge.h) and
   schedules the "escape" pass among the late IPA passes, after inlining,
   in cc1 and in lto1 at link time; the pass hands the unit to the
   analysis (esc_analyze_unit, analyze.cc).

   Everything is validated before anything is registered: when
   plugin_init fails, cc1 unloads the plugin, and a registered callback
   would then point into unmapped code.  */

#include "gcc-includes.h"
#include "plugin-version.h"	/* gcc_version: the GCC we are built for */
#include "bridge.h"
#include "sarif.h"		/* report-file */

/* GCC refuses to load a plugin that does not say it is GPL-compatible.  */
int plugin_is_GPL_compatible;

/* The testsuite builds a second copy of this file with
   ESCAPE_TEST_BUILT_FOR_GCC set to a version that is not the running
   compiler's, to check the refusal below through a real load by cc1.
   Nothing else defines it.  */
#ifdef ESCAPE_TEST_BUILT_FOR_GCC
static struct plugin_gcc_version escape_built_for = {
  ESCAPE_TEST_BUILT_FOR_GCC, gcc_version.datestamp, gcc_version.devphase,
  gcc_version.revision, gcc_version.configuration_arguments
};
#else
#define escape_built_for gcc_version	/* from plugin-version.h */
#endif

struct esc_options esc_opts = {
  0,		/* report_level: off */
  true,		/* transform */
  4096,		/* max_object_size */
  16384,	/* max_frame_size */
  65536,	/* max_stack_size */
  256,		/* var_buffer */
  0,		/* alloca_budget: opt-in (doc/escape.md, "Alloca budget") */
  0,		/* side_stack: opt-in */
  NULL		/* report_file: none */
};

/* ---- Arguments -------------------------------------------------------- */

/* One row per key: the table in README.md and doc/escape.md.  The help
   text and the "valid keys" list are both made from it, so a new key
   cannot be documented in one and forgotten in the other.  */
enum esc_arg_kind
{
  ESC_ARG_REPORT,	/* report[=1|2] */
  ESC_ARG_BOOL,		/* KEY=yes|no */
  ESC_ARG_SIZE,		/* KEY=N, bytes */
  ESC_ARG_PATH,		/* KEY=PATH */
  ESC_ARG_HELP		/* no value */
};

struct esc_arg_spec
{
  const char *key;
  enum esc_arg_kind kind;
  const char *syntax;
  const char *help;
};

static const struct esc_arg_spec esc_arg_specs[] = {
  { "report", ESC_ARG_REPORT, "report[=1|2]",
    "a note for every allocation site and pointer parameter; 2 adds flow "
    "explanations (default: off)" },
  { "report-file", ESC_ARG_PATH, "report-file=PATH",
    "write a SARIF 2.1.0 log of every decision to PATH (%p: process id, "
    "%b: the unit's base name, %%: a '%'; a directory: one file per "
    "unit)" },
  { "transform", ESC_ARG_BOOL, "transform=yes|no",
    "rewrite local allocations to stack slots, and raise the thread stack "
    "sizes the program sets (default: yes)" },
  { "max-object-size", ESC_ARG_SIZE, "max-object-size=N",
    "largest fixed-size object given a stack slot, in bytes "
    "(default: 4096)" },
  { "max-frame-size", ESC_ARG_SIZE, "max-frame-size=N",
    "converted bytes allowed per function (default: 16384)" },
  { "max-stack-size", ESC_ARG_SIZE, "max-stack-size=N",
    "converted bytes allowed along any chain of calls (default: 65536)" },
  { "var-buffer", ESC_ARG_SIZE, "var-buffer=N",
    "stack buffer for variable-size allocations that are small at run "
    "time; 0 turns it off (default: 256)" },
  { "alloca-budget", ESC_ARG_SIZE, "alloca-budget=N",
    "stack bytes per thread that local objects without a slot (in a "
    "function that may recurse, outliving a loop iteration, past the frame "
    "or chain budget, freed by a callee) take at run time with alloca, the "
    "heap after; costs those functions a frame pointer (default: 0, they "
    "stay on the heap)" },
  { "side-stack", ESC_ARG_SIZE, "side-stack=N",
    "the same objects in a region of N bytes per thread off the stack, "
    "the heap after (default: 0, they stay on the heap)" },
  { "help", ESC_ARG_HELP, "help",
    "print this help and go on compiling" },
};

static const size_t esc_arg_count
  = sizeof esc_arg_specs / sizeof esc_arg_specs[0];

/* "report, transform, ..." for error messages.  */
static const char *
esc_valid_keys (void)
{
  static char buf[256];
  if (!buf[0])
    for (size_t i = 0; i < esc_arg_count; i++)
      {
	if (i)
	  strcat (buf, ", ");
	strcat (buf, esc_arg_specs[i].key);
      }
  return buf;
}

/* The text of -fplugin-arg-escape-help and of PLUGIN_INFO.  */
static const char *
esc_help_text (void)
{
  static char *text;
  if (!text)
    {
      size_t len = 256;
      for (size_t i = 0; i < esc_arg_count; i++)
	len += strlen (esc_arg_specs[i].syntax)
	       + strlen (esc_arg_specs[i].help) + 64;
      text = XNEWVEC (char, len);
      char *p = text;
      p += sprintf (p, "escape: moves malloc'd objects that do not outlive "
		    "their function to the stack.\nArguments "
		    "(-fplugin-arg-escape-KEY[=VALUE]):\n");
      for (size_t i = 0; i < esc_arg_count; i++)
	p += sprintf (p, "  %-20s %s\n", esc_arg_specs[i].syntax,
		      esc_arg_specs[i].help);
    }
  return text;
}

/* The largest byte count an argument may give: 1 TiB, far past any
   stack, and far below where the sums and roundings of sizes, frames and
   budgets could wrap around.  */
#define ESC_MAX_BYTES ((unsigned long) 1 << 40)

/* Parse a byte count: decimal digits only, no sign, no suffix, at most
   ESC_MAX_BYTES.  */
static bool
esc_parse_size (const char *s, unsigned long *out)
{
  if (!s || !*s)
    return false;
  unsigned long v = 0;
  for (; *s; s++)
    {
      if (!ISDIGIT (*s))
	return false;
      v = v * 10 + (unsigned) (*s - '0');
      if (v > ESC_MAX_BYTES)
	return false;
    }
  *out = v;
  return true;
}

/* The field of esc_opts a size key sets.  */
static unsigned long *
esc_size_field (const char *key)
{
  if (!strcmp (key, "max-object-size"))
    return &esc_opts.max_object_size;
  if (!strcmp (key, "max-frame-size"))
    return &esc_opts.max_frame_size;
  if (!strcmp (key, "max-stack-size"))
    return &esc_opts.max_stack_size;
  if (!strcmp (key, "alloca-budget"))
    return &esc_opts.alloca_budget;
  if (!strcmp (key, "side-stack"))
    return &esc_opts.side_stack;
  return &esc_opts.var_buffer;
}

/* Apply one argument; on a bad one, say which and why with error() and
   return false.  Later occurrences of a key override earlier ones, as
   later options do on GCC's command line.  */
static bool
esc_parse_arg (const struct plugin_argument *arg, bool *want_help)
{
  const struct esc_arg_spec *spec = NULL;
  for (size_t i = 0; i < esc_arg_count; i++)
    if (!strcmp (arg->key, esc_arg_specs[i].key))
      spec = &esc_arg_specs[i];
  if (!spec)
    {
      error ("escape: unknown argument %<-fplugin-arg-escape-%s%>; "
	     "valid keys: %s", arg->key, esc_valid_keys ());
      return false;
    }

  const char *value = arg->value;
  if (!value && (spec->kind == ESC_ARG_BOOL || spec->kind == ESC_ARG_SIZE))
    {
      error ("escape: %<-fplugin-arg-escape-%s%> needs a value: %s", arg->key,
	     spec->kind == ESC_ARG_BOOL ? "yes or no"
	     : "a number of bytes (decimal digits)");
      return false;
    }
  switch (spec->kind)
    {
    case ESC_ARG_REPORT:
      if (!value)
	esc_opts.report_level = 1;
      else if (!strcmp (value, "1") || !strcmp (value, "2"))
	esc_opts.report_level = value[0] - '0';
      else
	{
	  /* Both spellings: escape.specs turns -fescape-report=LEVEL into
	     this argument, and cc1 cannot tell which the user wrote.  */
	  error ("escape: bad value %qs for the report level "
		 "(%<-fescape-report=LEVEL%> or "
		 "%<-fplugin-arg-escape-report=LEVEL%>): expected 1 or 2, or "
		 "no value", value);
	  return false;
	}
      return true;

    case ESC_ARG_BOOL:
      if (value && !strcmp (value, "yes"))
	esc_opts.transform = true;
      else if (value && !strcmp (value, "no"))
	esc_opts.transform = false;
      else
	{
	  error ("escape: bad value %qs for %<-fplugin-arg-escape-%s%>: "
		 "expected yes or no", value, arg->key);
	  return false;
	}
      return true;

    case ESC_ARG_SIZE:
      if (!esc_parse_size (value, esc_size_field (arg->key)))
	{
	  error ("escape: bad value %qs for %<-fplugin-arg-escape-%s%>: "
		 "expected a number of bytes (decimal digits), at most %lu",
		 value, arg->key, ESC_MAX_BYTES);
	  return false;
	}
      return true;

    case ESC_ARG_PATH:
      if (!esc_sarif_check_path (value))
	return false;
      esc_opts.report_file = value;
      return true;

    case ESC_ARG_HELP:
      if (value)
	{
	  error ("escape: %<-fplugin-arg-escape-help%> takes no value, "
		 "got %qs", value);
	  return false;
	}
      *want_help = true;
      return true;
    }
  gcc_unreachable ();
}

/* ---- The pass ----------------------------------------------------------- */

/* GCC 12 has no way for a plugin to add a timevar: the ids are an enum
   generated from timevar.def at GCC's build time.  TV_PLUGIN_RUN
   ("plugin execution" in -ftime-report) is the closest honest bucket.  */
static const pass_data escape_pass_data = {
  SIMPLE_IPA_PASS,
  "escape",		/* name: FILE.NNNi.escape2 under -fdump-ipa-all */
  OPTGROUP_NONE,
  TV_PLUGIN_RUN,
  0,			/* properties_required: per function, not here */
  0,			/* properties_provided */
  0,			/* properties_destroyed */
  0,			/* todo_flags_start */
  0			/* todo_flags_finish */
};

class escape_pass : public simple_ipa_opt_pass
{
public:
  escape_pass (gcc::context *ctxt)
    : simple_ipa_opt_pass (escape_pass_data, ctxt)
  {}

  /* Only once the IPA passes are done (global_info_ready is set just
     before the late IPA passes), and not after errors: the IL may be
     incomplete.  */
  bool gate (function *) final override
  {
    return symtab->global_info_ready && !seen_error ();
  }

  opt_pass *clone () final override
  {
    return new escape_pass (m_ctxt);
  }

  unsigned int execute (function *) final override
  {
    esc_analyze_unit ();
    return 0;
  }
};

/* Whole-program analysis in lto1 (WPA): among the regular IPA passes,
   after the linker's resolution made visibility final; the partitions'
   own passes then know what may run on a small stack (analyze.cc).  */
static const pass_data escape_wpa_pass_data = {
  IPA_PASS,		/* the regular IPA list holds no other kind */
  "escape-wpa",
  OPTGROUP_NONE,
  TV_PLUGIN_RUN,
  0, 0, 0, 0, 0
};

class escape_wpa_pass : public ipa_opt_pass_d
{
public:
  /* No summaries to generate, stream or apply: execute alone.  */
  escape_wpa_pass (gcc::context *ctxt)
    : ipa_opt_pass_d (escape_wpa_pass_data, ctxt, NULL, NULL, NULL, NULL,
		      NULL, NULL, 0, NULL, NULL)
  {}

  bool gate (function *) final override
  {
    return flag_wpa && !seen_error ();
  }

  unsigned int execute (function *) final override
  {
    esc_mark_whole_program ();
    return 0;
  }
};

static void
esc_note_stack_switches_cb (void *gcc_data, void *)
{
  esc_note_stack_switches ((tree) gcc_data);
  esc_note_registration_lookups ((tree) gcc_data);
}

/* ---- The attribute ------------------------------------------------------ */

/* __attribute__ ((escape_no_stack)) on a function: it may run on a small
   stack (a coroutine's, a signal handler's), so neither it nor anything
   it calls gets stack slots (analyze.cc).  */
static const struct attribute_spec escape_no_stack_attribute = {
  "escape_no_stack", 0, 0, true, false, false, false, NULL, NULL
};

/* The internal marks (bridge.h): known, so that a declaration that
   copies a marked function's attributes draws no warning.  */
static const struct attribute_spec stack_switch_attribute = {
  STACK_SWITCH, 0, 0, true, false, false, false, NULL, NULL
};
static const struct attribute_spec registrations_attribute = {
  REGISTRATIONS, 0, -1, true, false, false, false, NULL, NULL
};
static const struct attribute_spec main_run_once_attribute = {
  MAIN_RUN_ONCE, 0, 0, true, false, false, false, NULL, NULL
};
static const struct attribute_spec asm_names_main_attribute = {
  ASM_NAMES_MAIN, 0, 0, true, false, false, false, NULL, NULL
};
static const struct attribute_spec program_bound_names_attribute = {
  PROGRAM_BOUND_NAMES, 0, -1, true, false, false, false, NULL, NULL
};
static const struct attribute_spec binds_here_attribute = {
  BINDS_HERE, 0, 0, true, false, false, false, NULL, NULL
};
static const struct attribute_spec named_in_asm_attribute = {
  NAMED_IN_ASM, 0, 0, true, false, false, false, NULL, NULL
};
static const struct attribute_spec calls_read_attribute = {
  CALLS_READ, 0, 0, true, false, false, false, NULL, NULL
};

static void
esc_register_attributes (void *, void *)
{
  register_attribute (&escape_no_stack_attribute);
  register_attribute (&stack_switch_attribute);
  register_attribute (&registrations_attribute);
  register_attribute (&main_run_once_attribute);
  register_attribute (&asm_names_main_attribute);
  register_attribute (&program_bound_names_attribute);
  register_attribute (&binds_here_attribute);
  register_attribute (&named_in_asm_attribute);
  register_attribute (&calls_read_attribute);
}

static void
esc_sarif_finish (void *, void *)
{
  esc_sarif_end ();
}

/* ---- plugin_init -------------------------------------------------------- */

static struct plugin_info escape_plugin_info = {
  ESCAPE_VERSION,
  NULL			/* help: filled in from esc_arg_specs */
};

/* The front ends the plugin accepts.  cc1 calls itself "GNU C" followed
   by the standard in use ("GNU C17", "GNU C89", ...); lto1 is "GNU
   GIMPLE", where the pass's gate keeps the plugin idle.  Anything else
   (cc1plus is "GNU C++17", cc1obj, f951, ...) is refused.  */
static bool
esc_supported_front_end (const char *name)
{
  if (!strncmp (name, "GNU C", 5))
    return name[5] == '\0' || ISDIGIT (name[5]);
  return !strcmp (name, "GNU GIMPLE");
}

int
plugin_init (struct plugin_name_args *info, struct plugin_gcc_version *version)
{
  if (!plugin_default_version_check (&escape_built_for, version))
    {
      error ("escape: this plugin was built for GCC %s but is loaded into "
	     "GCC %s; rebuild it against this compiler%'s plugin headers",
	     escape_built_for.basever, version->basever);
      /* Same base version but another build (revision, configuration):
	 say which, since the numbers above then look equal.  */
      if (!strcmp (escape_built_for.basever, version->basever))
	inform (UNKNOWN_LOCATION, "escape: built for %s %s, configured %s",
		escape_built_for.datestamp, escape_built_for.devphase,
		escape_built_for.configuration_arguments);
      return 1;
    }

  if (!esc_supported_front_end (lang_hooks.name))
    {
      error ("escape: supports C only, not %s (remove %<-fplugin=%s%>, "
	     "or %<-fescape-report%> where a specs file gives it)",
	     lang_hooks.name, info->full_name);
      return 1;
    }

  /* Report every bad argument, not only the first.  */
  bool ok = true, want_help = false;
  for (int i = 0; i < info->argc; i++)
    ok &= esc_parse_arg (&info->argv[i], &want_help);
#ifndef __x86_64__
  if (ok && esc_opts.side_stack)
    {
      error ("escape: %<-fplugin-arg-escape-side-stack%> is implemented "
	     "for x86-64 GNU/Linux only");
      ok = false;
    }
#endif
  if (ok && esc_opts.alloca_budget && esc_opts.side_stack)
    {
      /* Two places for the same objects: say so rather than pick.  */
      error ("escape: %<-fplugin-arg-escape-alloca-budget%> and "
	     "%<-fplugin-arg-escape-side-stack%> both place the objects that "
	     "get no slot; give one");
      ok = false;
    }
  if (!ok)
    return 1;

  /* GCC's -fchecking: a broken invariant of the core is an internal
     error, not a quiet fall back to "escapes".  */
  esc_set_checking (flag_checking);

  escape_plugin_info.help = esc_help_text ();
  if (want_help)
    fputs (escape_plugin_info.help, stderr);

  register_callback (info->base_name, PLUGIN_INFO, NULL,
		     &escape_plugin_info);
  register_callback (info->base_name, PLUGIN_ATTRIBUTES,
		     esc_register_attributes, NULL);

  /* Inline asm that switches stacks, and lookups of registrations, seen
     in each body as parsed.  */
  register_callback (info->base_name, PLUGIN_FINISH_PARSE_FUNCTION,
		     esc_note_stack_switches_cb, NULL);

  /* The report file is written when cc1 is done.  */
  esc_sarif_begin (esc_opts.report_file, info->argc, info->argv);
  if (esc_opts.report_file)
    register_callback (info->base_name, PLUGIN_FINISH, esc_sarif_finish,
		       NULL);

  /* First of the late IPA passes, before IPA points-to: every -O level
     gets here, after inlining, with every body in SSA; cc1 runs them
     unless it only streams LTO bytecode, and lto1 runs them for each
     partition at link time.  The per-function optimizations (SRA, FRE,
     DSE, ...) come after, and clean up the slots.  */
  struct register_pass_info pass_info;
  pass_info.pass = new escape_pass (g);
  pass_info.reference_pass_name = "pta";
  /* passes.def has two: one in OpenACC's kernels pipeline among the small
     IPA passes, then IPA PTA.  Instance numbers past the first cannot be
     named once the dump files are registered, so the pass goes before
     both, and the gate keeps the early copy idle.  */
  pass_info.ref_pass_instance_number = 0;
  pass_info.pos_op = PASS_POS_INSERT_BEFORE;
  register_callback (info->base_name, PLUGIN_PASS_MANAGER_SETUP, NULL,
		     &pass_info);
  struct register_pass_info wpa_info;
  wpa_info.pass = new escape_wpa_pass (g);
  wpa_info.reference_pass_name = "whole-program";
  wpa_info.ref_pass_instance_number = 1;
  wpa_info.pos_op = PASS_POS_INSERT_AFTER;
  register_callback (info->base_name, PLUGIN_PASS_MANAGER_SETUP, NULL,
		     &wpa_info);
  /* The budget checked where GCC makes sibling calls (sibcall.cc).  */
  struct register_pass_info hide_info, check_info;
  hide_info.pass = make_tail_hide_pass (g);
  check_info.pass = make_tail_check_pass (g);
  hide_info.reference_pass_name = check_info.reference_pass_name = "tailc";
  hide_info.ref_pass_instance_number = check_info.ref_pass_instance_number
    = 1;
  hide_info.pos_op = PASS_POS_INSERT_BEFORE;
  check_info.pos_op = PASS_POS_INSERT_AFTER;
  /* Then the fast paths (fastpath.cc), once the check is done with the
     calls: each pass inserted after the tail-call pass goes just after
     it, so this one is registered first.  */
  struct register_pass_info fast_info = check_info;
  fast_info.pass = make_fast_path_pass (g);
  register_callback (info->base_name, PLUGIN_PASS_MANAGER_SETUP, NULL,
		     &hide_info);
  register_callback (info->base_name, PLUGIN_PASS_MANAGER_SETUP, NULL,
		     &fast_info);
  register_callback (info->base_name, PLUGIN_PASS_MANAGER_SETUP, NULL,
		     &check_info);
  return 0;
}
