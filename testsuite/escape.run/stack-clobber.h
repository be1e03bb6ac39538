/* stack-clobber.h -- clobber (k): fills 8 KiB of the stack below the
   caller with K, so an object that was wrongly given a slot in a frame
   that has returned reads back as K's pattern, not as what the test
   stored.  Shared by the run tests that send pointers through bytes and
   text (sound-ptr-bytes-*.c, sound-byte-*.c, sound-text-*.c).  */

static int __attribute__ ((noinline))
clobber (int k)
{
  volatile char b[8192];
  for (int i = 0; i < 8192; i++)
    b[i] = (char) k;
  return b[k];
}
