/* expr-eval.c -- an expression evaluator with malloc'd work arrays.

   A spreadsheet-style formula engine: each formula (integer arithmetic
   over the variables a-z, + - * / %, unary minus, parentheses) is
   tokenized into a malloc'd token array sized from strlen, converted to
   reverse Polish notation with the shunting-yard algorithm (a malloc'd
   output array and operator stack), and run on a malloc'd value stack.
   All four arrays are released at one cleanup label that every error
   (bad character, unbalanced parentheses, division by zero) jumps to --
   the usual C idiom.  Their sizes are run-time values: a token is 16
   bytes and a formula a few dozen characters, so most arrays are a few
   hundred bytes.  Nothing outlives eval_formula.

   Output: one line, "expr-eval <ok> <errors> <checksum>".  */
/* bench-kind: local */
/* bench-args: 12000 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum kind { K_NUM, K_VAR, K_OP, K_NEG, K_LPAREN, K_RPAREN };

struct tok
{
  enum kind kind;
  int op;			/* operator character, or variable index */
  unsigned long val;		/* K_NUM */
};

enum { E_OK = 0, E_SYNTAX = -1, E_DIV0 = -2, E_NOMEM = -3 };

static int
prec (int op)
{
  switch (op)
    {
    case '+': case '-': return 1;
    case '*': case '/': case '%': return 2;
    default: return 3;		/* unary minus */
    }
}

static size_t
lex (const char *s, struct tok *out)
{
  size_t n = 0;
  int prev_operand = 0;		/* did the last token end an operand? */
  while (*s)
    {
      char c = *s;
      if (c == ' ')
	{
	  s++;
	  continue;
	}
      if (c >= '0' && c <= '9')
	{
	  unsigned long v = 0;
	  while (*s >= '0' && *s <= '9')
	    v = v * 10 + (unsigned long) (*s++ - '0');
	  out[n].kind = K_NUM;
	  out[n].op = 0;
	  out[n].val = v;
	  n++;
	  prev_operand = 1;
	  continue;
	}
      if (c >= 'a' && c <= 'z')
	{
	  out[n].kind = K_VAR;
	  out[n].op = c - 'a';
	  out[n].val = 0;
	  prev_operand = 1;
	}
      else if (c == '(' || c == ')')
	{
	  out[n].kind = c == '(' ? K_LPAREN : K_RPAREN;
	  out[n].op = c;
	  out[n].val = 0;
	  prev_operand = c == ')';
	}
      else if (strchr ("+-*/%", c))
	{
	  out[n].kind = c == '-' && !prev_operand ? K_NEG : K_OP;
	  out[n].op = c;
	  out[n].val = 0;
	  prev_operand = 0;
	}
      else
	return (size_t) -1;
      n++;
      s++;
    }
  return n;
}

static int
eval_formula (const char *src, const unsigned long *vars,
	      unsigned long *result)
{
  int err = E_OK;
  size_t len = strlen (src);
  struct tok *toks = NULL, *rpn = NULL;
  struct tok *ops = NULL;
  unsigned long *stack = NULL;

  toks = malloc ((len + 1) * sizeof *toks);
  if (toks == NULL)
    return E_NOMEM;
  size_t ntoks = lex (src, toks);
  if (ntoks == (size_t) -1 || ntoks == 0)
    {
      free (toks);
      return E_SYNTAX;
    }

  rpn = malloc (ntoks * sizeof *rpn);
  ops = malloc (ntoks * sizeof *ops);
  if (rpn == NULL || ops == NULL)
    {
      err = E_NOMEM;
      goto out;
    }

  /* shunting-yard */
  size_t nrpn = 0, nops = 0;
  for (size_t i = 0; i < ntoks; i++)
    {
      struct tok t = toks[i];
      switch (t.kind)
	{
	case K_NUM:
	case K_VAR:
	  rpn[nrpn++] = t;
	  break;
	case K_NEG:
	case K_LPAREN:
	  ops[nops++] = t;
	  break;
	case K_OP:
	  while (nops > 0 && ops[nops - 1].kind != K_LPAREN
		 && prec (ops[nops - 1].kind == K_NEG ? 'n' : ops[nops - 1].op)
		    >= prec (t.op))
	    rpn[nrpn++] = ops[--nops];
	  ops[nops++] = t;
	  break;
	case K_RPAREN:
	  while (nops > 0 && ops[nops - 1].kind != K_LPAREN)
	    rpn[nrpn++] = ops[--nops];
	  if (nops == 0)
	    {
	      err = E_SYNTAX;
	      goto out;
	    }
	  nops--;
	  break;
	}
    }
  while (nops > 0)
    {
      if (ops[nops - 1].kind == K_LPAREN)
	{
	  err = E_SYNTAX;
	  goto out;
	}
      rpn[nrpn++] = ops[--nops];
    }

  /* evaluation */
  stack = malloc (nrpn * sizeof *stack);
  if (stack == NULL)
    {
      err = E_NOMEM;
      goto out;
    }
  size_t sp = 0;
  for (size_t i = 0; i < nrpn; i++)
    {
      struct tok t = rpn[i];
      if (t.kind == K_NUM)
	stack[sp++] = t.val;
      else if (t.kind == K_VAR)
	stack[sp++] = vars[t.op];
      else if (t.kind == K_NEG)
	{
	  if (sp < 1)
	    {
	      err = E_SYNTAX;
	      goto out;
	    }
	  stack[sp - 1] = -stack[sp - 1];
	}
      else
	{
	  if (sp < 2)
	    {
	      err = E_SYNTAX;
	      goto out;
	    }
	  unsigned long b = stack[--sp], a = stack[sp - 1], r;
	  switch (t.op)
	    {
	    case '+': r = a + b; break;
	    case '-': r = a - b; break;
	    case '*': r = a * b; break;
	    default:
	      if (b == 0)
		{
		  err = E_DIV0;
		  goto out;
		}
	      r = t.op == '/' ? a / b : a % b;
	      break;
	    }
	  stack[sp - 1] = r;
	}
    }
  if (sp != 1)
    err = E_SYNTAX;
  else
    *result = stack[0];

out:
  free (stack);
  free (ops);
  free (rpn);
  free (toks);
  return err;
}

