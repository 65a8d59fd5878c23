/* limits.h - every input-dependent size cap in one place, so that a hostile
 * input meets a named limit and a clear error instead of exhausting memory.
 * Each may be overridden at compile time (-DBC_MAX_DOC_BYTES=...), as
 * SQLite's limits are; the tests read the values from this header. */
#ifndef BRIEFCAST_LIMITS_H
#define BRIEFCAST_LIMITS_H

#ifndef BC_MAX_DOC_BYTES
#define BC_MAX_DOC_BYTES ((size_t)32 * 1024 * 1024) /* one source document */
#endif
#ifndef BC_MAX_HTTP_BODY
#define BC_MAX_HTTP_BODY ((size_t)32 * 1024 * 1024) /* one HTTP answer */
#endif
#ifndef BC_MAX_JSON_BYTES
#define BC_MAX_JSON_BYTES ((size_t)16 * 1024 * 1024) /* a summary or report */
#endif
#ifndef BC_MAX_PROMPT_BYTES
#define BC_MAX_PROMPT_BYTES ((size_t)4 * 1024 * 1024) /* one LLM request */
#endif
#ifndef BC_MAX_LINE_BYTES
#define BC_MAX_LINE_BYTES ((size_t)1024 * 1024) /* a line of text */
#endif
#ifndef BC_MAX_TOKEN_CHARS
#define BC_MAX_TOKEN_CHARS 40 /* longest token given to flite */
#endif
#ifndef BC_MAX_SENTENCES
#define BC_MAX_SENTENCES 200000 /* sentences analysed per document */
#endif
#ifndef BC_MAX_FEED_ENTRIES
#define BC_MAX_FEED_ENTRIES 100000 /* documents in one feed or list */
#endif
#ifndef BC_MAX_REDIRECTS
#define BC_MAX_REDIRECTS 5 /* HTTP redirects followed */
#endif
#ifndef BC_MAX_HTML_TAGS
#define BC_MAX_HTML_TAGS 1000000 /* start tags in one HTML page */
#endif
#ifndef BC_MAX_BATCH_DOCS
#define BC_MAX_BATCH_DOCS 200000 /* documents in one batch */
#endif
#ifndef BC_MAX_SUMMARY_ITEMS
#define BC_MAX_SUMMARY_ITEMS 2000 /* entries in one list of a summary */
#endif
/* Characters of narration one summary may have spoken: about two hours of
 * speech, a minute or two of synthesis a core. */
#ifndef BC_MAX_NARRATION_CHARS
#define BC_MAX_NARRATION_CHARS 100000
#endif
/* Comparisons of a summary's numbers with the source's in one check (each
 * claim number against each source number): 200 claim numbers against a
 * book's 50,000 is 10 million, about a second of work; past it the
 * remaining texts' numbers are reported as not checked (a warning). */
#ifndef BC_MAX_CHECK_PAIRS
#define BC_MAX_CHECK_PAIRS 16e6
#endif
/* The bytes of source the checker reads, in one check, looking for what
 * the source writes in the place of a summary's acronym it never writes:
 * check_acronyms_inplace.c looks up the places of the words around an
 * acronym (once for acronyms between the same words) and reads a few bytes
 * at each, not the whole source per acronym.  A safety cap against a
 * source and summary made to defeat that (a common word before every
 * acronym, the word after it changing each time); past it the remaining
 * acronyms are reported as not checked (a warning). */
#ifndef BC_MAX_CHECK_SCAN
#define BC_MAX_CHECK_SCAN 64e6
#endif
/* A batch manifest: room for BC_MAX_BATCH_DOCS entries; one that would be
 * larger is never written, so a batch can always read its own. */
#ifndef BC_MAX_MANIFEST_BYTES
#define BC_MAX_MANIFEST_BYTES ((size_t)512 * 1024 * 1024)
#endif

/* --- ingest ------------------------------------------------------------- */
/* An HTML page handed to the parser (libxml2 counts in int). */
#ifndef BC_MAX_HTML_BYTES
#define BC_MAX_HTML_BYTES ((size_t)1 << 30)
#endif
/* Levels of nesting an HTML fragment (a feed entry's content, an HTML
 * block in Markdown) is walked to; the parser keeps trees shallower, so
 * deeper is an error (BC_ERR_LIMIT), never text dropped. */
#ifndef BC_MAX_HTML_DEPTH
#define BC_MAX_HTML_DEPTH 256
#endif
/* Seconds one fetch of a URL or feed may take (--timeout of extract and
 * facts): a day. */
#ifndef BC_MAX_FETCH_TIMEOUT
#define BC_MAX_FETCH_TIMEOUT (24 * 3600)
#endif

/* --- summarize ---------------------------------------------------------- */
/* Nesting of a JSON schema the LLM answer is checked against. */
#ifndef BC_MAX_SCHEMA_DEPTH
#define BC_MAX_SCHEMA_DEPTH 32
#endif
/* Bullets on one slide: the local summarizer writes at most this many,
 * and the deck puts at most this many on a page (its layout fits six). */
#ifndef BC_MAX_SLIDE_BULLETS
#define BC_MAX_SLIDE_BULLETS 6
#endif
/* The local summarizer's word pool for ranking one document. */
#ifndef BC_MAX_RANK_POOL_BYTES
#define BC_MAX_RANK_POOL_BYTES ((size_t)1 << 30)
#endif

/* The LLM settings the command line accepts (the library takes what it is
 * given).  Concurrent requests to a provider (--jobs of run and
 * summarize): */
