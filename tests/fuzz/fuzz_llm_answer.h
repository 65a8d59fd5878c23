/* fuzz_llm_answer.h - the check shared by the LLM answer fuzzers
 * (fuzz_llm_openai.c, fuzz_llm_anthropic.c, fuzz_llm_gemini.c): a wire's
 * parse reads a provider's HTTP answer body, untrusted network bytes.  Any
 * bytes either fail with BC_ERR_PROVIDER (out-of-memory aside) or give an
 * answer whose stop reason is one of the enum's, whose strings are
 * NUL-terminated, and which a second parse of the same bytes repeats. */
#ifndef BC_FUZZ_LLM_ANSWER_H
#define BC_FUZZ_LLM_ANSWER_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "summarize/llm.h"

static int same_str(const char *a, const char *b)
{
  return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

static int fuzz_llm_answer(const struct bc__llm_wire *wire, const uint8_t *data,
                           size_t size)
{
  struct bc__llm_answer a, b;
  struct bc_error err = BC_ERROR_INIT;
  bc_status rc, rc2;
  memset(&a, 0, sizeof(a));
  memset(&b, 0, sizeof(b));
  rc = wire->parse((const char *)data, size, &a, &err);
  if (rc) {
    if (rc != BC_ERR_PROVIDER && rc != BC_ERR_NOMEM)
      abort();
    if (!err.msg[0] || a.text || a.refusal)
      abort();
    return 0;
  }
  if ((int)a.stop < (int)BC__LLM_ANSWERED || a.stop > BC__LLM_NO_ANSWER)
    abort();
  if (memchr(a.reason, '\0', sizeof(a.reason)) == NULL)
    abort();
  /* Every string is read to its end: ASan reports one that is not
   * terminated.  (Token counts are the server's and only summed.) */
  if ((a.text && strlen(a.text) == (size_t)-1) ||
      (a.refusal && strlen(a.refusal) == (size_t)-1) ||
      (a.why && strlen(a.why) == (size_t)-1))
    abort();
  rc2 = wire->parse((const char *)data, size, &b, &err);
  if (rc2 != rc || b.stop != a.stop || !same_str(a.text, b.text) ||
      !same_str(a.refusal, b.refusal) || strcmp(a.reason, b.reason) != 0 ||
      a.input_tokens != b.input_tokens || a.output_tokens != b.output_tokens ||
      a.thinking_tokens != b.thinking_tokens)
    abort();
  bc__llm_answer_release(&a);
  bc__llm_answer_release(&b);
  return 0;
}

#endif
