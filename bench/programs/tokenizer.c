/* tokenizer.c -- a lexer that mallocs every token, and the recursive-
   descent parser that consumes and frees them.

   A parser for an INI/TOML-like configuration language (sections, keys,
   strings with escapes, integers, booleans, flat lists).  As in many
   hand-written front ends, the lexer returns each token as a malloc'd
   struct whose text is a malloc'd copy of the lexeme; the parser holds
   the current token in its state, frees it when it advances, and copies
   what it keeps into its own tables.  Every token dies within a few
   parser steps: no token outlives parse_config.

   Output: one line, "tokenizer <keys> <checksum>".  */
/* bench-kind: local */
/* bench-args: 2000 */

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum tok_kind
{
  T_EOF, T_NEWLINE, T_LBRACKET, T_RBRACKET, T_EQUALS, T_COMMA, T_DOT,
  T_IDENT, T_STRING, T_INT, T_TRUE, T_FALSE, T_ERROR
};

struct token
{
  enum tok_kind kind;
  char *text;			/* the lexeme; for strings, unescaped */
  size_t len;
  long value;			/* T_INT */
  int line;
};

struct lexer
{
  const char *src;
  size_t pos;
  int line;
};

static struct token *
make_token (enum tok_kind kind, const char *text, size_t len, int line)
{
  struct token *t = malloc (sizeof *t);
  if (t == NULL)
    return NULL;
  t->text = malloc (len + 1);
  if (t->text == NULL)
    {
      free (t);
      return NULL;
    }
  memcpy (t->text, text, len);
  t->text[len] = '\0';
  t->len = len;
  t->kind = kind;
  t->value = 0;
  t->line = line;
  return t;
}

static void
token_free (struct token *t)
{
  if (t)
    {
      free (t->text);
      free (t);
    }
}

static struct token *
lex_string (struct lexer *lx)
{
  const char *s = lx->src;
  size_t start = ++lx->pos;	/* after the quote */
  size_t n = 0;
  while (s[lx->pos] != '"')
    {
      if (s[lx->pos] == '\0' || s[lx->pos] == '\n')
	return make_token (T_ERROR, "unterminated string", 19, lx->line);
      if (s[lx->pos] == '\\' && s[lx->pos + 1] != '\0')
	lx->pos++;
      lx->pos++;
      n++;
    }
  /* unescape into a temporary buffer of the raw length */
  char *buf = malloc (lx->pos - start + 1);
  if (buf == NULL)
    return NULL;
  size_t o = 0;
  for (size_t i = start; i < lx->pos; i++)
    {
      char c = s[i];
      if (c == '\\')
	{
	  c = s[++i];
	  c = c == 'n' ? '\n' : c == 't' ? '\t' : c;
	}
      buf[o++] = c;
    }
  lx->pos++;			/* closing quote */
  struct token *t = make_token (T_STRING, buf, o, lx->line);
  free (buf);
  (void) n;
  return t;
}

