/* var-buffers-hand.c -- var-buffers.c with a small stack buffer and a
   heap fallback for each run-time-sized buffer.

   Same algorithm and output.  Each handler uses a 256-byte local buffer
   when the record's size fits and malloc otherwise (calloc's zeroing is
   a memset of the part used), and frees only what came from the heap.
   The limit the escape plugin could reach with var-buffer=256.

   Original description:

   A record-stream decoder (a log shipper, a message-queue consumer): each
   record carries a length field, and its handler allocates a buffer of
   that length to work in -- the unescaped text of a text record, a
   de-obfuscated copy of a binary record, an array of the fields of a CSV
   record (calloc'd, one slot per field).  Most records are 8 to 170
   bytes; about one in forty is a bulk record of 1-4 KB.  The buffers are
   freed before the handler returns, also on the error paths for
   malformed records.

   Output: one line, "var-buffers <records> <checksum>".  */
/* bench-kind: local */
/* bench-args: 50 */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define STREAM_SIZE (1 << 20)

static unsigned char stream[STREAM_SIZE];
static size_t stream_len;

static uint32_t crc_table[256];

static void
crc_init (void)
{
  for (uint32_t i = 0; i < 256; i++)
    {
      uint32_t c = i;
      for (int k = 0; k < 8; k++)
	c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      crc_table[i] = c;
    }
}

static uint32_t
crc32 (const unsigned char *p, size_t n)
{
  uint32_t c = 0xFFFFFFFFu;
  while (n--)
    c = crc_table[(c ^ *p++) & 0xFF] ^ (c >> 8);
  return c ^ 0xFFFFFFFFu;
}

enum { REC_TEXT, REC_BINARY, REC_CSV };

/* Text records: backslash escapes (\n, \t, \\, \xHH).  Returns words
   mixed with a hash, or 0 for a malformed escape.  */
static uint64_t
handle_text (const unsigned char *data, size_t len)
{
  char small[256];
  char *text = len + 1 <= sizeof small ? small : malloc (len + 1);
  if (!text)
    return 0;
  size_t o = 0;
  for (size_t i = 0; i < len; i++)
    {
      unsigned char c = data[i];
      if (c != '\\')
	{
	  text[o++] = (char) c;
	  continue;
	}
      if (++i == len)
	{
	  if (text != small)
	    free (text);
	  return 0;
	}
      switch (data[i])
	{
	case 'n': text[o++] = '\n'; break;
	case 't': text[o++] = '\t'; break;
	case '\\': text[o++] = '\\'; break;
	case 'x':
	  if (i + 2 >= len)
	    {
	      if (text != small)
		free (text);
	      return 0;
	    }
	  {
	    int v = 0;
	    for (int k = 1; k <= 2; k++)
	      {
		unsigned char h = data[i + k];
		v = v * 16 + (h >= 'a' ? h - 'a' + 10 : h - '0');
	      }
	    text[o++] = (char) v;
	    i += 2;
	  }
	  break;
	default:
	  if (text != small)
	    free (text);
	  return 0;
	}
    }
  text[o] = '\0';

  uint64_t words = 0, h = 5381;
  int in_word = 0;
  for (size_t i = 0; i < o; i++)
    {
      int space = text[i] == ' ' || text[i] == '\n' || text[i] == '\t';
      if (!space && !in_word)
	words++;
      in_word = !space;
      h = h * 33 + (unsigned char) text[i];
    }
  if (text != small)
    free (text);
  return words << 32 ^ h;
}

/* Binary records: XOR-obfuscated with a rolling key; CRC of the clear
   bytes.  */
static uint64_t
handle_binary (const unsigned char *data, size_t len)
{
  unsigned char small[256];
  unsigned char *clear = len <= sizeof small ? small : malloc (len);
  if (clear == NULL)
    return 0;
  unsigned char key = 0x5A;
  for (size_t i = 0; i < len; i++)
    {
      clear[i] = data[i] ^ key;
      key = (unsigned char) (key * 5 + 1);
    }
  uint64_t r = crc32 (clear, len);
  if (clear != small)
    free (clear);
  return r;
}

