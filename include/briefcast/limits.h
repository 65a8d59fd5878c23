/* limits.h - every input-dependent size cap in one place, so that a hostile
 * input meets a named limit and a clear error instead of exhausting memory. */
#ifndef BRIEFCAST_LIMITS_H
#define BRIEFCAST_LIMITS_H

#define BC_MAX_DOC_BYTES ((size_t)32 * 1024 * 1024)   /* one source document */
#define BC_MAX_HTTP_BODY ((size_t)32 * 1024 * 1024)   /* one HTTP answer */
#define BC_MAX_JSON_BYTES ((size_t)16 * 1024 * 1024)  /* a summary or report */
#define BC_MAX_PROMPT_BYTES ((size_t)4 * 1024 * 1024) /* one LLM request */
#define BC_MAX_LINE_BYTES ((size_t)1024 * 1024)       /* a line of text */
#define BC_MAX_TOKEN_CHARS 40      /* longest token given to flite */
#define BC_MAX_SENTENCES 200000    /* sentences analysed per document */
#define BC_MAX_FEED_ENTRIES 100000 /* documents in one feed or list */
#define BC_MAX_REDIRECTS 5         /* HTTP redirects followed */
#define BC_MAX_HTML_TAGS 1000000   /* start tags in one HTML page */
#define BC_MAX_BATCH_DOCS 200000   /* documents in one batch */
#define BC_MAX_SUMMARY_ITEMS 2000  /* entries in one list of a summary */
/* Characters of narration one summary may have spoken: about two hours of
 * speech, a minute or two of synthesis a core. */
#define BC_MAX_NARRATION_CHARS 100000
/* A batch manifest: room for BC_MAX_BATCH_DOCS entries; one that would be
 * larger is never written, so a batch can always read its own. */
#define BC_MAX_MANIFEST_BYTES ((size_t)512 * 1024 * 1024)

#endif
