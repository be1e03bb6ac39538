// cplusplus.cc -- input for driver.exp: C++ that the plugin must refuse.
#include <cstdlib>
void *f () { return std::malloc (8); }
