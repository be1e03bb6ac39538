/* struct-temps.c -- small struct temporaries malloc'd and freed in a hot
   function.

   A 2-D particle simulation step.  For every pair of nearby discs the
   narrow phase builds a contact manifold and a transform in malloc'd
   structs, hands them to helpers that read and fill them, and frees them
   before returning (early returns included).  Code written in an
   "object" style -- constructors returning malloc'd structs, destructors
   freeing them -- does this all the time, for structs of a few dozen
   bytes that a C programmer could have put on the stack.  Nothing here
   outlives the call that allocated it.

   Output: one line, "struct-temps <checksum>".  */
/* bench-kind: local */
/* bench-args: 4000 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NBODIES 96
#define WORLD 100.0

struct body
{
  double x, y;
  double vx, vy;
  double r;
  double mass;
};

struct transform
{
  double c, s;			/* rotation */
  double tx, ty;		/* translation */
};

struct contact
{
  double nx, ny;		/* normal, from a to b */
  double depth;
  double px, py;		/* contact point */
};

struct manifold
{
  struct contact pts[2];
  int count;
  int a, b;
  double restitution;
};

struct stats
{
  unsigned long contacts;
  unsigned long checks;
  double energy;
  double impulse;
};

static struct body bodies[NBODIES];

static unsigned long rng_state = 88172645463325252UL;

static double
rnd (void)
{
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 7;
  rng_state ^= rng_state << 17;
  return (double) (rng_state >> 11) / 9007199254740992.0;
}

static void *
xmalloc (size_t n)
{
  void *p = malloc (n);
  if (!p)
    {
      fprintf (stderr, "out of memory\n");
      exit (1);
    }
  return p;
}

static struct transform *
transform_new (double cos_a, double sin_a, double tx, double ty)
{
  struct transform *t = xmalloc (sizeof *t);
  t->c = cos_a;
  t->s = sin_a;
  t->tx = tx;
  t->ty = ty;
  return t;
}

static void
transform_apply (const struct transform *t, double x, double y,
		 double *ox, double *oy)
{
  *ox = t->c * x - t->s * y + t->tx;
  *oy = t->s * x + t->c * y + t->ty;
}

/* Fills M with the contact of discs A and B; returns the number of
   points (0 or 1).  */
static int
disc_contact (const struct body *a, const struct body *b,
	      struct manifold *m)
{
  double dx = b->x - a->x, dy = b->y - a->y;
  double d2 = dx * dx + dy * dy;
  double rs = a->r + b->r;
  if (d2 >= rs * rs)
    return 0;
  double d = 0.0;
  /* cheap square root: a few Newton steps from a decent start */
  if (d2 > 0)
    {
      d = d2 > 1.0 ? d2 * 0.5 : 1.0;
      for (int i = 0; i < 6; i++)
	d = 0.5 * (d + d2 / d);
    }
  struct contact *c = &m->pts[0];
  if (d > 1e-9)
    {
      c->nx = dx / d;
      c->ny = dy / d;
    }
  else
    {
      c->nx = 1.0;
      c->ny = 0.0;
    }
  c->depth = rs - d;
  c->px = a->x + c->nx * a->r;
  c->py = a->y + c->ny * a->r;
  m->count = 1;
  return 1;
}

static void
apply_impulse (struct body *a, struct body *b, const struct manifold *m,
	       struct stats *st)
{
  for (int i = 0; i < m->count; i++)
    {
      const struct contact *c = &m->pts[i];
      double rvx = b->vx - a->vx, rvy = b->vy - a->vy;
      double vn = rvx * c->nx + rvy * c->ny;
      if (vn > 0)
	continue;
      double inv = 1.0 / a->mass + 1.0 / b->mass;
      double j = -(1.0 + m->restitution) * vn / inv;
      a->vx -= j * c->nx / a->mass;
      a->vy -= j * c->ny / a->mass;
      b->vx += j * c->nx / b->mass;
      b->vy += j * c->ny / b->mass;
      /* positional correction */
      double corr = c->depth * 0.4 / inv;
      a->x -= corr * c->nx / a->mass;
      a->y -= corr * c->ny / a->mass;
      b->x += corr * c->nx / b->mass;
      b->y += corr * c->ny / b->mass;
      st->impulse += j;
    }
}

