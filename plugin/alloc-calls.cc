/* alloc-calls.cc -- which calls allocate: esc_alloc_call_kind (bridge.h).

   The C library's allocators are recognized as GCC builtins, by their
   BUILT_IN_* code rather than their names: gimple_call_builtin_p checks
   that the call matches the builtin's prototype, so a user function that
   happens to be called `malloc' with another signature is not taken for
   one.  Beyond those, any direct call to a function declared
   __attribute__((malloc)) returns fresh memory (DECL_IS_MALLOC).  */

#include "gcc-includes.h"
#include "bridge.h"

enum esc_alloc_fn
esc_alloc_call_kind (const gimple *stmt)
{
  if (!stmt || !is_gimple_call (stmt))
    return ESC_ALLOC_NONE;

  if (gimple_call_builtin_p (stmt, BUILT_IN_NORMAL))
    switch (DECL_FUNCTION_CODE (gimple_call_fndecl (stmt)))
      {
      case BUILT_IN_MALLOC:
	return ESC_ALLOC_MALLOC;
      case BUILT_IN_CALLOC:
	return ESC_ALLOC_CALLOC;
      case BUILT_IN_REALLOC:
	return ESC_ALLOC_REALLOC;
      case BUILT_IN_ALIGNED_ALLOC:
	return ESC_ALLOC_ALIGNED_ALLOC;
      case BUILT_IN_POSIX_MEMALIGN:
	return ESC_ALLOC_POSIX_MEMALIGN;
      case BUILT_IN_STRDUP:
	return ESC_ALLOC_STRDUP;
      case BUILT_IN_STRNDUP:
	return ESC_ALLOC_STRNDUP;
      default:
	/* Other builtins (alloca, memcpy, free, ...) are not heap
	   allocations, even when GCC marks them malloc-like.  */
	return ESC_ALLOC_NONE;
      }

  tree fndecl = gimple_call_fndecl (stmt);
  /* Declared so by the user: GCC also sets DECL_IS_MALLOC on functions
     it finds malloc-like itself (local-pure-const at -O2), and those are
     ordinary functions of the unit with summaries of their own.  */
  if (fndecl && DECL_IS_MALLOC (fndecl)
      && lookup_attribute ("malloc", DECL_ATTRIBUTES (fndecl)))
    return ESC_ALLOC_ATTR_MALLOC;
  return ESC_ALLOC_NONE;
}
