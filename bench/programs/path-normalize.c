/* path-normalize.c -- lexical path normalization with temporary strings.

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

/* BASE + "/" + REL, or REL alone if it is absolute.  */
static char *
join_path (const char *base, const char *rel)
{
  if (rel[0] == '/')
    return strdup (rel);
  size_t lb = strlen (base), lr = strlen (rel);
  char *p = malloc (lb + lr + 2);
  if (p == NULL)
    return NULL;
  memcpy (p, base, lb);
  p[lb] = '/';
  memcpy (p + lb + 1, rel, lr + 1);
  return p;
}

/* The normalized form of absolute PATH: no "." or ".." or empty
   components, no trailing slash ("/" for the root).  NULL when out of
   memory.  */
static char *
normalize_path (const char *path)
{
  char *copy = strdup (path);
  if (copy == NULL)
    return NULL;

  /* at most one component per slash */
  size_t max = 1;
  for (const char *s = path; *s; s++)
    if (*s == '/')
      max++;
  char **parts = malloc (max * sizeof *parts);
  if (parts == NULL)
    {
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

  char *out = malloc (len + 2);
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
  free (parts);
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
	char *full = join_path (bases[i], requests[i]);
	if (full == NULL)
	  return 1;
	char *norm = normalize_path (full);
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
	free (norm);
      }
  for (int i = 0; i < NPATHS; i++)
    free (requests[i]);
  printf ("path-normalize %lu %lu %016lx\n", in, out, h);
  return 0;
}
