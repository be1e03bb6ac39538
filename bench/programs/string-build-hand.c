/* string-build-hand.c -- string-build.c with its strings on the stack.

   Same algorithm and output.  The key uses a 256-byte local buffer when
   it fits and malloc otherwise; the string builder starts in a 256-byte
   buffer of its caller's frame and moves to the heap only when a line
   outgrows it; the date stamp is a local array.  The limit the escape
   plugin could reach.

   Original description:

   A request-log aggregator: for each synthetic HTTP request it builds
   (1) a canonical cache key, sized exactly with strlen and malloc
   (len + 1) and filled with memcpy, and (2) a formatted log line in a
   growable string builder (malloc'd 64-byte start, doubled by realloc),
   and (3) a fixed 128-byte buffer for a snprintf'd date stamp.  Each
   string is hashed into a counter table and freed before the next
   request.  Key and line are the kind of short, run-time-sized strings
   real servers, loggers and config tools build millions of times: almost
   always under 256 bytes, occasionally longer.

   Output: one line, "string-build <requests> <distinct> <checksum>".  */
/* bench-kind: local */
/* bench-args: 200000 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const methods[] = { "GET", "POST", "PUT", "DELETE", "HEAD" };
static const char *const hosts[] = {
  "example.org", "api.example.org", "static.cdn.example.net",
  "intranet.local", "a.very.long.subdomain.name.of.some.service.example.com"
};
static const char *const dirs[] = {
  "", "/index.html", "/api/v1/users", "/api/v1/orders", "/static/js",
  "/static/css/site", "/images/2023/summer/holiday", "/search",
  "/download/releases/linux/x86_64/stable/latest"
};
static const char *const agents[] = {
  "curl/8.4.0", "Wget/1.21.3",
  "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0",
  ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
   "(KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0"),
  "python-requests/2.31.0", "Go-http-client/1.1", "-", "-"
};
static const char *const params[] = {
  "id", "page", "q", "sort", "lang", "session", "utm_source", "limit"
};

struct sbuf
{
  char *data;
  size_t len, cap;
  char *initial;		/* the caller's buffer, not to be freed */
};

static int
sb_init (struct sbuf *sb, char *buf, size_t size)
{
  sb->cap = size;
  sb->len = 0;
  sb->data = buf;
  sb->initial = buf;
  sb->data[0] = '\0';
  return 0;
}

static int
sb_append (struct sbuf *sb, const char *s, size_t n)
{
  if (sb->len + n + 1 > sb->cap)
    {
      size_t cap = sb->cap;
      while (sb->len + n + 1 > cap)
	cap *= 2;
      char *d;
      if (sb->data == sb->initial)
	{
	  d = malloc (cap);
	  if (d)
	    memcpy (d, sb->data, sb->len + 1);
	}
      else
	d = realloc (sb->data, cap);
      if (!d)
	return -1;
      sb->data = d;
      sb->cap = cap;
    }
  memcpy (sb->data + sb->len, s, n);
  sb->len += n;
  sb->data[sb->len] = '\0';
  return 0;
}

static int
sb_puts (struct sbuf *sb, const char *s)
{
  return sb_append (sb, s, strlen (s));
}

static int
sb_putu (struct sbuf *sb, unsigned long v)
{
  char tmp[24];
  int n = snprintf (tmp, sizeof tmp, "%lu", v);
  return sb_append (sb, tmp, (size_t) n);
}

static void
sb_free (struct sbuf *sb)
{
  if (sb->data != sb->initial)
    free (sb->data);
  sb->data = NULL;
}

static unsigned long
fnv1a (const char *s, size_t n)
{
  unsigned long h = 14695981039346656037UL;
  for (size_t i = 0; i < n; i++)
    h = (h ^ (unsigned char) s[i]) * 1099511628211UL;
  return h;
}

#define TABLE_BITS 12
static unsigned long table_key[1 << TABLE_BITS];
static unsigned long table_count[1 << TABLE_BITS];
static unsigned long distinct;

static void
count_hash (unsigned long h)
{
  unsigned long i = h & ((1 << TABLE_BITS) - 1);
  for (;;)
    {
      if (table_count[i] == 0)
	{
	  if (distinct >= (1 << TABLE_BITS) - 1)
	    return;		/* full: drop it */
	  table_key[i] = h;
	  table_count[i] = 1;
	  distinct++;
	  return;
	}
      if (table_key[i] == h)
	{
	  table_count[i]++;
	  return;
	}
      i = (i + 1) & ((1 << TABLE_BITS) - 1);
    }
}

struct request
{
  const char *method;
  const char *host;
  const char *path;
  unsigned pid[3];		/* parameter names (index), ~0u when absent */
  unsigned long pval[3];
  unsigned status;
  unsigned long bytes;
  unsigned long time;
  const char *agent;
};

