// The ICU shim: the only C header Swift sees. It exposes just what PostCheck's text pipeline uses, under stable,
// unversioned names (Debian's ICU suffixes every function with its version, which Swift cannot see through) and
// with no ICU type in sight (Foundation on Linux carries its own ICU headers, which clash with the system's).
#ifndef CICU_H
#define CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// What a segmenter splits text into: UAX #29 words or sentences.
typedef enum { CICU_WORDS = 0, CICU_SENTENCES = 1 } CICUSegmentKind;

/// An ICU break iterator over UTF-8 text. Opaque. Not thread-safe: use one per thread and reuse it with new
/// text (`cicu_segmenter_set_text`), because opening one costs more than segmenting a typical post.
typedef struct CICUSegmenter CICUSegmenter;

/// Opens a segmenter by cloning a process-wide prototype (the rules are compiled once per process).
/// Returns NULL and sets `*status` to the ICU error code on failure.
CICUSegmenter *cicu_segmenter_open(CICUSegmentKind kind, int32_t *status);

/// Points the segmenter at new UTF-8 text without copying it (`utext_openUTF8`), so every boundary it reports is a
/// UTF-8 byte offset into that text. The text must outlive the iteration. Returns 0 or an ICU error code.
int32_t cicu_segmenter_set_text(CICUSegmenter *segmenter, const uint8_t *utf8, int64_t length);

/// Advances to the next segment. Returns 1 and fills `start`, `end` (UTF-8 offsets) and `ruleStatus` (ICU's
/// UBRK_WORD_* status: 0 none/punctuation, 100 number, 200 letter, 300 kana, 400 ideograph), or 0 at the end.
int32_t cicu_segmenter_next(CICUSegmenter *segmenter, int64_t *start, int64_t *end, int32_t *ruleStatus);

/// Releases a segmenter and its UText.
void cicu_segmenter_close(CICUSegmenter *segmenter);

/// Folds a word to its matching key: NFKC_Casefold, then accents and other combining marks removed (NFD, drop
/// Mn, NFC), then letters of other scripts that are confusable with Latin letters (UTS #39 skeletons restricted
/// to single Latin letters, e.g. Cyrillic "а", Greek "ο") replaced by those letters when `foldHomoglyphs` is
/// non-zero and the word mixes them with Latin letters or consists only of such letters.
/// Writes UTF-8 to `out` (not NUL-terminated) and returns its length, or -1 if `capacity` was too small (the
/// caller retries with a larger buffer), or -2 on an ICU error.
int32_t cicu_fold(const uint8_t *utf8, int32_t length, int32_t foldHomoglyphs, uint8_t *out, int32_t capacity);

/// NFKC_Casefold of a whole UTF-8 text into UTF-16, for the benchmarks' ICU floor. `scratch` and `out` must each
/// hold `capacity` UTF-16 units (at least the text's length in bytes, times 2 for expansion). Returns the folded
/// length, or -1 on an ICU error or too small a capacity.
int32_t cicu_casefold_text(const uint8_t *utf8, int32_t length, uint16_t *scratch, uint16_t *out, int32_t capacity);

/// The ICU version string, e.g. "72.1", for diagnostics.
const char *cicu_version(void);

#ifdef __cplusplus
}
#endif

#endif