/* ---- formulas ---- */

#define NFORMULAS 256

static char *formulas[NFORMULAS];
static unsigned seed = 42;

static unsigned
rnd (unsigned n)
{
  seed = seed * 1103515245u + 12345u;
  return (seed >> 16) % n;
}

/* Appends a random expression of about DEPTH levels to BUF at *N.  */
static void
gen_expr (char *buf, size_t *n, int depth)
{
  unsigned r = rnd (10);
  if (depth <= 0 || r < 3)
    {
      if (rnd (2))
	buf[(*n)++] = (char) ('a' + rnd (26));
      else
	*n += (size_t) sprintf (buf + *n, "%u", rnd (1000));
      return;
    }
  if (r == 3)
    {
      buf[(*n)++] = '-';
      gen_expr (buf, n, depth - 1);
      return;
    }
  int paren = r < 6;
  if (paren)
    buf[(*n)++] = '(';
  gen_expr (buf, n, depth - 1);
  buf[(*n)++] = ' ';
  buf[(*n)++] = "+-*/%+-*"[rnd (8)];
  buf[(*n)++] = ' ';
  gen_expr (buf, n, depth - 1);
  if (paren)
    buf[(*n)++] = ')';
}

static int
make_formulas (void)
{
  for (int i = 0; i < NFORMULAS; i++)
    {
      char tmp[4096];
      size_t n = 0;
      /* mostly short formulas, now and then a long one */
      gen_expr (tmp, &n, rnd (16) == 0 ? 7 : 1 + (int) rnd (4));
      /* a few are broken, as typed by users */
      if (rnd (40) == 0)
	tmp[n++] = '(';
      if (rnd (40) == 0)
	tmp[n++] = '$';
      tmp[n] = '\0';
      formulas[i] = malloc (n + 1);
      if (formulas[i] == NULL)
	return -1;
      memcpy (formulas[i], tmp, n + 1);
    }
  return 0;
}

int
main (int argc, char **argv)
{
  long rounds = argc > 1 ? atol (argv[1]) : 12000;
  unsigned long vars[26], sum = 0, ok = 0, errors = 0;

  if (make_formulas () < 0)
    return 1;
  for (int v = 0; v < 26; v++)
    vars[v] = (unsigned long) v * 7 + 1;

  for (long r = 0; r < rounds; r++)
    {
      for (int i = 0; i < NFORMULAS; i++)
	{
	  unsigned long x = 0;
	  int e = eval_formula (formulas[i], vars, &x);
	  if (e == E_NOMEM)
	    return 1;
	  if (e == E_OK)
	    {
	      ok++;
	      sum = sum * 31 + x;
	    }
	  else
	    errors++;
	}
      /* the next round's inputs depend on this round's results */
      vars[r % 26] = sum % 10007 + 1;
    }
  for (int i = 0; i < NFORMULAS; i++)
    free (formulas[i]);
  printf ("expr-eval %lu %lu %016lx\n", ok, errors, sum);
  return 0;
}
