/* path-normalize-hand.c -- path-normalize.c with its strings in 256-byte
   stack buffers and a heap fallback.

   Same algorithm and output.  join_path and normalize_path write into a
   buffer their caller provides when the result fits and malloc
   otherwise; normalize_path's copy and component array are local
   buffers with the same fallback.  Only heap memory is freed.  The limit
   the escape plugin could reach with var-buffer=256.

   Original description:

   What a web server, a build tool or an archive extractor does to every
   path it is given: join a relative path to a base directory, split it
   into components, resolve "." and "..", drop empty components, join the
   result, and check that it stays inside an allowed root.  The code is
   written the way such helpers usually are: join_path returns a malloc'd
   string, normalize_path strdup's its input to cut it up with strtok_r,
   keeps the components in a malloc'd array of pointers and returns the
   result in a new malloc'd string; the caller frees everything once it
   has hashed and checked the result.  All strings are short (20-120
   bytes) and none outlives the request that made it.

   Output: one line, "path-normalize <inside> <outside> <checksum>".  */
/* bench-kind: local */
/* bench-args: 2000 */

#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Copy of S in BUF (SIZE bytes) if it fits, else in malloc'd memory.  */
static char *
dup_into (const char *s, char *buf, size_t size)
{
  size_t l = strlen (s) + 1;
  char *p = l <= size ? buf : malloc (l);
  if (p != NULL)
    memcpy (p, s, l);
  return p;
}

/* BASE + "/" + REL, or REL alone if it is absolute; in BUF (SIZE bytes)
   when it fits.  */
static char *
join_path (const char *base, const char *rel, char *buf, size_t size)
{
  if (rel[0] == '/')
    return dup_into (rel, buf, size);
  size_t lb = strlen (base), lr = strlen (rel);
  char *p = lb + lr + 2 <= size ? buf : malloc (lb + lr + 2);
  if (p == NULL)
    return NULL;
  memcpy (p, base, lb);
  p[lb] = '/';
  memcpy (p + lb + 1, rel, lr + 1);
  return p;
}

/* The normalized form of absolute PATH: no "." or ".." or empty
   components, no trailing slash ("/" for the root), in BUF (SIZE bytes)
   when it fits.  NULL when out of memory.  */
static char *
normalize_path (const char *path, char *buf, size_t size)
{
  char copy_buf[256];
  char *copy = dup_into (path, copy_buf, sizeof copy_buf);
  if (copy == NULL)
    return NULL;

  /* at most one component per slash */
  size_t max = 1;
  for (const char *s = path; *s; s++)
    if (*s == '/')
      max++;
  char *parts_buf[256 / sizeof (char *)];
  char **parts = max <= sizeof parts_buf / sizeof *parts_buf ? parts_buf
    : malloc (max * sizeof *parts);
  if (parts == NULL)
    {
      if (copy != copy_buf)
	free (copy);
      return NULL;
    }

  size_t n = 0, len = 0;
  char *save = NULL;
  for (char *c = strtok_r (copy, "/", &save); c != NULL;
       c = strtok_r (NULL, "/", &save))
    {
      if (strcmp (c, ".") == 0)
	continue;
      if (strcmp (c, "..") == 0)
	{
	  if (n > 0)
	    {
	      n--;
	      len -= strlen (parts[n]) + 1;
	    }
	  continue;
	}
      parts[n++] = c;
      len += strlen (c) + 1;
    }

  char *out = len + 2 <= size ? buf : malloc (len + 2);
  if (out != NULL)
    {
      char *o = out;
      for (size_t i = 0; i < n; i++)
	{
	  size_t l = strlen (parts[i]);
	  *o++ = '/';
	  memcpy (o, parts[i], l);
	  o += l;
	}
      if (o == out)
	*o++ = '/';
      *o = '\0';
    }
  if (parts != parts_buf)
    free (parts);
  if (copy != copy_buf)
    free (copy);
  return out;
}

/* Is PATH equal to ROOT or below it?  */
static int
inside (const char *path, const char *root)
{
  size_t l = strlen (root);
  return strncmp (path, root, l) == 0 && (path[l] == '\0' || path[l] == '/');
}

static const char *const roots[] = { "/srv/www", "/home/user/project", "/tmp" };

static const char *const comps[] = {
  "srv", "www", "home", "user", "project", "src", "lib", "include",
  "index.html", "style.css", "main.c", "..", ".", "", "tmp", "a", "b",
  "very-long-directory-name-for-testing", "etc", "passwd", "..", "docs"
};
#define NCOMPS (sizeof comps / sizeof comps[0])

#define NPATHS 512
static char *requests[NPATHS];
static const char *bases[NPATHS];

static unsigned long long st = 1;

static unsigned
rnd (unsigned n)
{
  st = st * 2862933555777941757ULL + 3037000493ULL;
  return (unsigned) (st >> 35) % n;
}

static int
make_requests (void)
{
  for (int i = 0; i < NPATHS; i++)
    {
      char buf[512];
      size_t n = 0;
      int absolute = rnd (4) == 0;
      if (absolute)
	buf[n++] = '/';
      unsigned k = 1 + rnd (8);
      for (unsigned j = 0; j < k; j++)
	{
	  const char *c = comps[rnd (NCOMPS)];
	  size_t l = strlen (c);
	  memcpy (buf + n, c, l);
	  n += l;
	  if (j + 1 < k || rnd (3) == 0)
	    buf[n++] = '/';
	}
      buf[n] = '\0';
      requests[i] = malloc (n + 1);
      if (requests[i] == NULL)
	return -1;
      memcpy (requests[i], buf, n + 1);
      bases[i] = roots[rnd (3)];
    }
  return 0;
}

int
main (int argc, char **argv)
{
  long rounds = argc > 1 ? atol (argv[1]) : 2000;
  unsigned long in = 0, out = 0, h = 5381;

  if (make_requests () < 0)
    return 1;
  for (long r = 0; r < rounds; r++)
    for (int i = 0; i < NPATHS; i++)
      {
	char full_buf[256], norm_buf[256];
	char *full = join_path (bases[i], requests[i], full_buf,
				sizeof full_buf);
	if (full == NULL)
	  return 1;
	char *norm = normalize_path (full, norm_buf, sizeof norm_buf);
	if (full != full_buf)
	  free (full);
	if (norm == NULL)
	  return 1;
	const char *root = bases[(i + r) % NPATHS];
	if (inside (norm, root))
	  in++;
	else
	  out++;
	for (const char *s = norm; *s; s++)
	  h = h * 33 + (unsigned char) *s;
	if (norm != norm_buf)
	  free (norm);
      }
  for (int i = 0; i < NPATHS; i++)
    free (requests[i]);
  printf ("path-normalize %lu %lu %016lx\n", in, out, h);
  return 0;
}
