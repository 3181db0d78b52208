// System ICU from libicu-dev. This module exists for its pkg-config flags and link lines; the C shim in Sources/CICU
// includes the ICU headers itself. No Swift file imports this module: Debian renames every ICU function with a
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/uspoof.h>
#include <unicode/utext.h>
#include <unicode/ustring.h>
#include <unicode/uscript.h>
#include <unicode/uchar.h>
