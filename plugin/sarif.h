/* sarif.h -- the report file: one SARIF 2.1.0 log per compile
   (-fplugin-arg-escape-report-file=PATH).

   The report code (report.cc) hands every decision it reports, with its
   location, rule id, text and flow, to esc_sarif_result; sarif.cc keeps
   them in memory and writes the log when cc1 finishes (PLUGIN_FINISH),
   to a temporary file in the target directory that is then renamed, so
   a reader never sees half a file.  sarif-rules.cc names the rules: one
   stable id per verdict and reason.  The writer knows nothing of the
   analysis; the rules know nothing of JSON.  Include gcc-includes.h
   before this file.  */

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
   unit the pass ran on gets a log (not -E, -fsyntax-only, lto1, or a
   compile that stopped on errors before the pass).  */
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

/* One decision.  RULE_ID is one of sarif-rules.cc's: "escape.VERDICT" or
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

/* ---- The rules (sarif-rules.cc) ----------------------------------------- */

struct esc_sarif_rule
{
  const char *id;		/* "escape.escapes.returned" */
  const char *text;		/* one line, the same for every result */
};

/* Every rule the plugin can report, for the log's rule list (the ones
   it used) and the documentation.  */
extern const struct esc_sarif_rule esc_sarif_rules[];
extern const int esc_sarif_nrules;

/* The rule of site I's note (report.cc's site_note, case by case).  */
struct esc_fn;
struct esc_decisions;
const char *esc_sarif_site_rule (struct esc_fn *f,
				 const struct esc_decisions *d, int i,
				 bool rewritten);

/* Parameter notes' rules, one per note kind of report_param.  */
#define ESC_RULE_PARAM_LEAKING		"escape.param.leaking"
#define ESC_RULE_PARAM_LEAKING_CONTENT	"escape.param.leaking-content"
#define ESC_RULE_PARAM_TO_RESULT	"escape.param.to-result"
#define ESC_RULE_PARAM_INTO		"escape.param.into"
#define ESC_RULE_PARAM_FREES		"escape.param.frees"
#define ESC_RULE_PARAM_NO_ESCAPE	"escape.param.no-escape"

#endif /* ESCAPE_SARIF_H */
