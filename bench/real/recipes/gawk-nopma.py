# bench/real/recipes/gawk-nopma.py -- gawk as in gawk.py, configured
# --disable-pma, for bench/real/run.
#
# gawk 5.2 as Debian builds it routes malloc/calloc/realloc/free through
# its persistent-memory allocator (support/pma.c; custom.h #defines
# malloc to pma_malloc), an out-of-line wrapper, so the plugin sees
# three allocation calls in all of gawk.  This build takes the wrapper
# out to show what the plugin does with gawk's own call sites.  Same
# sources, workload and inputs as gawk.py.

import importlib.util
import os

_spec = importlib.util.spec_from_file_location(
    'recipe_gawk_base', os.path.join(os.path.dirname(__file__), 'gawk.py'))
_gawk = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_gawk)

PACKAGE = _gawk.PACKAGE
VERSION = _gawk.VERSION
BUILD = _gawk.BUILD.replace('./configure ', './configure --disable-pma ')
EXE = _gawk.EXE
ARGS = _gawk.ARGS
generate = _gawk.generate
