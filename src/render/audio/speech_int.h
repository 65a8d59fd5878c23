/* speech_int.h - number-reading helpers of speech.c that the script
 * builder and tests share. */
#ifndef BC_RENDER_SPEECH_INT_H
#define BC_RENDER_SPEECH_INT_H

#include <stdint.h>

#include "briefcast/buf.h"

/* Append v in words ("one hundred twenty thousand") to b. */
void bc__speech_cardinal(struct bc_buf *b, uint64_t v);
/* Append a year as spoken ("twenty twenty-four", "two thousand five"). */
void bc__speech_year(struct bc_buf *b, unsigned y);

#endif
