#include "CICU.h"

// ICU's own headers; the CICUSystem target supplies the compiler and linker flags from pkg-config (icu-i18n).
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uspoof.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

// MARK: Segmenters

struct CICUSegmenter {
  UBreakIterator *iterator;
  UText *text;
};

static UBreakIterator *prototypes[2];
static UErrorCode prototypeStatus[2];
static pthread_once_t prototypeOnce = PTHREAD_ONCE_INIT;

// Compiling break rules is the expensive part of opening an iterator, so it happens once per process; every
// segmenter is a clone of these prototypes (ubrk_clone is documented as safe to call on a shared iterator).
static void openPrototypes(void) {
  prototypeStatus[CICU_WORDS] = U_ZERO_ERROR;
  prototypes[CICU_WORDS] = ubrk_open(UBRK_WORD, "en", NULL, 0, &prototypeStatus[CICU_WORDS]);
  prototypeStatus[CICU_SENTENCES] = U_ZERO_ERROR;
  prototypes[CICU_SENTENCES] = ubrk_open(UBRK_SENTENCE, "en@ss=standard", NULL, 0, &prototypeStatus[CICU_SENTENCES]);
}

CICUSegmenter *cicu_segmenter_open(CICUSegmentKind kind, int32_t *status) {
  pthread_once(&prototypeOnce, openPrototypes);
  if (U_FAILURE(prototypeStatus[kind])) {
    *status = prototypeStatus[kind];
    return NULL;
  }
  UErrorCode error = U_ZERO_ERROR;
  UBreakIterator *iterator = ubrk_clone(prototypes[kind], &error);
  if (U_FAILURE(error)) {
    *status = error;
    return NULL;
  }
  CICUSegmenter *segmenter = calloc(1, sizeof(CICUSegmenter));
  if (segmenter == NULL) {
    ubrk_close(iterator);
    *status = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  segmenter->iterator = iterator;
  *status = U_ZERO_ERROR;
  return segmenter;
}

int32_t cicu_segmenter_set_text(CICUSegmenter *segmenter, const uint8_t *utf8, int64_t length) {
  UErrorCode error = U_ZERO_ERROR;
  // Reusing the UText avoids an allocation per post.
  segmenter->text = utext_openUTF8(segmenter->text, (const char *)utf8, length, &error);
  if (U_FAILURE(error)) return error;
  ubrk_setUText(segmenter->iterator, segmenter->text, &error);
  return U_FAILURE(error) ? error : 0;
}

int32_t cicu_segmenter_next(CICUSegmenter *segmenter, int64_t *start, int64_t *end, int32_t *ruleStatus) {
  int32_t from = ubrk_current(segmenter->iterator);
  int32_t to = ubrk_next(segmenter->iterator);
  if (to == UBRK_DONE) return 0;
  // With a UTF-8 UText, ICU's indexes are native UTF-8 offsets.
  *start = from;
  *end = to;
  *ruleStatus = ubrk_getRuleStatus(segmenter->iterator);
  return 1;
}

void cicu_segmenter_close(CICUSegmenter *segmenter) {
  if (segmenter == NULL) return;
  ubrk_close(segmenter->iterator);
  utext_close(segmenter->text);
  free(segmenter);
}

// MARK: Folding

static const UNormalizer2 *nfkcCasefold;
static const UNormalizer2 *nfd;
static const UNormalizer2 *nfc;
static UErrorCode normalizerStatus = U_ZERO_ERROR;

// Latin letter that each confusable letter of the Greek, Cyrillic and Armenian blocks looks like, or 0.
enum { homoglyphFirst = 0x0370, homoglyphLast = 0x058F };
static UChar homoglyphs[homoglyphLast - homoglyphFirst + 1];
static pthread_once_t foldOnce = PTHREAD_ONCE_INIT;

// UTS #39 skeletons also map Latin "m" to "rn", so only single letters of other scripts whose skeleton is one
// lower-case Latin letter are kept.
static void buildHomoglyphTable(void) {
  UErrorCode error = U_ZERO_ERROR;
  USpoofChecker *checker = uspoof_open(&error);
  if (U_FAILURE(error)) return;
  for (UChar32 c = homoglyphFirst; c <= homoglyphLast; c++) {
    UChar in[1] = {(UChar)c};
    UChar skeleton[8];
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = uspoof_getSkeleton(checker, 0, in, 1, skeleton, 8, &status);
    if (U_SUCCESS(status) && length == 1 && skeleton[0] >= 'a' && skeleton[0] <= 'z') {
      homoglyphs[c - homoglyphFirst] = skeleton[0];
    } else if (U_SUCCESS(status) && length == 1 && skeleton[0] >= 'A' && skeleton[0] <= 'Z') {
      homoglyphs[c - homoglyphFirst] = skeleton[0] + ('a' - 'A');
    }
  }
  uspoof_close(checker);
}

static void openNormalizers(void) {
  nfkcCasefold = unorm2_getNFKCCasefoldInstance(&normalizerStatus);
  if (U_SUCCESS(normalizerStatus)) nfd = unorm2_getNFDInstance(&normalizerStatus);
  if (U_SUCCESS(normalizerStatus)) nfc = unorm2_getNFCInstance(&normalizerStatus);
  buildHomoglyphTable();
}

static UChar homoglyphFor(UChar c) {
  return (c >= homoglyphFirst && c <= homoglyphLast) ? homoglyphs[c - homoglyphFirst] : 0;
}

static int isLatinLetter(UChar c) { return (c >= 'a' && c <= 'z') || (c >= 0x00DF && c <= 0x024F); }

// Replaces confusable letters in place when the word is Latin with a few look-alikes, or all look-alikes.
static void foldHomoglyphsInPlace(UChar *text, int32_t length) {
  int32_t foldable = 0, otherLetters = 0;
  for (int32_t i = 0; i < length; i++) {
    if (isLatinLetter(text[i])) continue;
    if (homoglyphFor(text[i])) foldable++;
    else if (u_isalpha(text[i])) otherLetters++;
  }
  if (foldable == 0 || otherLetters > 0) return;
  for (int32_t i = 0; i < length; i++) {
    UChar latinLetter = homoglyphFor(text[i]);
    if (latinLetter) text[i] = latinLetter;
  }
}

static int32_t dropNonspacingMarks(UChar *text, int32_t length) {
  int32_t kept = 0;
  for (int32_t i = 0; i < length; i++) {
    if (u_charType(text[i]) != U_NON_SPACING_MARK) text[kept++] = text[i];
  }
  return kept;
}

enum { foldStackCapacity = 256 };

int32_t cicu_fold(const uint8_t *utf8, int32_t length, int32_t foldHomoglyphs, uint8_t *out, int32_t capacity) {
  pthread_once(&foldOnce, openNormalizers);
  if (U_FAILURE(normalizerStatus)) return -2;
  UChar source[foldStackCapacity], folded[foldStackCapacity], decomposed[foldStackCapacity];
  if (length > foldStackCapacity / 4) return -2;  // words are short; the caller passes longer ones through unfolded
  UErrorCode error = U_ZERO_ERROR;
  int32_t sourceLength = 0;
  u_strFromUTF8Lenient(source, foldStackCapacity, &sourceLength, (const char *)utf8, length, &error);
  int32_t foldedLength = unorm2_normalize(nfkcCasefold, source, sourceLength, folded, foldStackCapacity, &error);
  int32_t decomposedLength = unorm2_normalize(nfd, folded, foldedLength, decomposed, foldStackCapacity, &error);
  if (U_FAILURE(error)) return -2;
  decomposedLength = dropNonspacingMarks(decomposed, decomposedLength);
  if (foldHomoglyphs) foldHomoglyphsInPlace(decomposed, decomposedLength);
  int32_t composedLength = unorm2_normalize(nfc, decomposed, decomposedLength, folded, foldStackCapacity, &error);
  if (U_FAILURE(error)) return -2;
  int32_t outLength = 0;
  u_strToUTF8(out ? (char *)out : NULL, capacity, &outLength, folded, composedLength, &error);
  if (error == U_BUFFER_OVERFLOW_ERROR || error == U_STRING_NOT_TERMINATED_WARNING) {
    return outLength <= capacity ? outLength : -1;
  }
  return U_FAILURE(error) ? -2 : outLength;
}

int32_t cicu_casefold_text(const uint8_t *utf8, int32_t length, uint16_t *scratch, uint16_t *out, int32_t capacity) {
  pthread_once(&foldOnce, openNormalizers);
  if (U_FAILURE(normalizerStatus)) return -1;
  UErrorCode error = U_ZERO_ERROR;
  int32_t sourceLength = 0;
  u_strFromUTF8Lenient((UChar *)scratch, capacity, &sourceLength, (const char *)utf8, length, &error);
  int32_t folded = unorm2_normalize(nfkcCasefold, (UChar *)scratch, sourceLength, (UChar *)out, capacity, &error);
  return U_FAILURE(error) ? -1 : folded;
}

const char *cicu_version(void) { return U_ICU_VERSION; }