/* The hot function: one narrow-phase test between bodies I and J, seen
   in a frame rotated by the step's wind angle.  */
static int
collide (int i, int j, const struct transform *view, struct stats *st)
{
  st->checks++;
  struct body *a = &bodies[i], *b = &bodies[j];

  /* Quick reject on the bounding boxes in the view frame.  */
  struct transform *rel = transform_new (view->c, view->s, -a->x, -a->y);
  double bx, by;
  transform_apply (rel, b->x, b->y, &bx, &by);
  double reach = a->r + b->r + 1.0;
  if (bx > reach || bx < -reach - 2 * (a->r + b->r)
      || by > reach || by < -reach - 2 * (a->r + b->r))
    {
      free (rel);
      return 0;
    }

  struct manifold *m = malloc (sizeof *m);
  if (!m)
    {
      free (rel);
      return -1;
    }
  memset (m, 0, sizeof *m);
  m->a = i;
  m->b = j;
  m->restitution = 0.5 + 0.25 * view->s;
  if (!disc_contact (a, b, m))
    {
      free (m);
      free (rel);
      return 0;
    }
  apply_impulse (a, b, m, st);
  st->contacts++;
  free (m);
  free (rel);
  return 1;
}

static void
integrate (double dt, struct stats *st)
{
  double e = 0;
  for (int i = 0; i < NBODIES; i++)
    {
      struct body *b = &bodies[i];
      b->vy -= 9.81 * dt;
      b->x += b->vx * dt;
      b->y += b->vy * dt;
      if (b->x < b->r)
	{
	  b->x = b->r;
	  b->vx = -b->vx * 0.9;
	}
      if (b->x > WORLD - b->r)
	{
	  b->x = WORLD - b->r;
	  b->vx = -b->vx * 0.9;
	}
      if (b->y < b->r)
	{
	  b->y = b->r;
	  b->vy = -b->vy * 0.9;
	}
      if (b->y > WORLD - b->r)
	{
	  b->y = WORLD - b->r;
	  b->vy = -b->vy * 0.9;
	}
      e += 0.5 * b->mass * (b->vx * b->vx + b->vy * b->vy);
    }
  st->energy = e;
}

int
main (int argc, char **argv)
{
  long steps = argc > 1 ? atol (argv[1]) : 4000;
  struct stats st = { 0, 0, 0, 0 };

  for (int i = 0; i < NBODIES; i++)
    {
      bodies[i].r = 2.0 + 4.0 * rnd ();
      bodies[i].x = bodies[i].r + (WORLD - 2 * bodies[i].r) * rnd ();
      bodies[i].y = bodies[i].r + (WORLD - 2 * bodies[i].r) * rnd ();
      bodies[i].vx = 20.0 * rnd () - 10.0;
      bodies[i].vy = 20.0 * rnd () - 10.0;
      bodies[i].mass = bodies[i].r * bodies[i].r;
    }

  for (long s = 0; s < steps; s++)
    {
      double ang = (double) (s % 64) / 64.0;
      /* a crude, deterministic sine/cosine pair on the unit circle */
      double sn = 2 * ang - 1, cs = 1 - sn * sn;
      struct transform *view = transform_new (cs, sn * 0.1, 0, 0);
      for (int i = 0; i < NBODIES; i++)
	for (int j = i + 1; j < NBODIES; j++)
	  if (collide (i, j, view, &st) < 0)
	    {
	      fprintf (stderr, "out of memory\n");
	      return 1;
	    }
      free (view);
      integrate (0.01, &st);
    }

  unsigned long h = st.contacts * 1000003UL ^ st.checks;
  for (int i = 0; i < NBODIES; i++)
    h = h * 31 + (unsigned long) (long) (bodies[i].x * 1000.0)
      + (unsigned long) (long) (bodies[i].y * 1000.0);
  printf ("struct-temps %lu %lu %lx\n", st.contacts, st.checks, h);
  return 0;
}