#ifndef BC_MAX_LLM_JOBS
#define BC_MAX_LLM_JOBS 64
#endif
/* Seconds one LLM request may take (--timeout of run and summarize): */
#ifndef BC_MAX_LLM_TIMEOUT
#define BC_MAX_LLM_TIMEOUT 3600
#endif
/* Requests sent again after a timeout (--retries), and repair rounds for
 * failed facts (--repair-rounds): each is a new, billed generation. */
#ifndef BC_MAX_LLM_RETRIES
#define BC_MAX_LLM_RETRIES 5
#endif
#ifndef BC_MAX_REPAIR_ROUNDS
#define BC_MAX_REPAIR_ROUNDS 5
#endif
/* A model's context size in tokens (--context-tokens). */
#ifndef BC_MIN_CONTEXT_TOKENS
#define BC_MIN_CONTEXT_TOKENS 512
#endif
#ifndef BC_MAX_CONTEXT_TOKENS
#define BC_MAX_CONTEXT_TOKENS 10000000
#endif

/* --- render ------------------------------------------------------------- */
/* A pronunciation lexicon file (--lexicon). */
#ifndef BC_MAX_LEXICON_BYTES
#define BC_MAX_LEXICON_BYTES ((size_t)4 * 1024 * 1024)
#endif
/* The narration's target length in minutes (--minutes). */
#ifndef BC_MAX_MINUTES
#define BC_MAX_MINUTES 600
#endif
/* Not a cap: the words one minute of finished narration holds at flite's
 * pace, pauses included (137-145 measured with rms and slt on the samples;
 * tests/bench/bench_audio.c). It turns --minutes into a word budget for the
 * local summarizer, the LLM prompt and the script. */
#define BC_NARRATION_WORDS_PER_MINUTE 140.0
/* Speech synthesis processes per document (--speech-jobs): more gain
 * nothing on a narration's few hundred sentences and cost memory. */
#ifndef BC_MAX_SPEECH_WORKERS
#define BC_MAX_SPEECH_WORKERS 8
#endif
/* Seconds of audio in one narration: far beyond any brief. */
#ifndef BC_MAX_AUDIO_SECONDS
#define BC_MAX_AUDIO_SECONDS ((size_t)3600 * 12)
#endif
/* Seconds of audio of one sentence. */
#ifndef BC_MAX_SENTENCE_SECONDS
#define BC_MAX_SENTENCE_SECONDS 3600
#endif
/* The ID3v2 tag of narration.mp3 and the Vorbis comments of
 * narration.opus (titles, chapters, lyrics). */
#ifndef BC_MAX_AUDIO_TAG_BYTES
#define BC_MAX_AUDIO_TAG_BYTES ((size_t)16 * 1024 * 1024)
#endif
/* Chapters in narration.opus: CHAPTERxxx has three digits, so later
 * sections are left out of the Opus comments (the MP3 and the chapters
 * .vtt keep them). */
#ifndef BC_MAX_OPUS_CHAPTERS
#define BC_MAX_OPUS_CHAPTERS 999
#endif
/* The sample rate of narration.wav and of `say` (--rate), in Hz. */
#ifndef BC_MIN_SAMPLE_RATE
#define BC_MIN_SAMPLE_RATE 8000
#endif
#ifndef BC_MAX_SAMPLE_RATE
#define BC_MAX_SAMPLE_RATE 192000
#endif
/* Text `say` reads from standard input. */
#ifndef BC_MAX_SAY_BYTES
#define BC_MAX_SAY_BYTES ((size_t)16 * 1024 * 1024)
#endif
/* Pages of one slide deck: a PDF array (the page tree, the outline) holds
 * at most 32767 items, and long before that a deck is unreadable. */
#ifndef BC_MAX_SLIDES
#define BC_MAX_SLIDES 5000
#endif
/* slides.pdf as the video renderer reads it (libharu decks are ~100 KB). */
#ifndef BC_MAX_DECK_BYTES
#define BC_MAX_DECK_BYTES ((size_t)256 * 1024 * 1024)
#endif
/* Width and height of video.mp4 in pixels (--video-size): even, and at
 * most 8K. */
#ifndef BC_MIN_VIDEO_SIDE
#define BC_MIN_VIDEO_SIDE 16
#endif
#ifndef BC_MAX_VIDEO_SIDE
#define BC_MAX_VIDEO_SIDE 7680
#endif
/* brief.md and brief.html: a summary and its source, escaped. */
#ifndef BC_MAX_MARKDOWN_BYTES
#define BC_MAX_MARKDOWN_BYTES (BC_MAX_JSON_BYTES * 8)
#endif
#ifndef BC_MAX_HTML_PAGE_BYTES
#define BC_MAX_HTML_PAGE_BYTES (BC_MAX_JSON_BYTES * 8 + BC_MAX_DOC_BYTES * 4)
#endif

/* --- batch -------------------------------------------------------------- */
/* Documents of a batch at once (--jobs). */
#ifndef BC_MAX_BATCH_JOBS
#define BC_MAX_BATCH_JOBS 256
#endif
/* Seconds one document of a batch may take (--doc-timeout): a week. */
#ifndef BC_MAX_DOC_TIMEOUT
#define BC_MAX_DOC_TIMEOUT (7 * 24 * 3600)
#endif
/* Shards of one split (--shard K/N). */
#ifndef BC_MAX_SHARDS
#define BC_MAX_SHARDS 100000
#endif
/* What a document's process reports to the batch (its outcome line). */
#ifndef BC_MAX_CHILD_REPORT_BYTES
#define BC_MAX_CHILD_REPORT_BYTES 4096
#endif

/* --- command line ------------------------------------------------------- */
/* A line of the settings file (--config, $XDG_CONFIG_HOME/briefcast/config),
 * newline included. */
#ifndef BC_MAX_CONFIG_LINE
#define BC_MAX_CONFIG_LINE 4096
#endif

#endif
