/* fuzz_llm_gemini.c - libFuzzer target for the gemini wire's answer parser
 * (src/summarize/gemini.c parse()): the body of a 200 answer, read from the
 * network.  The check is fuzz_llm_answer.h's. */
#include "fuzz_llm_answer.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  return fuzz_llm_answer(&bc__wire_gemini, data, size);
}