static struct token *
lex_next (struct lexer *lx)
{
  const char *s = lx->src;
  for (;;)
    {
      while (s[lx->pos] == ' ' || s[lx->pos] == '\t' || s[lx->pos] == '\r')
	lx->pos++;
      if (s[lx->pos] == '#')
	{
	  while (s[lx->pos] != '\n' && s[lx->pos] != '\0')
	    lx->pos++;
	  continue;
	}
      break;
    }

  size_t start = lx->pos;
  char c = s[start];
  switch (c)
    {
    case '\0':
      return make_token (T_EOF, "", 0, lx->line);
    case '\n':
      lx->pos++;
      return make_token (T_NEWLINE, "\n", 1, lx->line++);
    case '[':
      lx->pos++;
      return make_token (T_LBRACKET, "[", 1, lx->line);
    case ']':
      lx->pos++;
      return make_token (T_RBRACKET, "]", 1, lx->line);
    case '=':
      lx->pos++;
      return make_token (T_EQUALS, "=", 1, lx->line);
    case ',':
      lx->pos++;
      return make_token (T_COMMA, ",", 1, lx->line);
    case '.':
      lx->pos++;
      return make_token (T_DOT, ".", 1, lx->line);
    case '"':
      return lex_string (lx);
    }

  if (isdigit ((unsigned char) c) || c == '-')
    {
      lx->pos++;
      while (isdigit ((unsigned char) s[lx->pos]))
	lx->pos++;
      struct token *t = make_token (T_INT, s + start, lx->pos - start,
				    lx->line);
      if (t)
	t->value = strtol (t->text, NULL, 10);
      return t;
    }
  if (isalpha ((unsigned char) c) || c == '_')
    {
      while (isalnum ((unsigned char) s[lx->pos]) || s[lx->pos] == '_'
	     || s[lx->pos] == '-')
	lx->pos++;
      size_t len = lx->pos - start;
      enum tok_kind k = T_IDENT;
      if (len == 4 && memcmp (s + start, "true", 4) == 0)
	k = T_TRUE;
      else if (len == 5 && memcmp (s + start, "false", 5) == 0)
	k = T_FALSE;
      return make_token (k, s + start, len, lx->line);
    }
  lx->pos++;
  return make_token (T_ERROR, s + start, 1, lx->line);
}

/* ---- parser ---- */

struct parser
{
  struct lexer lx;
  struct token *cur;
  char section[128];
  unsigned long keys, hash, ints, errors;
};

static unsigned long
mix (unsigned long h, const char *s, size_t n)
{
  for (size_t i = 0; i < n; i++)
    h = (h ^ (unsigned char) s[i]) * 0x100000001b3UL;
  return h;
}

static int
advance (struct parser *p)
{
  token_free (p->cur);
  p->cur = lex_next (&p->lx);
  return p->cur != NULL;
}

static int
expect (struct parser *p, enum tok_kind k)
{
  if (p->cur->kind != k)
    {
      p->errors++;
      return 0;
    }
  return advance (p);
}

/* Skips to the end of the line after an error.  */
static int
recover (struct parser *p)
{
  while (p->cur->kind != T_NEWLINE && p->cur->kind != T_EOF)
    if (!advance (p))
      return 0;
  return 1;
}

/* [a.b.c] */
static int
parse_section (struct parser *p)
{
  if (!advance (p))
    return 0;
  size_t len = 0;
  for (;;)
    {
      if (p->cur->kind != T_IDENT)
	{
	  p->errors++;
	  return recover (p);
	}
      if (len + p->cur->len + 2 < sizeof p->section)
	{
	  memcpy (p->section + len, p->cur->text, p->cur->len);
	  len += p->cur->len;
	  p->section[len] = '\0';
	}
      if (!advance (p))
	return 0;
      if (p->cur->kind != T_DOT)
	break;
      p->section[len++] = '.';
      p->section[len] = '\0';
      if (!advance (p))
	return 0;
    }
  return expect (p, T_RBRACKET);
}

static int
parse_value (struct parser *p, unsigned long *h)
{
  struct token *t = p->cur;
  switch (t->kind)
    {
    case T_INT:
      p->ints += (unsigned long) t->value;
      *h = *h * 31 + (unsigned long) t->value;
      return advance (p);
    case T_STRING:
      *h = mix (*h, t->text, t->len);
      return advance (p);
    case T_TRUE:
    case T_FALSE:
      *h = *h * 31 + (t->kind == T_TRUE);
      return advance (p);
    case T_LBRACKET:
      if (!advance (p))
	return 0;
      while (p->cur->kind != T_RBRACKET)
	{
	  if (!parse_value (p, h))
	    return 0;
	  if (p->cur->kind == T_COMMA)
	    {
	      if (!advance (p))
		return 0;
	    }
	  else if (p->cur->kind != T_RBRACKET)
	    {
	      p->errors++;
	      return 1;
	    }
	}
      return advance (p);
    default:
      p->errors++;
      return 1;
    }
}