/* host + path + sorted query: the cache key.  */
static unsigned long
canonical_key (const struct request *rq)
{
  size_t len = strlen (rq->host) + strlen (rq->path) + 1;
  char num[3][24];
  for (int i = 0; i < 3; i++)
    if (rq->pid[i] != ~0u)
      {
	snprintf (num[i], sizeof num[i], "%lu", rq->pval[i]);
	len += strlen (params[rq->pid[i]]) + strlen (num[i]) + 2;
      }
  char small[256];
  char *key = len + 1 <= sizeof small ? small : malloc (len + 1);
  if (!key)
    return 0;
  char *p = key;
  size_t n = strlen (rq->host);
  memcpy (p, rq->host, n);
  p += n;
  n = strlen (rq->path);
  memcpy (p, rq->path, n);
  p += n;
  *p++ = '?';
  for (int i = 0; i < 3; i++)
    if (rq->pid[i] != ~0u)
      {
	const char *name = params[rq->pid[i]];
	n = strlen (name);
	memcpy (p, name, n);
	p += n;
	*p++ = '=';
	n = strlen (num[i]);
	memcpy (p, num[i], n);
	p += n;
	*p++ = '&';
      }
  *p = '\0';
  unsigned long h = fnv1a (key, (size_t) (p - key));
  if (key != small)
    free (key);
  return h;
}

/* A common-log-format line for the request.  */
static unsigned long
log_line (const struct request *rq)
{
  struct sbuf sb;
  char sb_buf[256];
  if (sb_init (&sb, sb_buf, sizeof sb_buf) < 0)
    return 0;
  char stamp[128];
  unsigned long t = rq->time;
  snprintf (stamp, 128, "[%02lu/Jan/2024:%02lu:%02lu:%02lu +0000]",
	    1 + t / 86400 % 28, t / 3600 % 24, t / 60 % 60, t % 60);
  int err = 0;
  err |= sb_puts (&sb, "10.0.0.1 - - ");
  err |= sb_puts (&sb, stamp);
  err |= sb_puts (&sb, " \"");
  err |= sb_puts (&sb, rq->method);
  err |= sb_puts (&sb, " https://");
  err |= sb_puts (&sb, rq->host);
  err |= sb_puts (&sb, rq->path);
  for (int i = 0; i < 3; i++)
    if (rq->pid[i] != ~0u)
      {
	err |= sb_puts (&sb, i == 0 ? "?" : "&");
	err |= sb_puts (&sb, params[rq->pid[i]]);
	err |= sb_puts (&sb, "=");
	err |= sb_putu (&sb, rq->pval[i]);
      }
  err |= sb_puts (&sb, " HTTP/1.1\" ");
  err |= sb_putu (&sb, rq->status);
  err |= sb_puts (&sb, " ");
  err |= sb_putu (&sb, rq->bytes);
  err |= sb_puts (&sb, " \"-\" \"");
  err |= sb_puts (&sb, rq->agent);
  err |= sb_puts (&sb, "\"");
  if (err)
    {
      sb_free (&sb);
      return 0;
    }
  unsigned long h = fnv1a (sb.data, sb.len) ^ sb.len;
  sb_free (&sb);
  return h;
}

static unsigned long long rng = 0x9E3779B97F4A7C15ULL;

static unsigned
rnd (unsigned n)
{
  rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
  return (unsigned) ((rng >> 33) % n);
}

int
main (int argc, char **argv)
{
  long n = argc > 1 ? atol (argv[1]) : 200000;
  unsigned long check = 0;

  for (long i = 0; i < n; i++)
    {
      struct request rq;
      rq.method = methods[rnd (5)];
      rq.host = hosts[rnd (5)];
      rq.path = dirs[rnd (9)];
      unsigned np = rnd (4);
      for (unsigned k = 0; k < 3; k++)
	{
	  rq.pid[k] = k < np ? rnd (8) : ~0u;
	  /* mostly short numbers, sometimes a long token */
	  rq.pval[k] = rnd (16) == 0 ? 1000000000000UL + rnd (1000000) : rnd (100);
	}
      rq.status = rnd (10) == 0 ? 404 : 200;
      rq.bytes = rnd (100000);
      rq.time = 1700000000UL + (unsigned long) i * 7;
      rq.agent = agents[rnd (8)];

      unsigned long k = canonical_key (&rq);
      count_hash (k);
      check += k ^ log_line (&rq);
    }

  unsigned long max = 0;
  for (int i = 0; i < 1 << TABLE_BITS; i++)
    if (table_count[i] > max)
      max = table_count[i];
  printf ("string-build %ld %lu %lu %016lx\n", n, distinct, max, check);
  return 0;
}
