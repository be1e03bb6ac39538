/* local-queue-hand.c -- local-queue.c with its queue, stack and maps as
   local arrays.

   Same algorithm and output; calloc's zeroing is a memset.  The limit
   the escape plugin could reach.

   Original description:

   A game map of W x H cells (a roguelike level, a board): path-finding
   queries run a breadth-first search with a malloc'd queue and distance
   map, and a flood fill labels the connected regions with a malloc'd
   work stack and a calloc'd visited map.  Each search allocates its
   work memory on entry and frees it on every exit, including the early
   "goal reached" and "start is a wall" returns.  The sizes come from the
   map's compile-time geometry (1-4 KB), as in most grid code.

   Output: one line, "local-queue <checksum>".  */
/* bench-kind: local */
/* bench-args: 120000 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define W 32
#define H 32
#define WALL '#'
#define OPEN '.'

static char map[H][W];

struct cell
{
  short x, y;
};

static unsigned long long rs = 0x2545F4914F6CDD1DULL;

static unsigned
rnd (unsigned n)
{
  rs ^= rs >> 12;
  rs ^= rs << 25;
  rs ^= rs >> 27;
  return (unsigned) ((rs * 0x2545F4914F6CDD1DULL) >> 33) % n;
}

static void
make_map (void)
{
  for (int y = 0; y < H; y++)
    for (int x = 0; x < W; x++)
      map[y][x] = (x == 0 || y == 0 || x == W - 1 || y == H - 1
		   || rnd (100) < 28) ? WALL : OPEN;
}

static const int dx[4] = { 1, -1, 0, 0 };
static const int dy[4] = { 0, 0, 1, -1 };

/* Length of the shortest path from (SX,SY) to (GX,GY), -1 if none.  */
static int
shortest_path (int sx, int sy, int gx, int gy)
{
  if (map[sy][sx] == WALL || map[gy][gx] == WALL)
    return -1;

  struct cell queue[W * H];
  unsigned short dist[W * H];
  memset (dist, 0xff, W * H * sizeof *dist);

  int head = 0, tail = 0;
  queue[tail].x = (short) sx;
  queue[tail].y = (short) sy;
  tail++;
  dist[sy * W + sx] = 0;

  while (head < tail)
    {
      struct cell c = queue[head++];
      int d = dist[c.y * W + c.x];
      if (c.x == gx && c.y == gy)
	return d;
      for (int k = 0; k < 4; k++)
	{
	  int nx = c.x + dx[k], ny = c.y + dy[k];
	  if (map[ny][nx] == WALL || dist[ny * W + nx] != 0xffff)
	    continue;
	  dist[ny * W + nx] = (unsigned short) (d + 1);
	  queue[tail].x = (short) nx;
	  queue[tail].y = (short) ny;
	  tail++;
	}
    }

  return -1;
}

/* Number of connected open regions and the size of the largest.  */
static int
count_regions (int *largest)
{
  unsigned char seen[W * H];
  int stack[W * H];
  memset (seen, 0, sizeof seen);

  int regions = 0;
  *largest = 0;
  for (int y = 1; y < H - 1; y++)
    for (int x = 1; x < W - 1; x++)
      {
	if (map[y][x] == WALL || seen[y * W + x])
	  continue;
	regions++;
	int sp = 0, size = 0;
	stack[sp++] = y * W + x;
	seen[y * W + x] = 1;
	while (sp > 0)
	  {
	    int i = stack[--sp];
	    size++;
	    int cx = i % W, cy = i / W;
	    for (int k = 0; k < 4; k++)
	      {
		int j = (cy + dy[k]) * W + (cx + dx[k]);
		if (map[cy + dy[k]][cx + dx[k]] != WALL && !seen[j])
		  {
		    seen[j] = 1;
		    stack[sp++] = j;
		  }
	      }
	  }
	if (size > *largest)
	  *largest = size;
      }

  return regions;
}

int
main (int argc, char **argv)
{
  long queries = argc > 1 ? atol (argv[1]) : 120000;
  unsigned long sum = 0, found = 0;

  make_map ();
  for (long q = 0; q < queries; q++)
    {
      if (q % 64 == 0)
	{
	  make_map ();
	  int largest;
	  int r = count_regions (&largest);
	  if (r < 0)
	    return 1;
	  sum += (unsigned long) r * 131 + (unsigned long) largest;
	}
      int sx = 1 + (int) rnd (W - 2), sy = 1 + (int) rnd (H - 2);
      int gx = 1 + (int) rnd (W - 2), gy = 1 + (int) rnd (H - 2);
      int d = shortest_path (sx, sy, gx, gy);
      if (d == -2)
	return 1;
      if (d >= 0)
	{
	  found++;
	  sum += (unsigned long) d * (unsigned long) (q + 1);
	}
    }
  printf ("local-queue %lu %lu\n", found, sum);
  return 0;
}
