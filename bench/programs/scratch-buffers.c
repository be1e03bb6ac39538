/* scratch-buffers.c -- per-iteration scratch buffers.

   A small image pipeline: every frame is blurred row by row and column by
   column, then cut into tiles whose histograms give a median, and a
   summary line is formatted and hashed.  Each loop iteration takes a
   scratch buffer from malloc (a prefix-sum row, a column copy, a
   histogram, a text line), uses it and frees it before the next one.
   This is the shape of much signal, image and text processing code: the
   buffer size is a compile-time constant (the image geometry, a line
   limit) of a few hundred bytes to a few KB, and the buffer never leaves
   the iteration.

   Output: one line, "scratch-buffers <checksum>".  */
/* bench-kind: local */
/* bench-args: 1600 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define W 256
#define H 160
#define TILE 16
#define LINE_MAX_LEN 160

static unsigned char img[H][W];

static unsigned int seed = 2463534242u;

static unsigned int
next_rand (void)
{
  seed ^= seed << 13;
  seed ^= seed >> 17;
  seed ^= seed << 5;
  return seed;
}

/* Box blur of one row of width W, radius R, through a prefix sum.  */
static void
blur_row (unsigned char *row, int r)
{
  unsigned int *prefix = malloc ((W + 1) * sizeof *prefix);
  if (prefix == NULL)
    {
      perror ("malloc");
      exit (1);
    }
  prefix[0] = 0;
  for (int x = 0; x < W; x++)
    prefix[x + 1] = prefix[x] + row[x];
  for (int x = 0; x < W; x++)
    {
      int lo = x - r < 0 ? 0 : x - r;
      int hi = x + r + 1 > W ? W : x + r + 1;
      row[x] = (unsigned char) ((prefix[hi] - prefix[lo]) / (unsigned) (hi - lo));
    }
  free (prefix);
}

/* The same along every column: copy the column out, blur, copy back.  */
static void
blur_columns (int r)
{
  for (int x = 0; x < W; x++)
    {
      unsigned char *col = malloc (H);
      unsigned int *prefix = malloc ((H + 1) * sizeof (unsigned int));
      if (col == NULL || prefix == NULL)
	{
	  free (col);
	  free (prefix);
	  perror ("malloc");
	  exit (1);
	}
      for (int y = 0; y < H; y++)
	col[y] = img[y][x];
      prefix[0] = 0;
      for (int y = 0; y < H; y++)
	prefix[y + 1] = prefix[y] + col[y];
      for (int y = 0; y < H; y++)
	{
	  int lo = y - r < 0 ? 0 : y - r;
	  int hi = y + r + 1 > H ? H : y + r + 1;
	  img[y][x] = (unsigned char) ((prefix[hi] - prefix[lo])
				       / (unsigned) (hi - lo));
	}
      free (prefix);
      free (col);
    }
}

/* Median of one tile through a histogram.  */
static int
tile_median (int ty, int tx)
{
  unsigned int *hist = calloc (256, sizeof *hist);
  if (!hist)
    return -1;
  for (int y = ty; y < ty + TILE; y++)
    for (int x = tx; x < tx + TILE; x++)
      hist[img[y][x]]++;
  unsigned int half = TILE * TILE / 2, seen = 0;
  int v;
  for (v = 0; v < 256; v++)
    {
      seen += hist[v];
      if (seen > half)
	break;
    }
  free (hist);
  return v;
}

static unsigned long
hash_str (const char *s, unsigned long h)
{
  while (*s)
    h = (h ^ (unsigned char) *s++) * 1099511628211UL;
  return h;
}

static unsigned long
process_frame (int frame, unsigned long h)
{
  for (int y = 0; y < H; y++)
    blur_row (img[y], 1 + (frame + y) % 3);
  blur_columns (2);

  for (int ty = 0; ty < H; ty += TILE)
    {
      char *line = malloc (LINE_MAX_LEN);
      if (!line)
	exit (1);
      int len = snprintf (line, LINE_MAX_LEN, "frame %d row %d:", frame, ty);
      for (int tx = 0; tx < W; tx += TILE)
	{
	  int m = tile_median (ty, tx);
	  if (m < 0)
	    {
	      free (line);
	      exit (1);
	    }
	  if (len < LINE_MAX_LEN - 4)
	    len += snprintf (line + len, LINE_MAX_LEN - len, " %02x", m);
	}
      h = hash_str (line, h);
      free (line);
    }
  return h;
}

int
main (int argc, char **argv)
{
  int frames = argc > 1 ? atoi (argv[1]) : 1600;
  unsigned long h = 14695981039346656037UL;

  for (int y = 0; y < H; y++)
    for (int x = 0; x < W; x++)
      img[y][x] = (unsigned char) next_rand ();

  for (int f = 0; f < frames; f++)
    {
      /* sprinkle fresh noise so every frame has work to do */
      for (int k = 0; k < 2000; k++)
	{
	  unsigned int r = next_rand ();
	  img[(r >> 8) % H][(r >> 20) % W] = (unsigned char) r;
	}
      h = process_frame (f, h);
    }

  unsigned long sum = 0;
  for (int y = 0; y < H; y++)
    for (int x = 0; x < W; x++)
      sum += img[y][x] * (unsigned long) (x + 1);
  printf ("scratch-buffers %lu %016lx\n", sum, h);
  return 0;
}