/* key = value */
static int
parse_pair (struct parser *p)
{
  unsigned long h = mix (mix (14695981039346656037UL, p->section,
			      strlen (p->section)),
			 p->cur->text, p->cur->len);
  if (!advance (p))
    return 0;
  if (!expect (p, T_EQUALS))
    return recover (p);
  if (!parse_value (p, &h))
    return 0;
  p->keys++;
  p->hash ^= h;
  return 1;
}

static int
parse_config (const char *src, unsigned long *keys, unsigned long *check)
{
  struct parser p;
  memset (&p, 0, sizeof p);
  p.lx.src = src;
  p.lx.line = 1;
  p.cur = lex_next (&p.lx);
  if (p.cur == NULL)
    return -1;

  int ok = 1;
  while (ok && p.cur->kind != T_EOF)
    {
      switch (p.cur->kind)
	{
	case T_NEWLINE:
	  ok = advance (&p);
	  break;
	case T_LBRACKET:
	  ok = parse_section (&p);
	  break;
	case T_IDENT:
	  ok = parse_pair (&p);
	  break;
	default:
	  p.errors++;
	  ok = recover (&p) && advance (&p);
	  break;
	}
    }
  token_free (p.cur);
  if (!ok)
    return -1;
  *keys += p.keys;
  *check = *check * 1000003 + (p.hash ^ p.ints * 7 ^ p.errors * 13);
  return 0;
}

/* ---- input ---- */

static unsigned rstate = 12345;

static unsigned
rnd (unsigned n)
{
  rstate = rstate * 1103515245u + 12345u;
  return (rstate >> 16) % n;
}

static const char *const words[] = {
  "server", "port", "host", "timeout", "retries", "log_level", "path",
  "user", "max-connections", "enable_tls", "cache", "ttl", "workers",
  "name", "description", "backend", "weight", "region", "zone", "id"
};

static char *
make_config (size_t size)
{
  char *buf = malloc (size + 512);
  if (buf == NULL)
    return NULL;
  size_t n = 0;
  while (n < size)
    {
      /* draw the random numbers in a fixed order: the order in which
	 function arguments are evaluated is unspecified */
      unsigned kind = rnd (16), v = rnd (5);
      const char *w1 = words[rnd (20)], *w2 = words[rnd (20)];
      unsigned a = rnd (100000), b = rnd (1000), c = rnd (10);
      if (kind == 0)
	n += (size_t) sprintf (buf + n, "\n[%s.%s]\n", w1, w2);
      else if (kind == 1)
	n += (size_t) sprintf (buf + n, "# comment about %s\n", w1);
      else
	{
	  n += (size_t) sprintf (buf + n, "%s = ", w1);
	  switch (v)
	    {
	    case 0:
	      n += (size_t) sprintf (buf + n, "%u\n", a);
	      break;
	    case 1:
	      n += (size_t) sprintf (buf + n, "\"%s-%s\\t%u\"\n", w1, w2, b);
	      break;
	    case 2:
	      n += (size_t) sprintf (buf + n, "%s\n", c & 1 ? "true" : "false");
	      break;
	    case 3:
	      n += (size_t) sprintf (buf + n, "[%u, %u, %u]\n", a % 100, b, c);
	      break;
	    default:
	      n += (size_t) sprintf (buf + n, "[\"%s\", \"%s\"]\n", w2, w1);
	      break;
	    }
	}
    }
  buf[n] = '\0';
  return buf;
}

int
main (int argc, char **argv)
{
  long iters = argc > 1 ? atol (argv[1]) : 2000;
  char *cfg = make_config (16384);
  if (cfg == NULL)
    return 1;
  unsigned long keys = 0, check = 0;
  for (long i = 0; i < iters; i++)
    if (parse_config (cfg, &keys, &check) < 0)
      {
	fprintf (stderr, "tokenizer: out of memory\n");
	free (cfg);
	return 1;
      }
  free (cfg);
  printf ("tokenizer %lu %016lx\n", keys, check);
  return 0;
}
