/* sarif.h -- the report file: one SARIF 2.1.0 log per compile
   (-fplugin-arg-escape-report-file=PATH).

   The report code (report.cc) hands every decision it reports, with its
   location, rule id, text and flow, to esc_sarif_result; sarif.cc keeps
   them in memory and writes the log when cc1 finishes (PLUGIN_FINISH),
   to a temporary file in the target directory that is then renamed, so
   a reader never sees half a file.  The rules are the core's (words.c):
   one stable id per verdict and reason, with its description.  The
   writer knows nothing of the analysis.  Include gcc-includes.h before
   this file.  */

#ifndef ESCAPE_SARIF_H
#define ESCAPE_SARIF_H

/* ---- The writer (sarif.cc) ---------------------------------------------- */

/* Check the value of report-file while the arguments are parsed: on a
   bad placeholder or an empty path, say so with error () and return
   false.  */
bool esc_sarif_check_path (const char *path);

/* plugin_init, after the arguments are parsed and checked: PATH is the
   report-file argument (NULL: no report file, every call below does
   nothing); ARGV the plugin's arguments, recorded in the log.  */
void esc_sarif_begin (const char *path, int argc,
		      const struct plugin_argument *argv);

/* The pass calls this once per unit, before it reports anything: only a
   unit the pass ran on gets a log (not -E, -fsyntax-only, a compile that
   only streams LTO bytecode, or one that stopped on errors before the
   pass; under -flto, lto1 writes one at link time).  */
void esc_sarif_unit (void);

/* Whether results are being collected.  */
bool esc_sarif_active (void);

/* One step of a flow (report=2's "flow:" notes), at the statement that
   makes it.  */
struct esc_sarif_step
{
  location_t loc;
  const char *message;		/* "flow: DST = SRC", as the note says it */
};

/* One decision.  RULE_ID is one of the core's (esc_rule_description): "escape.VERDICT" or
   "escape.VERDICT.REASON", VERDICT being moved, local, escapes, heap or
   param.  MESSAGE is the note's text.  FUNCTION names the function the
   site is in (after early inlining, the caller holding the copy), or is
   NULL.  BYTES is the stack bytes a moved site takes (-1: none).  FLOW
   lists the NSTEPS steps that make the object escape (NULL, 0: none);
   they become the result's codeFlow.  Everything is copied.  */
void esc_sarif_result (location_t loc, const char *rule_id,
		       const char *message, const char *function,
		       long long bytes, const struct esc_sarif_step *flow,
		       int nsteps);

/* PLUGIN_FINISH: write the log if the pass ran.  On failure, error ()
   names the file and why, and the compile fails.  */
void esc_sarif_end (void);

#endif /* ESCAPE_SARIF_H */