/* CSV records: comma-separated decimal numbers; median of the fields.  */
static uint64_t
handle_csv (const unsigned char *data, size_t len)
{
  size_t nfields = 1;
  for (size_t i = 0; i < len; i++)
    if (data[i] == ',')
      nfields++;
  long small[256 / sizeof (long)];
  long *vals;
  if (nfields <= sizeof small / sizeof *small)
    {
      vals = small;
      memset (vals, 0, nfields * sizeof *vals);
    }
  else
    vals = calloc (nfields, sizeof *vals);
  if (vals == NULL)
    return 0;
  size_t f = 0;
  for (size_t i = 0; i < len; i++)
    {
      if (data[i] == ',')
	f++;
      else if (data[i] >= '0' && data[i] <= '9')
	vals[f] = vals[f] * 10 + (data[i] - '0');
      else
	{
	  if (vals != small)
	    free (vals);
	  return 0;
	}
    }
  /* insertion sort: the arrays are short */
  for (size_t i = 1; i < nfields; i++)
    {
      long v = vals[i];
      size_t j = i;
      while (j > 0 && vals[j - 1] > v)
	{
	  vals[j] = vals[j - 1];
	  j--;
	}
      vals[j] = v;
    }
  uint64_t r = (uint64_t) vals[nfields / 2] * 1000 + nfields;
  if (vals != small)
    free (vals);
  return r;
}

static uint32_t gen_state = 7;

static uint32_t
gen (uint32_t n)
{
  gen_state = gen_state * 1664525u + 1013904223u;
  return (gen_state >> 8) % n;
}

/* Appends one record of TYPE with a payload of LEN bytes.  */
static int
put_record (int type, size_t len)
{
  if (stream_len + 3 + len > STREAM_SIZE)
    return 0;
  unsigned char *p = stream + stream_len;
  p[0] = (unsigned char) type;
  p[1] = (unsigned char) (len >> 8);
  p[2] = (unsigned char) len;
  p += 3;
  static const char hex[] = "0123456789abcdef";
  size_t i = 0;
  switch (type)
    {
    case REC_TEXT:
      while (i < len)
	{
	  uint32_t r = gen (40);
	  if (r == 0 && i + 4 <= len)
	    {
	      p[i++] = '\\';
	      p[i++] = 'x';
	      p[i++] = (unsigned char) hex[gen (16)];
	      p[i++] = (unsigned char) hex[gen (16)];
	    }
	  else if (r == 1 && i + 2 <= len)
	    {
	      p[i++] = '\\';
	      p[i++] = "nt\\"[gen (3)];
	    }
	  else if (r < 8)
	    p[i++] = ' ';
	  else
	    p[i++] = (unsigned char) ('a' + gen (26));
	}
      /* one in 50 text records is malformed: a trailing backslash */
      if (len > 0 && gen (50) == 0)
	p[len - 1] = '\\';
      break;
    case REC_BINARY:
      for (; i < len; i++)
	p[i] = (unsigned char) gen (256);
      break;
    case REC_CSV:
      while (i < len)
	{
	  uint32_t digits = 1 + gen (6);
	  for (uint32_t k = 0; k < digits && i < len; k++)
	    p[i++] = (unsigned char) ('0' + gen (10));
	  if (i < len)
	    p[i++] = ',';
	}
      break;
    }
  stream_len += 3 + len;
  return 1;
}

static void
make_stream (void)
{
  for (;;)
    {
      size_t len = gen (40) == 0 ? 1024 + gen (3072) : 8 + gen (160);
      if (!put_record ((int) gen (3), len))
	break;
    }
}

int
main (int argc, char **argv)
{
  int passes = argc > 1 ? atoi (argv[1]) : 50;
  uint64_t sum = 0;
  unsigned long records = 0;

  crc_init ();
  make_stream ();

  for (int pass = 0; pass < passes; pass++)
    {
      size_t pos = 0;
      while (pos + 3 <= stream_len)
	{
	  int type = stream[pos];
	  size_t len = (size_t) stream[pos + 1] << 8 | stream[pos + 2];
	  const unsigned char *data = stream + pos + 3;
	  uint64_t r;
	  switch (type)
	    {
	    case REC_TEXT: r = handle_text (data, len); break;
	    case REC_BINARY: r = handle_binary (data, len); break;
	    default: r = handle_csv (data, len); break;
	    }
	  sum = sum * 31 + r + (uint64_t) pass;
	  records++;
	  pos += 3 + len;
	}
    }
  printf ("var-buffers %lu %016llx\n", records, (unsigned long long) sum);
  return 0;
}
